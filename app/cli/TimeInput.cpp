// Parsing the times people type: ISO 8601 with or without an offset, checked against the time zone's clock changes.
#include "TimeInput.h"

#include "CliText.h"
#include "OptionHelpers.h"
#include "common/Error.h"

#include <QRegularExpression>

namespace daymark::cli {
namespace {

[[noreturn]] void badTime(const QString& option, const QString& text)
{
    invalid(Cli::tr("%1: '%2' is not a date and time. Give it as 2026-03-01T21:15 (in the time zone), as "
                    "2026-03-01T21:15:00+01:00, or as now.")
                .arg(option, text));
}

QDateTime wallClock(const QString& option, const QDate& date, const QTime& time, const QTimeZone& zone)
{
    const QDateTime result(date, time, zone);
    if (!result.isValid() || result.date() != date || result.time() != time)
        invalid(Cli::tr("%1: %2 %3 does not exist in the time zone %4 (the clocks went forward). Give a time "
                        "outside the gap.")
                    .arg(option, date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                         QString::fromUtf8(zone.id())));
    return result;
}

} // namespace

QTimeZone parseZone(const QString& option, const QString& text)
{
    if (text.trimmed().isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone zone(text.trimmed().toUtf8());
    if (!zone.isValid())
        invalid(Cli::tr("%1: '%2' is not a known time zone. Give an IANA name such as Europe/London or "
                        "America/New_York.")
                    .arg(option, text));
    return zone;
}

QDateTime parseTime(const QString& option, const QString& text, const QTimeZone& zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0) {
        QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(zone);
        return now.addMSecs(-now.time().msec());
    }
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)\\s*(?:(Z)|([+-])(\\d{2}):?(\\d{2})?)?$"));
    const auto m = shape.match(trimmed);
    if (!m.hasMatch())
        badTime(option, text);
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        badTime(option, text);
    const bool utc = !m.captured(3).isEmpty();
    const bool offset = !m.captured(4).isEmpty();
    if (!utc && !offset)
        return wallClock(option, date, time, zone);
    int seconds = 0;
    if (offset) {
        const int hours = m.captured(5).toInt();
        const int minutes = m.captured(6).toInt();
        if (hours > 14 || minutes > 59)
            badTime(option, text);
        seconds = (hours * 3600 + minutes * 60) * (m.captured(4) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(seconds)).toTimeZone(zone);
}

QDateTime parseEndTime(const QString& option, const QString& text, const QDateTime& start, const QTimeZone& zone)
{
    static const QRegularExpression bare(QStringLiteral("^\\d{2}:\\d{2}(?::\\d{2})?$"));
    if (bare.match(text.trimmed()).hasMatch() && start.isValid()) {
        const QTime time = QTime::fromString(text.trimmed(), Qt::ISODate);
        if (!time.isValid())
            badTime(option, text);
        return wallClock(option, start.toTimeZone(zone).date(), time, zone);
    }
    return parseTime(option, text, zone);
}

QDateTime parseBound(const QString& option, const QString& text, const QTimeZone& zone, bool inclusiveDay)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!dateOnly.match(text.trimmed()).hasMatch()) {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ].*$"));
        if (!shape.match(text.trimmed()).hasMatch() &&
            text.trimmed().compare(QLatin1String("now"), Qt::CaseInsensitive))
            invalid(Cli::tr("%1: '%2' is not a date or a date and time. Give it as 2026-03-01 or as "
                            "2026-03-01T21:15.")
                        .arg(option, text));
        return parseTime(option, text, zone);
    }
    QDate date = parseDate(option, text);
    if (inclusiveDay)
        date = date.addDays(1);
    return QDateTime(date, QTime(0, 0), zone);
}

QDate parseDate(const QString& option, const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!shape.match(text.trimmed()).hasMatch() || !date.isValid())
        invalid(Cli::tr("%1: '%2' is not a date. Give it as 2026-03-31 (year, month, day).").arg(option, text));
    return date;
}

} // namespace daymark::cli
