// Protection order storage: journal first, then the orders table as its projection.
#include "diary/OrderRepository.h"

#include "common/Error.h"
#include "diary/DiaryJson.h"
#include "diary/IdPrefix.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace daymark::diary {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

OrderRecord readRecord(const vault::SqlStatement& stmt)
{
    OrderRecord r;
    r.recordedAt = QDateTime::fromString(stmt.columnText(0), Qt::ISODateWithMs);
    r.version = static_cast<int>(stmt.columnInt(1));
    r.deleted = stmt.columnInt(2) != 0;
    r.order = json::orderFromJson(json::parsePayload(stmt.columnBlob(3)));
    return r;
}

// Numbers new conditions after the highest number this order has ever used, so a number is never reused.
void numberConditions(ProtectionOrder& order, int highestUsed)
{
    int next = highestUsed;
    for (const OrderCondition& c : order.conditions)
        next = std::max(next, c.number);
    for (OrderCondition& c : order.conditions)
        if (c.number <= 0)
            c.number = ++next;
}

} // namespace

OrderRepository::OrderRepository(vault::SqlConnection& db, evidence::Journal& journal) : m_db(db), m_journal(journal) {}

void OrderRepository::validate(const ProtectionOrder& order)
{
    std::set<int> numbers;
    for (const OrderCondition& c : order.conditions) {
        if (c.text.trimmed().isEmpty())
            invalid(tr("Conditions: condition %1 has no text. Copy its wording from the order.").arg(c.number));
        if (!numbers.insert(c.number).second)
            invalid(tr("Conditions: the number %1 is used twice.").arg(c.number));
    }
    if (order.made && order.expires && *order.expires < *order.made)
        invalid(tr("Expires: the expiry date is before the date the order was made."));
    if (order.made && order.served && *order.served < *order.made)
        invalid(tr("Served: the date served is before the date the order was made."));
    if (!order.respondent.isNull()) {
        auto stmt = m_db.prepare("SELECT 1 FROM people WHERE id = ?1 AND deleted = 0");
        stmt.bind(1, idText(order.respondent));
        if (!stmt.step())
            invalid(tr("Respondent: there is no person with id %1 in this diary. Add the person first.")
                        .arg(idText(order.respondent)));
    }
}

OrderRecord OrderRepository::add(ProtectionOrder order)
{
    if (order.id.isNull())
        order.id = QUuid::createUuid();
    numberConditions(order, 0);
    validate(order);
    if (find(order.id))
        invalid(tr("An order with this id already exists."));
    vault::Transaction transaction(m_db);
    const OrderRecord record = write(order, QStringLiteral("create"), {});
    transaction.commit();
    return record;
}

OrderRecord OrderRepository::amend(ProtectionOrder changed, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the order is being amended (for example, varied by the court)."));
    const OrderRecord current = get(changed.id);
    int highest = 0;
    for (const auto& version : history(changed.id))
        for (const OrderCondition& c : version.value.conditions)
            highest = std::max(highest, c.number);
    numberConditions(changed, highest);
    if (current.order == changed)
        invalid(tr("Nothing was changed, so there is nothing to amend."));
    validate(changed);
    for (const RecordedBreach& b : breaches(changed.id))
        if (!changed.condition(b.condition))
            invalid(tr("Conditions: condition %1 has recorded breaches (incident %2), so it cannot be removed.")
                        .arg(b.condition)
                        .arg(b.incidentNumber));
    vault::Transaction transaction(m_db);
    const OrderRecord record = write(changed, QStringLiteral("amend"), reason.trimmed());
    transaction.commit();
    return record;
}

OrderRecord OrderRepository::remove(const QUuid& id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the order is being deleted. It can be restored later."));
    const OrderRecord current = get(id);
    if (current.deleted)
        invalid(tr("This order is already deleted."));
    vault::Transaction transaction(m_db);
    const OrderRecord record = write(current.order, QStringLiteral("delete"), reason.trimmed());
    transaction.commit();
    return record;
}

OrderRecord OrderRepository::restore(const QUuid& id, const QString& reason)
{
    const OrderRecord current = get(id);
    if (!current.deleted)
        invalid(tr("This order is not deleted, so there is nothing to restore."));
    vault::Transaction transaction(m_db);
    const OrderRecord record = write(current.order, QStringLiteral("restore"), reason.trimmed());
    transaction.commit();
    return record;
}

OrderRecord OrderRepository::write(const ProtectionOrder& order, const QString& action, const QString& reason)
{
    const QByteArray data = json::payload(json::toJson(order));
    const auto entry = m_journal.append(action, QStringLiteral("order"), idText(order.id), reason, data);
    if (action == QLatin1String("create")) {
        auto insert = m_db.prepare("INSERT INTO orders(id, kind, recorded_at, version, deleted, data) "
                                   "VALUES (?1, ?2, ?3, 1, 0, ?4)");
        insert.bind(1, idText(order.id))
            .bind(2, orderKindCode(order.kind))
            .bind(3, evidence::JournalEntry::timeText(entry.recordedAt))
            .bind(4, data)
            .run();
    } else {
        auto update =
            m_db.prepare("UPDATE orders SET kind = ?2, version = version + ?3, deleted = ?4, data = ?5 WHERE id = ?1");
        update.bind(1, idText(order.id))
            .bind(2, orderKindCode(order.kind))
            .bind(3, qint64(action == QLatin1String("amend")))
            .bind(4, qint64(action == QLatin1String("delete")))
            .bind(5, data)
            .run();
    }
    return get(order.id);
}

std::optional<OrderRecord> OrderRepository::find(const QUuid& id)
{
    auto stmt = m_db.prepare("SELECT recorded_at, version, deleted, data FROM orders WHERE id = ?1");
    stmt.bind(1, idText(id));
    if (!stmt.step())
        return std::nullopt;
    return readRecord(stmt);
}

OrderRecord OrderRepository::get(const QUuid& id)
{
    auto found = find(id);
    if (!found)
        throw Error(Error::Kind::NotFound,
                    tr("There is no protection order with id %1 in this diary.").arg(idText(id)));
    return *found;
}

QUuid OrderRepository::resolve(const QString& reference)
{
    if (const auto id =
            resolveIdPrefix(m_db, "orders", reference,
                            {tr("No protection order in this diary has an id starting '%1'."),
                             tr("More than one protection order has an id starting '%1'. Give more of the id.")}))
        return *id;
    invalid(tr("'%1' is not a protection order id.").arg(reference));
}

std::vector<OrderRecord> OrderRepository::list(bool includeDeleted)
{
    auto stmt = m_db.prepare(
        "SELECT recorded_at, version, deleted, data FROM orders WHERE deleted = 0 OR ?1 ORDER BY recorded_at");
    stmt.bind(1, qint64(includeDeleted));
    std::vector<OrderRecord> out;
    while (stmt.step())
        out.push_back(readRecord(stmt));
    return out;
}

std::vector<EntityVersion<ProtectionOrder>> OrderRepository::history(const QUuid& id)
{
    std::vector<EntityVersion<ProtectionOrder>> out;
    int version = 0;
    for (const auto& e : m_journal.entriesFor(idText(id))) {
        if (e.entity != QLatin1String("order"))
            continue;
        version += e.action == QLatin1String("create") || e.action == QLatin1String("amend");
        out.push_back(
            {version, e.seq, e.action, e.recordedAt, e.reason, json::orderFromJson(json::parsePayload(e.payload))});
    }
    if (out.empty())
        throw Error(Error::Kind::NotFound,
                    tr("There is no protection order with id %1 in this diary.").arg(idText(id)));
    return out;
}

std::vector<RecordedBreach> OrderRepository::breaches(const QUuid& id)
{
    auto stmt = m_db.prepare("SELECT b.condition, i.number, i.data FROM incident_breaches b "
                             "JOIN incidents i ON i.number = b.incident "
                             "WHERE b.order_id = ?1 AND i.deleted = 0 ORDER BY i.occurred_utc, b.condition");
    stmt.bind(1, idText(id));
    std::vector<RecordedBreach> out;
    while (stmt.step()) {
        const Incident incident = json::incidentFromJson(json::parsePayload(stmt.columnBlob(2)));
        out.push_back(
            {static_cast<int>(stmt.columnInt(0)), stmt.columnInt(1), incident.id, incident.start, incident.summary});
    }
    return out;
}

} // namespace daymark::diary
