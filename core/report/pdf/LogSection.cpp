// The chronological log: one entry per incident with every field a police officer needs, its exhibits with image
// thumbnails, when it was written down, and every earlier version where it was amended.
#include "report/pdf/PdfContext.h"
#include "report/pdf/Thumbnails.h"

#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "report/Redactor.h"

namespace daymark::report::pdf {
namespace {

QString joined(const QStringList& parts, const QString& separator)
{
    QStringList present;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            present << part;
    return present.join(separator);
}

QString names(const PdfContext& c, const QList<QUuid>& ids)
{
    QStringList list;
    for (const QUuid& id : ids)
        list << c.personName(id);
    return list.join(QStringLiteral(", "));
}

QString breaches(const PdfContext& c, const diary::Incident& incident)
{
    QStringList list;
    for (const diary::BreachLink& link : incident.breaches) {
        for (const ReportOrder& order : c.data.orders) {
            if (order.record.order.id != link.order)
                continue;
            const diary::OrderCondition* condition = order.record.order.condition(link.condition);
            const QString name = joined({diary::orderKindName(order.record.order.kind), order.record.order.reference},
                                        QStringLiteral(", "));
            list << Tr::tr("%1, condition %2: %3")
                        .arg(name)
                        .arg(link.condition)
                        .arg(condition ? condition->text : QString());
        }
    }
    return list.join(u'\n');
}

QString police(const diary::Incident& incident)
{
    QStringList parts;
    if (incident.reportedToPolice)
        parts << Tr::tr("Reported to the police.");
    if (!incident.policeReference.isEmpty())
        parts << Tr::tr("Reference: %1").arg(incident.policeReference);
    if (!incident.officer.isEmpty())
        parts << Tr::tr("Officer: %1").arg(incident.officer);
    return parts.join(u'\n');
}

QString coordinates(const diary::Incident& incident)
{
    if (!incident.latitude || !incident.longitude)
        return {};
    return Tr::tr("%1, %2").arg(*incident.latitude, 0, 'f', 5).arg(*incident.longitude, 0, 'f', 5);
}

// The fields of `before` that differ from `after`, as an earlier version shows them.
void differences(PdfContext& c, const diary::Incident& before, const diary::Incident& after, qreal indent)
{
    auto show = [&](const QString& label, const QString& was, const QString& now) {
        if (was != now)
            c.field(label, was.isEmpty() ? Tr::tr("(empty)") : was, indent);
    };
    show(Tr::tr("When"), c.format.when(before), c.format.when(after));
    show(Tr::tr("Type"), diary::typeName(before.type), diary::typeName(after.type));
    show(Tr::tr("Summary"), before.summary, after.summary);
    show(Tr::tr("How"), joined({before.channel, before.account}, QStringLiteral(" · ")),
         joined({after.channel, after.account}, QStringLiteral(" · ")));
    show(Tr::tr("Place"), before.place, after.place);
    show(Tr::tr("Involved"), names(c, before.people), names(c, after.people));
    show(Tr::tr("What happened"), before.details, after.details);
    show(Tr::tr("Impact"), before.impact, after.impact);
    show(Tr::tr("Witnesses"), joined({names(c, before.witnesses), before.witnessNotes}, QStringLiteral("\n")),
         joined({names(c, after.witnesses), after.witnessNotes}, QStringLiteral("\n")));
    show(Tr::tr("Police"), police(before), police(after));
    show(Tr::tr("Private notes"), before.notes, after.notes);
}

QString actionName(const QString& action)
{
    if (action == QLatin1String("create"))
        return Tr::tr("recorded");
    if (action == QLatin1String("delete"))
        return Tr::tr("deleted");
    if (action == QLatin1String("restore"))
        return Tr::tr("restored");
    return Tr::tr("amended");
}

void addHistory(PdfContext& c, const ReportIncident& item, const Redactor& redactor)
{
    const diary::IncidentRecord& record = item.record;
    if (!record.amended())
        return;
    const PdfStyle& s = c.style;
    const qreal indent = s.mm(6);
    // ReportData keeps the earlier versions; the reason for the latest change lives with the current version.
    const std::vector<diary::IncidentVersion> history = c.diary.incidents().history(record.incident.id);
    const QString latestReason = history.empty() ? QString() : redactor.text(history.back().reason);
    c.flow.space(s.mm(1));
    c.field(Tr::tr("Amended"),
            Tr::tr("This is version %1, last changed %2. Reason given: %3")
                .arg(record.version)
                .arg(c.format.dateTime(record.lastChangedAt), latestReason.isEmpty() ? Tr::tr("none") : latestReason));
    for (std::size_t i = 0; i < item.earlier.size(); ++i) {
        const diary::IncidentVersion& version = item.earlier[i];
        const diary::Incident& next = i + 1 < item.earlier.size() ? item.earlier[i + 1].incident : record.incident;
        QString title = Tr::tr("Version %1, %2 %3")
                            .arg(version.version)
                            .arg(actionName(version.action), c.format.dateTime(version.at));
        if (!version.reason.isEmpty())
            title = Tr::tr("%1. Reason: %2").arg(title, version.reason);
        c.flow.space(s.mm(1.5));
        c.flow.heading(title, s.bold, s.mm(5), indent);
        c.flow.text(Tr::tr("Differences from the version after it:"), s.small, indent);
        differences(c, version.incident, next, indent);
    }
}

void addEntry(PdfContext& c, const ReportIncident& item, const Redactor& redactor, Thumbnails& thumbnails)
{
    const PdfStyle& s = c.style;
    const diary::IncidentRecord& record = item.record;
    const diary::Incident& incident = record.incident;
    c.flow.space(s.mm(3));
    c.flow.heading(
        Tr::tr("#%1   %2   %3").arg(record.number).arg(c.format.when(incident), diary::typeShortName(incident.type)),
        s.subheading, s.mm(14));
    c.flow.text(incident.summary, s.bold);
    c.flow.space(s.mm(1));
    c.field(Tr::tr("Type"), diary::typeName(incident.type));
    c.field(Tr::tr("How"), joined({incident.channel, incident.account}, QStringLiteral(" · ")));
    c.field(Tr::tr("Place"), joined({incident.place, coordinates(incident)}, QStringLiteral("\n")));
    c.field(Tr::tr("Involved"), names(c, incident.people));
    c.field(Tr::tr("What happened"), incident.details);
    c.field(Tr::tr("Impact"), incident.impact);
    c.field(Tr::tr("Witnesses"), joined({names(c, incident.witnesses), incident.witnessNotes}, QStringLiteral("\n")));
    if (incident.childrenPresent)
        c.field(Tr::tr("Children"), Tr::tr("Children were present."));
    c.field(Tr::tr("Police"), police(incident));
    c.field(Tr::tr("Possible breach"), breaches(c, incident));
    c.field(Tr::tr("Tags"), incident.tags.join(QStringLiteral(", ")));
    c.field(Tr::tr("Private notes"), incident.notes);
    if (!item.exhibits.empty()) {
        QStringList lines;
        for (const evidence::ExhibitRecord& exhibit : item.exhibits)
            lines << joined({exhibit.exhibit.label, exhibit.exhibit.originalName, exhibit.exhibit.description},
                            QStringLiteral(" · "));
        c.field(Tr::tr("Exhibits"), lines.join(u'\n'));
        thumbnails.add(c, item.exhibits);
    }
    c.field(Tr::tr("Recorded"), Tr::tr("%1 (%2)").arg(c.format.dateTime(record.recordedAt),
                                                      c.format.gap(incident.start, record.recordedAt)));
    addHistory(c, item, redactor);
    c.flow.space(s.mm(2));
    c.flow.rule(s.pt(0.4));
}

} // namespace

void addLog(PdfContext& c)
{
    c.flow.newPage();
    c.sectionHeading(Tr::tr("Chronological log"));
    c.flow.text(c.format.zoneStatement(), c.style.body);
    c.flow.text(Tr::tr("Each entry shows when it happened, then when it was written down in the diary, and every "
                       "earlier version where it was amended. Numbers such as #12 are the diary's own entry "
                       "numbers; exhibit numbers such as %1/1 refer to the exhibit list.")
                    .arg(c.data.initials.isEmpty() ? QStringLiteral("JS") : c.data.initials),
                c.style.small);
    c.flow.space(c.style.mm(2));
    c.flow.rule(c.style.pt(0.8));
    const Redactor redactor(c.data.selection);
    Thumbnails thumbnails(c.diary, c.style);
    int done = 0;
    for (const ReportIncident& item : c.data.incidents) {
        // An entry that would break across pages but fits in a third of a page starts on the next one instead.
        const PdfFlow::Mark mark = c.flow.mark();
        addEntry(c, item, redactor, thumbnails);
        if (c.flow.splitSince(mark) && !c.flow.startedAtTop(mark) &&
            c.flow.heightSince(mark) < c.flow.pageHeight() / 3) {
            c.flow.rollback(mark);
            c.flow.newPage();
            addEntry(c, item, redactor, thumbnails);
        }
        if (c.progressed)
            c.progressed(++done);
    }
    if (c.data.incidents.empty())
        c.flow.text(Tr::tr("No incidents are included in this export."), c.style.body);
}

} // namespace daymark::report::pdf
