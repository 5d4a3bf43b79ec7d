// Text rendering of incidents and their history.
#include "IncidentPrinter.h"

#include "CliText.h"
#include "TextFormat.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/ExhibitRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace daymark::cli {
namespace {

QString shortId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

QString yesNo(bool value)
{
    return value ? Cli::tr("yes") : Cli::tr("no");
}

} // namespace

IncidentPrinter::IncidentPrinter(diary::Diary& diary) : m_diary(diary)
{
    for (const auto& r : diary.people().list(true))
        m_people.insert(r.person.id, r.person.name);
    for (const auto& r : diary.orders().list(true)) {
        const QString kind = diary::orderKindName(r.order.kind);
        m_orders.insert(r.order.id, r.order.reference.isEmpty() ? Cli::tr("%1 %2").arg(kind, shortId(r.order.id))
                                                                : Cli::tr("%1 %2").arg(kind, r.order.reference));
    }
}

QString IncidentPrinter::people(const QList<QUuid>& ids) const
{
    QStringList names;
    for (const QUuid& id : ids)
        names << m_people.value(id, shortId(id));
    return QLocale::system().createSeparatedList(names);
}

QString IncidentPrinter::breaches(const QList<diary::BreachLink>& links) const
{
    QStringList items;
    for (const diary::BreachLink& b : links)
        items << Cli::tr("condition %1 of %2").arg(b.condition).arg(m_orders.value(b.order, shortId(b.order)));
    return items.join(QStringLiteral("; "));
}

QString IncidentPrinter::when(const diary::Incident& i) const
{
    QString text =
        i.end ? Cli::tr("%1 to %2")
                    .arg(longTime(i.start),
                         i.end->date() == i.start.date() ? i.end->toString(QStringLiteral("HH:mm")) : longTime(*i.end))
              : longTime(i.start);
    text = Cli::tr("%1 (%2)").arg(text, QString::fromUtf8(i.start.timeZone().id()));
    return i.approximate ? Cli::tr("%1, approximate").arg(text) : text;
}

QString IncidentPrinter::exhibits(const QUuid& incident) const
{
    // One per line, the first beside the label: "JS/1  photo.jpg  (2.1 MiB)".
    QStringList lines;
    for (const auto& r : m_diary.exhibits().forIncident(incident))
        lines << Cli::tr("%1  %2  (%3)")
                     .arg(r.exhibit.label, r.exhibit.originalName, QLocale::system().formattedDataSize(r.exhibit.size));
    return lines.join(u'\n');
}

QString IncidentPrinter::line(const diary::IncidentRecord& r) const
{
    const diary::Incident& i = r.incident;
    const QString time = i.approximate ? Cli::tr("~%1").arg(shortTime(i.start)) : shortTime(i.start);
    QString text = QStringLiteral("%1  %2  %3  %4  [%5]")
                       .arg(QStringLiteral("#%1").arg(r.number), -5)
                       .arg(time, -17)
                       .arg(diary::typeShortName(i.type), -12)
                       .arg(i.summary, Cli::tr("recorded %1").arg(recordedTime(r.recordedAt)));
    if (r.amended())
        text += QStringLiteral(" [%1]").arg(Cli::tr("amended"));
    if (r.deleted)
        text += QStringLiteral(" [%1]").arg(Cli::tr("deleted"));
    return text;
}

void IncidentPrinter::writeDetails(QTextStream& out, const diary::IncidentRecord& r) const
{
    const diary::Incident& i = r.incident;
    out << (r.amended() ? Cli::tr("Incident #%1 (version %2, amended)").arg(r.number).arg(r.version)
                        : Cli::tr("Incident #%1").arg(r.number))
        << '\n';
    writeField(out, Cli::tr("Id: %1"), i.id.toString(QUuid::WithoutBraces));
    writeField(out, Cli::tr("Type: %1"), Cli::tr("%1 (%2)").arg(diary::typeName(i.type), diary::typeCode(i.type)));
    writeField(out, Cli::tr("When: %1"), when(i));
    // The gap between an incident and its recording matters to anyone weighing the entry, so it is always shown.
    const QDateTime happened = i.end.value_or(i.start);
    writeField(
        out, Cli::tr("Recorded: %1"),
        happened > r.recordedAt
            ? Cli::tr("%1 (before the time given for the incident)").arg(recordedTime(r.recordedAt))
            : Cli::tr("%1 (%2 after it happened)").arg(recordedTime(r.recordedAt), delay(happened, r.recordedAt)));
    if (r.amended())
        writeField(out, Cli::tr("Last amended: %1"), recordedTime(r.lastChangedAt));
    writeField(out, Cli::tr("Summary: %1"), i.summary);
    writeField(out, Cli::tr("What happened: %1"), i.details);
    writeField(out, Cli::tr("Channel: %1"), i.channel);
    writeField(out, Cli::tr("Account used: %1"), i.account);
    writeField(out, Cli::tr("Place: %1"), i.place);
    if (i.latitude && i.longitude)
        writeField(out, Cli::tr("Coordinates: %1"),
                   Cli::tr("%1, %2").arg(QLocale::c().toString(*i.latitude, 'f', 6),
                                         QLocale::c().toString(*i.longitude, 'f', 6)));
    writeField(out, Cli::tr("Impact: %1"), i.impact);
    writeField(out, Cli::tr("People involved: %1"), people(i.people));
    writeField(out, Cli::tr("Witnesses: %1"), people(i.witnesses));
    writeField(out, Cli::tr("Other witnesses: %1"), i.witnessNotes);
    writeField(out, Cli::tr("Children present: %1"), yesNo(i.childrenPresent));
    writeField(out, Cli::tr("Reported to police: %1"), yesNo(i.reportedToPolice));
    writeField(out, Cli::tr("Police reference: %1"), i.policeReference);
    writeField(out, Cli::tr("Officer: %1"), i.officer);
    writeField(out, Cli::tr("Possible breaches: %1"), breaches(i.breaches));
    writeField(out, Cli::tr("Tags: %1"), i.tags.join(QStringLiteral(", ")));
    writeField(out, Cli::tr("Private notes: %1"), i.notes);
    if (r.exhibitCount > 0)
        writeField(out, Cli::tr("Exhibits: %1"), exhibits(i.id));
    if (r.deleted)
        writeField(out, Cli::tr("Deleted: %1"),
                   Cli::tr("%1. Reason: %2").arg(recordedTime(r.lastChangedAt), r.deletionReason));
}

QString IncidentPrinter::fieldValue(const QString& key, const diary::Incident& incident) const
{
    if (key == QLatin1String("people"))
        return people(incident.people);
    if (key == QLatin1String("witnesses"))
        return people(incident.witnesses);
    if (key == QLatin1String("breaches"))
        return breaches(incident.breaches);
    if (key == QLatin1String("type"))
        return diary::typeCode(incident.type);
    const QJsonValue value = diary::json::toJson(incident).value(key);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << item.toVariant().toString();
        return items.join(QStringLiteral(", "));
    }
    return value.toVariant().toString();
}

void IncidentPrinter::writeHistory(QTextStream& out, const std::vector<diary::IncidentVersion>& versions) const
{
    const diary::Incident* previous = nullptr;
    for (const diary::IncidentVersion& v : versions) {
        const QString at = recordedTime(v.at);
        if (v.action == QLatin1String("create"))
            out << Cli::tr("Version %1: recorded %2 (journal record %3).").arg(v.version).arg(at).arg(v.seq);
        else if (v.action == QLatin1String("amend"))
            out << Cli::tr("Version %1: amended %2 (journal record %3). Reason: %4")
                       .arg(v.version)
                       .arg(at)
                       .arg(v.seq)
                       .arg(v.reason);
        else if (v.action == QLatin1String("delete"))
            out << Cli::tr("Deleted %1 (journal record %2). Reason: %3").arg(at).arg(v.seq).arg(v.reason);
        else if (v.action == QLatin1String("restore") && v.reason.isEmpty())
            out << Cli::tr("Restored %1 (journal record %2).").arg(at).arg(v.seq);
        else if (v.action == QLatin1String("restore"))
            out << Cli::tr("Restored %1 (journal record %2). Reason: %3").arg(at).arg(v.seq).arg(v.reason);
        else
            out << Cli::tr("%1 at %2 (journal record %3).").arg(v.action, at).arg(v.seq);
        out << '\n';
        if (previous && v.action == QLatin1String("amend")) {
            const QJsonObject before = diary::json::toJson(*previous);
            const QJsonObject after = diary::json::toJson(v.incident);
            for (auto it = after.begin(); it != after.end(); ++it) {
                if (before.value(it.key()) == it.value())
                    continue;
                const QString none = Cli::tr("(none)");
                const QString was = fieldValue(it.key(), *previous);
                const QString now = fieldValue(it.key(), v.incident);
                out << "    "
                    << Cli::tr("%1: \"%2\" became \"%3\"")
                           .arg(it.key(), was.isEmpty() ? none : was, now.isEmpty() ? none : now)
                    << '\n';
            }
        }
        previous = &v.incident;
    }
}

} // namespace daymark::cli
