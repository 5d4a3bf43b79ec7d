// Whole translatable labels; values joined by new lines where a field holds several (people, breaches).
#include "history/IncidentFields.h"

#include "timeline/TimelineText.h"

#include <QCoreApplication>
#include <QLocale>

namespace daymark::ui::incidentFields {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("daymark::ui::incidentFields", text, disambiguation);
}

QString yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString names(const QList<QUuid>& ids, const Names& n)
{
    QStringList lines;
    for (const QUuid& id : ids)
        lines << (n.person ? n.person(id) : id.toString(QUuid::WithoutBraces));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString when(const QDateTime& time)
{
    return tr("%1, %2 (%3)", "date, time, time zone")
        .arg(QLocale().toString(time.date(), QLocale::LongFormat), timelineText::timeText(time.time()),
             time.timeZoneAbbreviation());
}

QStringList labels()
{
    return {tr("Type"),
            tr("Happened"),
            tr("Until"),
            tr("Time is approximate"),
            tr("Summary"),
            tr("What happened"),
            tr("Channel or platform"),
            tr("Number or account"),
            tr("Place"),
            tr("Coordinates"),
            tr("People involved"),
            tr("Witnesses"),
            tr("Other witnesses"),
            tr("Children present"),
            tr("Effect on you"),
            tr("Reported to the police"),
            tr("Police reference number"),
            tr("Officer"),
            tr("Possible breach of"),
            tr("Private notes"),
            tr("Tags")};
}

QStringList values(const diary::Incident& i, const Names& n)
{
    QStringList breaches;
    for (const diary::BreachLink& link : i.breaches)
        breaches << (n.breach ? n.breach(link) : tr("condition %1").arg(link.condition));
    const QString coordinates = i.latitude && i.longitude ? tr("%1, %2", "latitude, longitude")
                                                                .arg(QLocale().toString(*i.latitude, 'f', 5),
                                                                     QLocale().toString(*i.longitude, 'f', 5))
                                                          : QString();
    return {diary::typeName(i.type),
            when(i.start),
            i.end ? when(*i.end) : QString(),
            yesNo(i.approximate),
            i.summary,
            i.details,
            i.channel,
            i.account,
            i.place,
            coordinates,
            names(i.people, n),
            names(i.witnesses, n),
            i.witnessNotes,
            yesNo(i.childrenPresent),
            i.impact,
            yesNo(i.reportedToPolice),
            i.policeReference,
            i.officer,
            breaches.join(QLatin1Char('\n')),
            i.notes,
            QLocale().createSeparatedList(i.tags)};
}

} // namespace daymark::ui::incidentFields
