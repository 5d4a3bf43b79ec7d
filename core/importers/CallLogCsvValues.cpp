// Reading dates, directions and durations of call-log CSVs.
#include "importers/CallLogCsvValues.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

int monthNamed(QStringView word)
{
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString prefix = word.left(3).toString().toLower();
    for (int m = 0; m < 12; ++m)
        if (word.size() >= 3 && prefix == QLatin1String(kMonths[m]))
            return m + 1;
    return 0;
}

// "13:05", "1:05:09", "1:05 PM", "13.05.09" (some European tools).
std::optional<QTime> timeOf(QString text)
{
    text = text.trimmed().toLower();
    if (text.isEmpty())
        return QTime(0, 0);
    static const QRegularExpression kTime(
        QStringLiteral(R"(^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?$)"));
    const auto m = kTime.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const QString meridiem = m.captured(4);
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (meridiem.startsWith(u'p') ? 12 : 0);
    }
    const QTime time(hour, m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

struct NumericDate
{
    int a = 0;
    int b = 0;
    int c = 0;
    int widthA = 0;
    QString rest; // the time after the date
};

std::optional<NumericDate> numericDate(const QString& value)
{
    static const QRegularExpression kDate(
        QStringLiteral(R"(^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ ,T]+(.*))?$)"));
    const auto m = kDate.match(value.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return NumericDate{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                       static_cast<int>(m.capturedLength(1)), m.captured(4)};
}

int fullYear(int year)
{
    return year < 100 ? 2000 + year : year;
}

} // namespace

bool CsvDateReader::isFormat(const QString& format)
{
    static const char* const kCodes[] = {"auto", "dmy", "mdy", "ymd", "unix", "unix-ms"};
    for (const char* c : kCodes)
        if (format == QLatin1String(c))
            return true;
    // A Qt format must name at least a day, a month and a year.
    return format.contains(u'd') && format.contains(u'M') && format.contains(u'y');
}

CsvDateReader::CsvDateReader(const QString& format)
    : m_format(format.trimmed().isEmpty() ? QStringLiteral("auto") : format.trimmed())
{
    if (!isFormat(m_format))
        throw Error(Error::Kind::InvalidInput,
                    tr("The date format \"%1\" is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a "
                       "pattern such as dd.MM.yyyy HH:mm.")
                        .arg(m_format));
    if (m_format == QLatin1String("dmy") || m_format == QLatin1String("mdy") || m_format == QLatin1String("ymd"))
        m_order = m_format;
}

void CsvDateReader::observe(const QString& value)
{
    if (m_format != QLatin1String("auto"))
        return;
    const auto d = numericDate(value);
    if (!d || d->widthA == 4)
        return;
    if (!m_sawNumeric)
        m_sample = value.trimmed();
    m_sawNumeric = true;
    m_maxFirst = std::max(m_maxFirst, d->a);
    m_maxSecond = std::max(m_maxSecond, d->b);
}

bool CsvDateReader::orderKnown(QString* sample) const
{
    if (sample)
        *sample = m_sample;
    return m_format != QLatin1String("auto") || !m_sawNumeric || m_maxFirst > 12 || m_maxSecond > 12;
}

std::optional<CsvTime> CsvDateReader::read(const QString& raw) const
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool digits = !value.isEmpty();
    for (const QChar c : value)
        digits = digits && c.isDigit();
    if (m_format == QLatin1String("unix") || m_format == QLatin1String("unix-ms") ||
        (m_format == QLatin1String("auto") && digits && (value.size() == 10 || value.size() == 13))) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0)
            return std::nullopt;
        const bool ms =
            m_format == QLatin1String("unix-ms") || (m_format == QLatin1String("auto") && value.size() == 13);
        return CsvTime{QDateTime::fromMSecsSinceEpoch(ms ? n : n * 1000, QTimeZone::utc()), false};
    }
    if (m_format != QLatin1String("auto") && m_order.isEmpty()) {
        const QDateTime t = QDateTime::fromString(value, m_format);
        if (!t.isValid())
            return std::nullopt;
        return CsvTime{QDateTime(t.date(), t.time(), Qt::UTC), true};
    }
    // ISO 8601, with or without a zone.
    static const QRegularExpression kIso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?\s*(Z|[+\-]\d{2}:?\d{2})?)?$)"));
    if (const auto m = kIso.match(value); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const auto time = timeOf(m.captured(4));
        if (!date.isValid() || !time)
            return std::nullopt;
        const QString zone = m.captured(5);
        if (zone.isEmpty())
            return CsvTime{QDateTime(date, *time, Qt::UTC), true};
        int offset = 0;
        if (zone != QLatin1String("Z")) {
            QString hhmm = zone.mid(1);
            hhmm.remove(u':');
            offset = (hhmm.left(2).toInt() * 3600 + hhmm.mid(2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
        }
        return CsvTime{QDateTime(date, *time, Qt::OffsetFromUTC, offset).toUTC(), false};
    }
    if (const auto d = numericDate(value)) {
        QString order = d->widthA == 4 ? QStringLiteral("ymd") : m_order;
        if (order.isEmpty())
            order = (m_maxSecond > 12) ? QStringLiteral("mdy") : QStringLiteral("dmy");
        int y = 0;
        int mo = 0;
        int day = 0;
        if (order == QLatin1String("ymd")) {
            y = d->a;
            mo = d->b;
            day = d->c;
        } else if (order == QLatin1String("mdy")) {
            mo = d->a;
            day = d->b;
            y = d->c;
        } else {
            day = d->a;
            mo = d->b;
            y = d->c;
        }
        const QDate date(fullYear(y), mo, day);
        const auto time = timeOf(d->rest);
        if (!date.isValid() || !time)
            return std::nullopt;
        return CsvTime{QDateTime(date, *time, Qt::UTC), true};
    }
    // Month names: "3 Jan 2024 10:00", "Jan 3, 2024 10:00 PM", "Wed, 3 January 2024 22:00".
    static const QRegularExpression kNamed(QStringLiteral(
        R"(^(?:[A-Za-z]+,?\s+)??(?:(\d{1,2})\.?\s+([A-Za-z]{3,})\.?|([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4}),?(?:\s+(?:at\s+)?(.*))?$)"));
    if (const auto m = kNamed.match(value); m.hasMatch()) {
        const bool dayFirst = !m.captured(1).isEmpty();
        const int month = monthNamed(dayFirst ? m.captured(2) : m.captured(3));
        const QDate date(m.captured(5).toInt(), month, (dayFirst ? m.captured(1) : m.captured(4)).toInt());
        const auto time = timeOf(m.captured(6));
        if (!month || !date.isValid() || !time)
            return std::nullopt;
        return CsvTime{QDateTime(date, *time, Qt::UTC), true};
    }
    return std::nullopt;
}

std::optional<CsvDirection> csvDirection(const QString& raw)
{
    const QString v = raw.trimmed().toLower();
    using K = MessageKind;
    using D = Direction;
    if (v == QLatin1String("1") || v == QLatin1String("7"))
        return CsvDirection{K::CallIncoming, D::Incoming};
    if (v == QLatin1String("2"))
        return CsvDirection{K::CallOutgoing, D::Outgoing};
    if (v == QLatin1String("3"))
        return CsvDirection{K::CallMissed, D::Incoming};
    if (v == QLatin1String("4"))
        return CsvDirection{K::Voicemail, D::Incoming};
    if (v == QLatin1String("5") || v == QLatin1String("6"))
        return CsvDirection{K::CallRejected, D::Incoming};
    auto has = [&v](std::initializer_list<const char*> words) {
        for (const char* w : words)
            if (v.contains(QLatin1String(w)))
                return true;
        return false;
    };
    // Order matters: "missed incoming" is missed, "incoming (rejected)" rejected.
    if (has({"miss", "unanswered", "not answered", "no answer", "verpasst", "manqu", "perdid", "gemist"}))
        return CsvDirection{K::CallMissed, D::Incoming};
    if (has({"reject", "declin", "refus", "block", "abgelehnt", "blockiert", "bloqu", "rechaz", "geweigerd"}))
        return CsvDirection{K::CallRejected, D::Incoming};
    if (has({"voicemail", "voice mail", "mailbox", "mobilbox"}))
        return CsvDirection{K::Voicemail, D::Incoming};
    if (has({"outgoing", "outbound", "dialed", "dialled", "placed", "ausgehend", "sortant", "salient", "uitgaand"}) ||
        v == QLatin1String("out") || v == QLatin1String("made") || v == QLatin1String("sent"))
        return CsvDirection{K::CallOutgoing, D::Outgoing};
    if (has({"incoming", "inbound", "received", "answered", "eingehend", "entrant", "entrant", "inkomend"}) ||
        v == QLatin1String("in"))
        return CsvDirection{K::CallIncoming, D::Incoming};
    return std::nullopt;
}

std::optional<qint64> csvDuration(const QString& raw)
{
    const QString v = raw.trimmed().toLower();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = QString(v).replace(u',', u'.').toDouble(&ok);
    if (ok)
        return seconds >= 0 && seconds < 1e9 ? std::optional<qint64>(static_cast<qint64>(seconds + 0.5)) : std::nullopt;
    static const QRegularExpression kClock(QStringLiteral(R"(^(?:(\d+):)?(\d{1,3}):(\d{2})(?:[.,]\d+)?$)"));
    if (const auto m = kClock.match(v); m.hasMatch()) {
        const qint64 hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
        const qint64 minutes = m.captured(2).toLongLong();
        const qint64 secs = m.captured(3).toLongLong();
        if (secs > 59 || (!m.captured(1).isEmpty() && minutes > 59))
            return std::nullopt;
        return hours * 3600 + minutes * 60 + secs;
    }
    static const QRegularExpression kWords(QStringLiteral(
        R"(^(?:(\d+)\s*h(?:ours?|rs?)?\s*)?(?:(\d+)\s*m(?:in(?:utes?|s)?)?\s*)?(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?$)"));
    if (const auto m = kWords.match(v); m.hasMatch() && m.capturedLength(0) > 0)
        return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
    return std::nullopt;
}

} // namespace daymark::importers
