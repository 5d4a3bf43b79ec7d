// Id-to-name lookups for the CSV and JSON of an export.
#include "report/ReportLookup.h"

#include <QCoreApplication>

namespace daymark::report {

ReportLookup::ReportLookup(const ReportData& data)
{
    for (const diary::PersonRecord& person : data.people)
        m_people.insert(person.person.id, person.person.name);
    for (const ReportOrder& order : data.orders)
        m_orders.insert(order.record.order.id, &order.record);
}

QStringList ReportLookup::peopleNames(const QList<QUuid>& ids) const
{
    QStringList names;
    for (const QUuid& id : ids)
        names.append(m_people.value(id, id.toString(QUuid::WithoutBraces)));
    return names;
}

QString ReportLookup::breachText(const diary::BreachLink& breach) const
{
    const diary::OrderRecord* order = m_orders.value(breach.order);
    QString name = order ? diary::orderKindName(order->order.kind) : breach.order.toString(QUuid::WithoutBraces);
    if (order && !order->order.reference.isEmpty())
        name = QCoreApplication::translate("daymark::report", "%1 %2").arg(name, order->order.reference);
    return QCoreApplication::translate("daymark::report", "%1, condition %2").arg(name).arg(breach.condition);
}

QStringList ReportLookup::breachTexts(const QList<diary::BreachLink>& breaches) const
{
    QStringList texts;
    for (const diary::BreachLink& breach : breaches)
        texts.append(breachText(breach));
    return texts;
}

QStringList ReportLookup::exhibitLabels(const ReportIncident& incident)
{
    QStringList labels;
    for (const evidence::ExhibitRecord& exhibit : incident.exhibits)
        labels.append(exhibit.exhibit.label);
    return labels;
}

} // namespace daymark::report
