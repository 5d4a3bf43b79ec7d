// Journal storage and chain verification.
#include "evidence/Journal.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"

#include <QCoreApplication>

namespace daymark::evidence {
namespace {

JournalEntry readEntry(const vault::SqlStatement& stmt)
{
    JournalEntry e;
    e.seq = stmt.columnInt(0);
    e.recordedAt = QDateTime::fromString(stmt.columnText(1), Qt::ISODateWithMs);
    e.action = stmt.columnText(2);
    e.entity = stmt.columnText(3);
    e.entityId = stmt.columnText(4);
    e.reason = stmt.columnText(5);
    e.payload = stmt.columnBlob(6);
    e.prevHash = stmt.columnBlob(7);
    e.hash = stmt.columnBlob(8);
    return e;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::evidence", text);
}

} // namespace

Journal::Journal(vault::SqlConnection& db, const Clock& clock) : m_db(db), m_clock(clock) {}

JournalEntry Journal::append(const QString& action, const QString& entity, const QString& entityId,
                             const QString& reason, const QByteArray& payload)
{
    if (!m_db.inTransaction())
        throw Error(Error::Kind::Internal, tr("A change was about to be saved without its journal record."));
    JournalEntry e;
    {
        auto head = m_db.prepare("SELECT seq, hash, recorded_at FROM journal ORDER BY seq DESC LIMIT 1");
        const bool any = head.step();
        e.seq = any ? head.columnInt(0) + 1 : 1;
        e.prevHash = any ? head.columnBlob(1) : QByteArray(32, '\0');
        // Times never go backwards in the journal, even if the computer's clock does.
        const QDateTime previous = any ? QDateTime::fromString(head.columnText(2), Qt::ISODateWithMs) : QDateTime();
        const QDateTime now = m_clock.nowUtc();
        e.recordedAt = previous.isValid() && now < previous ? previous : now;
    }
    // Millisecond precision, exactly as stored.
    e.recordedAt = QDateTime::fromString(JournalEntry::timeText(e.recordedAt), Qt::ISODateWithMs);
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.reason = reason;
    e.payload = payload;
    e.hash = e.computeHash();
    auto insert = m_db.prepare("INSERT INTO journal(seq, recorded_at, action, entity, entity_id, reason, payload, "
                               "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, e.seq)
        .bind(2, JournalEntry::timeText(e.recordedAt))
        .bind(3, e.action)
        .bind(4, e.entity)
        .bind(5, e.entityId)
        .bind(6, e.reason.isNull() ? QStringLiteral("") : e.reason)
        .bind(7, e.payload)
        .bind(8, e.prevHash)
        .bind(9, e.hash)
        .run();
    return e;
}

qint64 Journal::headSeq()
{
    return m_db.queryInt("SELECT coalesce(max(seq), 0) FROM journal");
}

QByteArray Journal::headHash()
{
    auto stmt = m_db.prepare("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1");
    return stmt.step() ? stmt.columnBlob(0) : QByteArray(32, '\0');
}

std::vector<JournalEntry> Journal::entriesFor(const QString& entityId)
{
    auto stmt = m_db.prepare("SELECT seq, recorded_at, action, entity, entity_id, reason, payload, prev_hash, hash "
                             "FROM journal WHERE entity_id = ?1 ORDER BY seq");
    stmt.bind(1, entityId);
    std::vector<JournalEntry> out;
    while (stmt.step())
        out.push_back(readEntry(stmt));
    return out;
}

std::vector<JournalEntry> Journal::entries(qint64 fromSeq, qint64 limit)
{
    auto stmt = m_db.prepare("SELECT seq, recorded_at, action, entity, entity_id, reason, payload, prev_hash, hash "
                             "FROM journal WHERE seq >= ?1 ORDER BY seq LIMIT ?2");
    stmt.bind(1, fromSeq).bind(2, limit);
    std::vector<JournalEntry> out;
    while (stmt.step())
        out.push_back(readEntry(stmt));
    return out;
}

ChainVerification Journal::verify(const std::function<void(const JournalEntry&)>& visit)
{
    ChainVerification result;
    auto stmt = m_db.prepare("SELECT seq, recorded_at, action, entity, entity_id, reason, payload, prev_hash, hash "
                             "FROM journal ORDER BY seq");
    QByteArray previousHash(32, '\0');
    QDateTime previousTime;
    qint64 expectedSeq = 1;
    while (stmt.step()) {
        const JournalEntry e = readEntry(stmt);
        QString problem;
        if (e.seq != expectedSeq)
            problem = tr("Journal record %1 is missing: the records jump from %2 to %3.")
                          .arg(expectedSeq)
                          .arg(expectedSeq - 1)
                          .arg(e.seq);
        else if (e.prevHash != previousHash)
            problem = tr("Journal record %1 does not link to the record before it.").arg(e.seq);
        else if (!e.recordedAt.isValid() || (previousTime.isValid() && e.recordedAt < previousTime))
            problem = tr("Journal record %1 has a time out of order.").arg(e.seq);
        else if (e.computeHash() != e.hash)
            problem = tr("Journal record %1 was changed after it was written: its hash does not match.").arg(e.seq);
        if (!problem.isEmpty()) {
            result.firstBadSeq = e.seq == expectedSeq ? e.seq : expectedSeq;
            result.problem = problem;
            return result;
        }
        if (visit)
            visit(e);
        previousHash = e.hash;
        previousTime = e.recordedAt;
        ++expectedSeq;
        ++result.records;
    }
    return result;
}

QString Journal::fingerprintOf(const QByteArray& headHash)
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    QString out;
    int bits = 0;
    quint32 buffer = 0;
    for (int i = 0; i < 10 && i < headHash.size(); ++i) {
        buffer = (buffer << 8) | static_cast<quint8>(headHash[i]);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && out.size() % 5 == 4)
                out += QLatin1Char('-');
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 31]);
        }
    }
    return out;
}

} // namespace daymark::evidence
