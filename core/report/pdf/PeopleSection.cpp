// The people involved (description, vehicles, numbers, accounts …) and the protection orders, with each condition
// and the incidents recorded as possible breaches of it.
#include "report/pdf/PdfContext.h"

namespace daymark::report::pdf {
namespace {

QString vehicles(const QList<diary::Vehicle>& list)
{
    QStringList lines;
    for (const diary::Vehicle& v : list) {
        QStringList parts;
        for (const QString& part : {v.colour, v.make, v.model})
            if (!part.isEmpty())
                parts << part;
        QString line = parts.join(u' ');
        if (!v.registration.isEmpty())
            line = line.isEmpty() ? v.registration : Tr::tr("%1, registration %2").arg(line, v.registration);
        lines << line;
    }
    return lines.join(u'\n');
}

QString handles(const QList<diary::Handle>& list)
{
    QStringList lines;
    for (const diary::Handle& h : list)
        lines << (h.platform.isEmpty() ? h.handle : Tr::tr("%1: %2").arg(h.platform, h.handle));
    return lines.join(u'\n');
}

void addPerson(PdfContext& c, const diary::Person& p)
{
    const PdfStyle& s = c.style;
    c.flow.space(s.mm(3));
    c.flow.heading(Tr::tr("%1 (%2)").arg(p.name, diary::roleName(p.role)), s.subheading, s.mm(10));
    c.flow.space(s.mm(1));
    c.field(Tr::tr("Also known as"), p.aliases.join(QStringLiteral(", ")));
    c.field(Tr::tr("Relationship"), p.relationship);
    c.field(Tr::tr("Description"), p.description);
    c.field(Tr::tr("Vehicles"), vehicles(p.vehicles));
    c.field(Tr::tr("Phone numbers"), p.phones.join(u'\n'));
    c.field(Tr::tr("E-mail addresses"), p.emails.join(u'\n'));
    c.field(Tr::tr("Accounts"), handles(p.handles));
    c.field(Tr::tr("Addresses"), p.addresses.join(u'\n'));
    c.field(Tr::tr("Organisation"), p.organisation);
    c.field(Tr::tr("Private notes"), p.notes);
}

void addOrder(PdfContext& c, const ReportOrder& item)
{
    const PdfStyle& s = c.style;
    const diary::ProtectionOrder& o = item.record.order;
    c.flow.space(s.mm(4));
    const QString title = o.reference.isEmpty() ? diary::orderKindName(o.kind)
                                                : Tr::tr("%1, %2").arg(diary::orderKindName(o.kind), o.reference);
    c.flow.heading(title, s.subheading, s.mm(12));
    c.flow.space(s.mm(1));
    c.field(Tr::tr("Court"), o.court);
    c.field(Tr::tr("Against"), o.respondent.isNull() ? QString() : c.personName(o.respondent));
    c.field(Tr::tr("Made"), o.made ? c.format.date(*o.made) : QString());
    c.field(Tr::tr("Served"), o.served ? c.format.date(*o.served) : QString());
    c.field(Tr::tr("Expires"), o.expires ? c.format.date(*o.expires) : QString());
    c.field(Tr::tr("Private notes"), o.notes);
    for (const diary::OrderCondition& condition : o.conditions) {
        c.flow.space(s.mm(2));
        c.field(Tr::tr("Condition %1").arg(condition.number), condition.text);
        QStringList lines;
        for (const diary::RecordedBreach& breach : item.breaches) {
            if (breach.condition != condition.number)
                continue;
            lines << Tr::tr("#%1  %2  %3")
                         .arg(breach.incidentNumber)
                         .arg(c.format.dateTime(breach.start), breach.summary);
        }
        c.flow.space(s.mm(0.5));
        c.field(Tr::tr("Possible breaches"),
                lines.isEmpty() ? Tr::tr("None recorded among the incidents in this document.") : lines.join(u'\n'),
                s.mm(6));
    }
}

} // namespace

void addPeople(PdfContext& c)
{
    if (c.data.people.empty())
        return;
    c.flow.space(c.style.mm(8));
    c.sectionHeading(Tr::tr("People involved"));
    for (const diary::PersonRecord& person : c.data.people)
        addPerson(c, person.person);
}

void addOrders(PdfContext& c)
{
    if (c.data.orders.empty())
        return;
    c.flow.space(c.style.mm(8));
    c.sectionHeading(Tr::tr("Protection orders"));
    c.flow.text(Tr::tr("Each condition is followed by the incidents recorded in the diary as possible breaches of it. "
                       "Whether an incident is a breach is for the police and the court to decide."),
                c.style.body);
    for (const ReportOrder& order : c.data.orders)
        addOrder(c, order);
}

} // namespace daymark::report::pdf
