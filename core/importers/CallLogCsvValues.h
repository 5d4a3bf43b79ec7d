// The values of a call-log CSV: dates and times in the forms phone tools and spreadsheets write (ISO 8601, day/month
// or month/day with any separator, month names, 12-hour clocks, Unix seconds or milliseconds, or a Qt format the
// person gives), directions as words or Android's numeric call types, and durations as seconds, mm:ss or h:mm:ss.
#pragma once

#include "importers/ImportedMessage.h"

#include <optional>

namespace daymark::importers {

struct CsvTime
{
    QDateTime time;
    bool floating = true; // a wall clock without zone (placed in the person's zone); false for an instant
};

class CsvDateReader
{
public:
    // `format`: "auto", "dmy", "mdy", "ymd", "unix" (seconds), "unix-ms", or a Qt date-time format
    // ("dd.MM.yyyy HH:mm"). Throws Error(InvalidInput) for a format that is none of these.
    explicit CsvDateReader(const QString& format);

    // Pass 1 of "auto": learns from every date whether numeric dates are day/month or month/day.
    void observe(const QString& value);
    // After observe(): false when every numeric date fits both orders; `sample` shows one.
    bool orderKnown(QString* sample = nullptr) const;

    std::optional<CsvTime> read(const QString& value) const;
    static bool isFormat(const QString& format);

private:
    QString m_format;
    QString m_order; // "dmy", "mdy", "ymd" or empty (auto, not yet known)
    int m_maxFirst = 0;
    int m_maxSecond = 0;
    bool m_sawNumeric = false;
    QString m_sample;
};

struct CsvDirection
{
    MessageKind kind = MessageKind::CallIncoming;
    Direction direction = Direction::Incoming;
};
// "incoming", "Outgoing call", "missed", "rejected", "blocked", "voicemail", Android's 1-7; nullopt when unknown.
std::optional<CsvDirection> csvDirection(const QString& value);

// "65", "65.0", "1:05", "01:02:03", "1m 5s", "2 min"; -1 for an empty value; nullopt when not a duration.
std::optional<qint64> csvDuration(const QString& value);

} // namespace daymark::importers
