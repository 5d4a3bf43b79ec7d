// Formatting for the PDF timeline: times as a person reads them, with the gap to when they were written down.
#include "report/pdf/PdfFormat.h"

#include "diary/Incident.h"
#include "report/ReportData.h"
#include "report/pdf/PdfStyle.h"

#include <QHash>
#include <cstdlib>

namespace daymark::report::pdf {

PdfFormat::PdfFormat(const ReportData& data) : m_zone(QTimeZone::systemTimeZone())
{
    QHash<QByteArray, int> zones;
    int best = 0;
    for (const ReportIncident& item : data.incidents) {
        const QDateTime& start = item.record.incident.start;
        if (start.timeSpec() != Qt::TimeZone && start.timeSpec() != Qt::UTC)
            continue;
        const QByteArray id = start.timeZone().id();
        const int count = ++zones[id];
        if (count > best) {
            best = count;
            m_zone = start.timeZone();
        }
    }
    for (const ReportIncident& item : data.incidents) {
        const QString o = offset(m_zone.offsetFromUtc(item.record.incident.start));
        if (!m_offsets.contains(o))
            m_offsets << o;
    }
    if (m_offsets.isEmpty())
        m_offsets << offset(m_zone.offsetFromUtc(data.exportedAt));
    m_offsets.sort();
}

QString PdfFormat::zoneStatement() const
{
    return Tr::tr("All times are local time in %1 (%2) unless an entry says otherwise.")
        .arg(QString::fromUtf8(m_zone.id()), m_offsets.join(Tr::tr(" or ")));
}

QString PdfFormat::offset(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QChar(u'−') : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString PdfFormat::when(const diary::Incident& incident) const
{
    const bool sameZone = incident.start.timeZone() == m_zone;
    const QDateTime start = sameZone ? incident.start.toTimeZone(m_zone) : incident.start;
    QString text = m_locale.toString(start, QStringLiteral("ddd d MMM yyyy, HH:mm"));
    if (incident.end && incident.end->isValid()) {
        const QDateTime end = sameZone ? incident.end->toTimeZone(m_zone) : incident.end->toTimeZone(start.timeZone());
        const QString format =
            end.date() == start.date() ? QStringLiteral("HH:mm") : QStringLiteral("ddd d MMM yyyy, HH:mm");
        text = Tr::tr("%1 to %2").arg(text, m_locale.toString(end, format));
    }
    if (!sameZone)
        text = Tr::tr("%1 (%2, %3)").arg(text, offset(start.offsetFromUtc()), QString::fromUtf8(start.timeZone().id()));
    if (incident.approximate)
        text = Tr::tr("%1 (approx.)").arg(text);
    return text;
}

QString PdfFormat::dateTime(const QDateTime& time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(m_zone);
    QString text = m_locale.toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm"));
    const QString o = offset(local.offsetFromUtc());
    if (!m_offsets.contains(o))
        text = Tr::tr("%1 (%2)").arg(text, o);
    return text;
}

QString PdfFormat::date(const QDate& date) const
{
    return m_locale.toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString PdfFormat::shortDate(const QDate& date) const
{
    return m_locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString PdfFormat::gap(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 seconds = from.secsTo(to);
    const qint64 s = std::abs(seconds);
    if (s < 60)
        return Tr::tr("within a minute of when it happened");
    const qint64 minutes = s / 60;
    QString span;
    if (minutes < 60)
        span = Tr::tr("%1 min").arg(minutes);
    else if (minutes < 48 * 60)
        span = Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    else
        span = Tr::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
    return seconds >= 0 ? Tr::tr("%1 after it happened").arg(span) : Tr::tr("%1 before the time given").arg(span);
}

QString PdfFormat::size(qint64 bytes) const
{
    return Tr::tr("%1\n(%2 bytes)")
        .arg(m_locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat), m_locale.toString(bytes));
}

} // namespace daymark::report::pdf
