// How the PDF timeline writes times, gaps and sizes: one main time zone stated once, offsets only where an entry
// differs, dates and numbers through QLocale.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace daymark::diary {
struct Incident;
}

namespace daymark::report {
struct ReportData;
}

namespace daymark::report::pdf {

class PdfFormat
{
public:
    // The main zone is the one most incidents were recorded in (the system's when there are none).
    explicit PdfFormat(const ReportData& data);

    const QLocale& locale() const { return m_locale; }
    const QTimeZone& zone() const { return m_zone; }
    // "All times are local time in Europe/London (UTC+00:00 or UTC+01:00) unless an entry says otherwise."
    QString zoneStatement() const;

    // "Fri 27 Feb 2026, 21:40 to 22:05 (approx.)", with the entry's own UTC offset when its zone differs.
    QString when(const diary::Incident& incident) const;
    QString dateTime(const QDateTime& time) const; // in the main zone
    QString date(const QDate& date) const;
    QString shortDate(const QDate& date) const; // "27 Feb 2026"
    // "2 h 15 min after it happened", "3 d 4 h after it happened", "5 min before the time given"
    QString gap(const QDateTime& from, const QDateTime& to) const;
    QString size(qint64 bytes) const;   // "1.2 MB (1,234,567 bytes)"
    static QString offset(int seconds); // "UTC+01:00"

private:
    QLocale m_locale;
    QTimeZone m_zone;
    QStringList m_offsets; // the main zone's offsets over the period covered
};

} // namespace daymark::report::pdf
