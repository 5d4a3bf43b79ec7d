// One record of the tamper-evident journal: what changed, when, why, the full state after the change, and the
// hash chain link.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace daymark::evidence {

struct JournalEntry
{
    qint64 seq = 0;       // 1, 2, 3 ... without gaps
    QDateTime recordedAt; // UTC, millisecond precision
    QString action;       // create, amend, delete, restore, (later) attach, detach, import, export
    QString entity;       // diary, incident, person, order, ...
    QString entityId;     // the entity's id
    QString reason;       // required for amend and delete
    QByteArray payload;   // the entity's full state after the change (compact JSON)
    QByteArray prevHash;  // 32 bytes: the previous record's hash (zeros for the first)
    QByteArray hash;      // 32 bytes: SHA-256 of this record's canonical encoding

    // SHA-256 over "daymark-journal-v1", prevHash, seq (8 bytes big-endian), then recordedAt (ISO 8601 UTC with
    // milliseconds), action, entity, entityId, reason and payload, each as a 4-byte big-endian length and its
    // UTF-8 bytes. Documented so anyone can re-check the chain without Daymark.
    QByteArray computeHash() const;
    static QString timeText(const QDateTime& utc);
};

} // namespace daymark::evidence
