// Protection orders with numbered conditions, journalled like incidents; an order lists its recorded breaches.
#pragma once

#include "diary/EntityVersion.h"
#include "diary/ProtectionOrder.h"

#include <optional>
#include <vector>

namespace daymark::vault {
class SqlConnection;
}
namespace daymark::evidence {
class Journal;
}

namespace daymark::diary {

// An incident recorded as a possible breach of a condition.
struct RecordedBreach
{
    int condition = 0;
    qint64 incidentNumber = 0;
    QUuid incident;
    QDateTime start;
    QString summary;
};

class OrderRepository
{
public:
    OrderRepository(vault::SqlConnection& db, evidence::Journal& journal);

    // Conditions without a number get the next free ones (1, 2, ...); numbers are never reused.
    OrderRecord add(ProtectionOrder order);
    OrderRecord amend(ProtectionOrder changed, const QString& reason);
    OrderRecord remove(const QUuid& id, const QString& reason);
    OrderRecord restore(const QUuid& id, const QString& reason = {});

    std::optional<OrderRecord> find(const QUuid& id);
    OrderRecord get(const QUuid& id);
    QUuid resolve(const QString& reference); // full id or unambiguous prefix (6+ characters)
    std::vector<OrderRecord> list(bool includeDeleted = false);
    std::vector<EntityVersion<ProtectionOrder>> history(const QUuid& id);
    // Incidents (not deleted) marked as possible breaches of this order, oldest first.
    std::vector<RecordedBreach> breaches(const QUuid& id);

private:
    void validate(const ProtectionOrder& order);
    OrderRecord write(const ProtectionOrder& order, const QString& action, const QString& reason);

    vault::SqlConnection& m_db;
    evidence::Journal& m_journal;
};

} // namespace daymark::diary
