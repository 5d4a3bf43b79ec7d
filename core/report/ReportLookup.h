// Names an export writes in place of ids: people by name, orders by kind and reference, exhibits by number. Built
// from ReportData, so every name is already redacted.
#pragma once

#include "report/ReportData.h"

#include <QHash>
#include <QStringList>
#include <QUuid>

namespace daymark::report {

class ReportLookup
{
public:
    explicit ReportLookup(const ReportData& data);

    QStringList peopleNames(const QList<QUuid>& ids) const;
    // "Stalking Protection Order SPO-123, condition 2"
    QString breachText(const diary::BreachLink& breach) const;
    QStringList breachTexts(const QList<diary::BreachLink>& breaches) const;
    static QStringList exhibitLabels(const ReportIncident& incident);

private:
    QHash<QUuid, QString> m_people;
    QHash<QUuid, const diary::OrderRecord*> m_orders;
};

} // namespace daymark::report
