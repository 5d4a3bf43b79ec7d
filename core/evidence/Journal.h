// The append-only, hash-chained journal of every change to a diary. Records are appended inside the caller's
// transaction, so a change and its record are saved together or not at all; triggers refuse updates and deletes.
#pragma once

#include "evidence/JournalEntry.h"

#include <functional>
#include <vector>

namespace daymark {
class Clock;
}
namespace daymark::vault {
class SqlConnection;
}

namespace daymark::evidence {

struct ChainVerification
{
    qint64 records = 0;
    qint64 firstBadSeq = 0; // 0 when the chain is sound
    QString problem;        // a sentence about the first bad record
    bool ok() const { return firstBadSeq == 0; }
};

class Journal
{
public:
    Journal(vault::SqlConnection& db, const Clock& clock);

    // Appends a record; the caller must hold a write transaction. Returns the stored record.
    JournalEntry append(const QString& action, const QString& entity, const QString& entityId, const QString& reason,
                        const QByteArray& payload);

    qint64 headSeq();
    QByteArray headHash(); // 32 zero bytes for an empty journal
    std::vector<JournalEntry> entriesFor(const QString& entityId);
    std::vector<JournalEntry> entries(qint64 fromSeq = 1, qint64 limit = -1);

    // Walks every record in order, recomputing each hash and link. `visit` sees each record that checked out.
    ChainVerification verify(const std::function<void(const JournalEntry&)>& visit = {});

    // A short code a person can read aloud: the first 80 bits of the head hash in Crockford base32, "XXXX-XXXX-…".
    static QString fingerprintOf(const QByteArray& headHash);
    QString fingerprint() { return fingerprintOf(headHash()); }

private:
    vault::SqlConnection& m_db;
    const Clock& m_clock;
};

} // namespace daymark::evidence
