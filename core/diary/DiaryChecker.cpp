// Projection check: replays what the journal says about each entity and compares it with the stored rows.
#include "diary/DiaryChecker.h"

#include "crypto/Sha256.h"
#include "diary/DiaryJson.h"
#include "evidence/BlobStore.h"
#include "evidence/ExhibitJson.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <functional>
#include <map>

namespace daymark::diary {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

struct Expected
{
    QString entity;
    QString createdAt;
    QString changedAt;
    QString lastAction;
    QString lastReason;
    qint64 lastSeq = 0;
    int version = 0; // create and amend records
    int records = 0; // every record
    crypto::Digest payloadHash{};
    bool seenRow = false;
};

using Links = QSet<QString>;

std::map<qint64, Links> readLinks(vault::SqlConnection& db, const char* sql)
{
    std::map<qint64, Links> out;
    auto stmt = db.prepare(sql);
    while (stmt.step())
        out[stmt.columnInt(0)].insert(stmt.columnText(1));
    return out;
}

Links expectedPeople(const Incident& i)
{
    Links links;
    for (const QUuid& id : i.people)
        links.insert(id.toString(QUuid::WithoutBraces) + u":0");
    for (const QUuid& id : i.witnesses)
        links.insert(id.toString(QUuid::WithoutBraces) + u":1");
    return links;
}

Links expectedBreaches(const Incident& i)
{
    Links links;
    for (const BreachLink& b : i.breaches)
        links.insert(b.order.toString(QUuid::WithoutBraces) + u':' + QString::number(b.condition));
    return links;
}

} // namespace

DiaryChecker::DiaryChecker(vault::SqlConnection& db, evidence::Journal& journal) : m_db(db), m_journal(journal) {}

// Exhibits: the row against the journal, the links against the row, and the stored bytes against their SHA-256.
template <typename Lookup, typename Mismatch>
void checkExhibitRows(vault::SqlConnection& db, const Lookup& lookup, const Mismatch& mismatch, QStringList& problems)
{
    std::map<qint64, Links> linked;
    {
        auto links = db.prepare("SELECT exhibit, incident FROM incident_exhibits");
        while (links.step())
            linked[links.columnInt(0)].insert(links.columnText(1));
    }
    evidence::BlobStore blobs(db);
    auto rows = db.prepare("SELECT number, id, label, blob, sha256, added_at, version, deleted, data FROM exhibits "
                           "ORDER BY number");
    while (rows.step()) {
        const qint64 number = rows.columnInt(0);
        const QString what = tr("Exhibit %1").arg(rows.columnText(2));
        Expected* x = lookup(rows.columnText(1));
        if (!x) {
            problems << tr("%1 has no record in the journal: it was added outside Daymark.").arg(what);
            continue;
        }
        x->seenRow = true;
        if (crypto::Sha256::of(rows.columnBlob(8)) != x->payloadHash) {
            mismatch(what, x->lastSeq, tr("its contents"));
            continue;
        }
        const evidence::Exhibit exhibit = evidence::json::exhibitFromJson(json::parsePayload(rows.columnBlob(8)));
        Links expectedLinks;
        for (const QUuid& id : exhibit.incidents)
            expectedLinks.insert(id.toString(QUuid::WithoutBraces));
        const bool deleted = x->lastAction == QLatin1String("delete");
        if (rows.columnText(2) != exhibit.label || rows.columnText(4) != exhibit.sha256 ||
            rows.columnText(5) != x->createdAt || rows.columnInt(6) != x->records ||
            (rows.columnInt(7) != 0) != deleted || rows.isNull(3) != deleted)
            mismatch(what, x->lastSeq, tr("its number, hash, time or deletion"));
        else if ((linked.count(number) ? linked.at(number) : Links()) != expectedLinks)
            mismatch(what, x->lastSeq, tr("the incidents it belongs to"));
        else if (!deleted) {
            const qint64 blob = rows.columnInt(3);
            if (blobs.size(blob) != exhibit.size || QString::fromLatin1(blobs.digest(blob).toHex()) != exhibit.sha256)
                problems << tr("%1: the stored bytes no longer match the SHA-256 taken when it was added.").arg(what);
        }
    }
}

evidence::ChainVerification DiaryChecker::run(QStringList& problems)
{
    QHash<QString, Expected> expected;
    const auto chain = m_journal.verify([&expected](const evidence::JournalEntry& e) {
        Expected& x = expected[e.entityId];
        const QString at = evidence::JournalEntry::timeText(e.recordedAt);
        if (e.action == QLatin1String("create")) {
            x.entity = e.entity;
            x.createdAt = at;
        }
        if (e.action == QLatin1String("create") || e.action == QLatin1String("amend"))
            ++x.version;
        ++x.records;
        x.changedAt = at;
        x.lastAction = e.action;
        x.lastReason = e.reason;
        x.lastSeq = e.seq;
        x.payloadHash = crypto::Sha256::of(e.payload);
    });
    if (!chain.ok())
        return chain; // the journal itself is not trustworthy; comparing against it would mislead

    auto mismatch = [&problems](const QString& what, qint64 seq, const QString& detail) {
        problems << tr("%1 does not match journal record %2 (%3): it was changed outside Daymark.")
                        .arg(what)
                        .arg(seq)
                        .arg(detail);
    };
    auto lookup = [&expected](const QString& id, const char* entity) -> Expected* {
        auto it = expected.find(id);
        return it == expected.end() || it->entity != QLatin1String(entity) ? nullptr : &*it;
    };

    const auto people = readLinks(m_db, "SELECT incident, person || ':' || witness FROM incident_people");
    const auto breaches = readLinks(m_db, "SELECT incident, order_id || ':' || condition FROM incident_breaches");
    auto incidents =
        m_db.prepare("SELECT number, id, type, occurred_utc, recorded_at, changed_at, version, deleted, "
                     "coalesce(deletion_reason, ''), reported, breach, data FROM incidents ORDER BY number");
    while (incidents.step()) {
        const qint64 number = incidents.columnInt(0);
        const QString id = incidents.columnText(1);
        const QString what = tr("Incident %1").arg(number);
        Expected* x = lookup(id, "incident");
        if (!x) {
            problems << tr("%1 has no record in the journal: it was added outside Daymark.").arg(what);
            continue;
        }
        x->seenRow = true;
        const QByteArray data = incidents.columnBlob(11);
        if (crypto::Sha256::of(data) != x->payloadHash) {
            mismatch(what, x->lastSeq, tr("its contents"));
            continue;
        }
        const Incident incident = json::incidentFromJson(json::parsePayload(data));
        const bool deleted = x->lastAction == QLatin1String("delete");
        if (incidents.columnText(2) != typeCode(incident.type) ||
            incidents.columnText(3) != evidence::JournalEntry::timeText(incident.start) ||
            incidents.columnInt(9) != qint64(incident.reportedToPolice) ||
            incidents.columnInt(10) != qint64(!incident.breaches.isEmpty()))
            mismatch(what, x->lastSeq, tr("its type, time or flags"));
        else if (incidents.columnText(4) != x->createdAt || incidents.columnText(5) != x->changedAt ||
                 incidents.columnInt(6) != x->version)
            mismatch(what, x->lastSeq, tr("when it was recorded or amended"));
        else if ((incidents.columnInt(7) != 0) != deleted ||
                 incidents.columnText(8) != (deleted ? x->lastReason : QString()))
            mismatch(what, x->lastSeq, tr("whether it is deleted"));
        else if (people.count(number) ? people.at(number) != expectedPeople(incident)
                                      : !expectedPeople(incident).isEmpty())
            mismatch(what, x->lastSeq, tr("the people linked to it"));
        else if (breaches.count(number) ? breaches.at(number) != expectedBreaches(incident)
                                        : !expectedBreaches(incident).isEmpty())
            mismatch(what, x->lastSeq, tr("the orders it may breach"));
    }

    // `summaryOf` derives the table's plain columns (joined) from the stored JSON, to compare with the row.
    auto checkTable = [&](const char* sql, const char* entity, const QString& noun,
                          const std::function<QString(const QJsonObject&)>& summaryOf) {
        auto stmt = m_db.prepare(sql);
        while (stmt.step()) {
            const QString id = stmt.columnText(0);
            const QString what = tr("The %1 %2").arg(noun, id.left(8));
            Expected* x = lookup(id, entity);
            if (!x) {
                problems << tr("%1 has no record in the journal: it was added outside Daymark.").arg(what);
                continue;
            }
            x->seenRow = true;
            if (crypto::Sha256::of(stmt.columnBlob(5)) != x->payloadHash)
                mismatch(what, x->lastSeq, tr("its contents"));
            else if (stmt.columnText(1) != x->createdAt || stmt.columnInt(2) != x->version ||
                     (stmt.columnInt(3) != 0) != (x->lastAction == QLatin1String("delete")))
                mismatch(what, x->lastSeq, tr("its version or deletion"));
            else if (stmt.columnText(4) != summaryOf(json::parsePayload(stmt.columnBlob(5))))
                mismatch(what, x->lastSeq, tr("its name, role or kind"));
        }
    };
    checkTable("SELECT id, recorded_at, version, deleted, role || ':' || name, data FROM people", "person",
               tr("person"), [](const QJsonObject& o) -> QString {
                   const Person p = json::personFromJson(o);
                   return roleCode(p.role) + u':' + p.name;
               });
    checkTable("SELECT id, recorded_at, version, deleted, kind, data FROM orders", "order", tr("order"),
               [](const QJsonObject& o) { return orderKindCode(json::orderFromJson(o).kind); });
    // Risk screening answers (core/insights), in diaries from schema 4 on; a read-only older diary has no table.
    if (m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'screening_answers'").step())
        checkTable("SELECT id, recorded_at, version, 0, question || ':' || answer, data FROM screening_answers",
                   "screening", tr("screening answer"), [](const QJsonObject& o) {
                       QString summary = o.value(QLatin1String("question")).toString();
                       summary += u':';
                       summary += o.value(QLatin1String("answer")).toString();
                       return summary;
                   });
    checkExhibitRows(
        m_db, [&](const QString& id) { return lookup(id, "exhibit"); }, mismatch, problems);

    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!it->seenRow && it->entity != QLatin1String("diary") && !it->entity.isEmpty())
            problems << tr("The %1 written in journal record %2 is missing from the diary: it was removed outside "
                           "Daymark.")
                            .arg(it->entity)
                            .arg(it->lastSeq);
    return chain;
}

} // namespace daymark::diary
