// Whole translatable sentences with placeholders, never pieces glued together.
#include "timeline/TimelineText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace daymark::ui::timelineText {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("daymark::ui::timelineText", text, disambiguation, n);
}

} // namespace

QString dayHeading(const QDate& day, const QDate& today)
{
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (day == today)
        return tr("Today, %1").arg(date);
    if (day == today.addDays(-1))
        return tr("Yesterday, %1").arg(date);
    return date;
}

QString timeText(const QTime& time)
{
    // Some locales' short format (C's among them) carries seconds; a diary entry has none worth showing.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QLocale().toString(time, format);
}

QString describe(const QDateTime& localStart, bool approximate, diary::IncidentType type, const QString& summary,
                 int exhibitCount, bool breach, bool reported, bool amended)
{
    const QString when = QLocale().toString(localStart, QLocale::ShortFormat);
    QStringList parts;
    parts << (approximate ? tr("%1 (approximate time): %2: %3", "time, type, summary")
                          : tr("%1: %2: %3", "time, type, summary"))
                 .arg(when, diary::typeShortName(type), summary);
    if (exhibitCount > 0)
        parts << (exhibitCount == 1 ? tr("One exhibit.") : tr("%1 exhibits.").arg(QLocale().toString(exhibitCount)));
    if (breach)
        parts << tr("Possible breach of an order.");
    if (reported)
        parts << tr("Reported to the police.");
    if (amended)
        parts << tr("Amended since it was first written.");
    return parts.join(QLatin1Char(' '));
}

QIcon typeIcon(diary::IncidentType type)
{
    return QIcon(QStringLiteral(":/icons/types/%1.svg").arg(diary::typeCode(type)));
}

} // namespace daymark::ui::timelineText
