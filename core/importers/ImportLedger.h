// Which messages of which exports are already in the diary, kept in the journal itself: each import appends one
// "import" record listing, for every message it added, a stable key (a hash of the format, time, sender, text and
// how many identical messages came before it in the export), the incident it became and its line or element. So
// re-importing the same or an overlapping export adds only what is new, and the tamper-evident journal says where
// every imported incident came from. No table of its own: the journal is the record.
#pragma once

#include "importers/ImportedMessage.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <vector>

namespace daymark::evidence {
class Journal;
}

namespace daymark::importers {

class ImportLedger
{
public:
    static constexpr auto kEntityId = "imports"; // every import record shares it, so they are found by the index

    // Reads the keys of every earlier import.
    explicit ImportLedger(evidence::Journal& journal);

    bool contains(const QByteArray& key) const { return m_known.contains(key); }
    // A dry run's stand-in for add(): a later copy of the same message (one e-mail in two mailboxes of a folder)
    // then counts as already there, as it will when the import is made.
    void remember(const QByteArray& key) { m_known.insert(key); }
    // `file`: which of the import's files the message came from, as placed in the record's "exhibits" (0 for the
    // first or only one).
    void add(const QByteArray& key, const QUuid& incident, const QString& source, int file = 0);
    qint64 added() const { return static_cast<qint64>(m_added.size()); }

    // Appends the import record (inside the caller's transaction): `about` names the format, file and exhibit, and
    // for an import of several files (a folder of e-mails) lists every file's exhibit under "exhibits"; each
    // message from a file after the first then names its file's place in that list.
    void append(QJsonObject about);

    struct Source
    {
        QUuid exhibit;
        QString label;  // the exhibit's number, "JS/4"
        QString source; // sourceCode(): "L42", "L40-44", "E17"
    };
    // Where an imported incident's messages came from; empty for an incident typed in by hand.
    static QList<Source> sourcesOf(evidence::Journal& journal, const QUuid& incident);

private:
    struct Added
    {
        QByteArray key;
        QUuid incident;
        QString source;
        int file = 0;
    };
    evidence::Journal& m_journal;
    QSet<QByteArray> m_known;
    std::vector<Added> m_added;
};

// Computes the keys of one export's messages in file order; identical messages get distinct keys by their count.
class MessageKeys
{
public:
    explicit MessageKeys(QString family) : m_family(std::move(family)) {}
    QByteArray next(const ImportedMessage& message); // 32 raw bytes

private:
    QString m_family; // "whatsapp", "sms", "calls": formats whose messages can be the same
    QHash<QByteArray, int> m_seen;
};

QString sourceText(const SourcePosition& position); // "line 42", "lines 42-44", "element 7" (translated)
QString sourceCode(const SourcePosition& position); // "L42", "L42-44", "E7": the journal's fixed form

} // namespace daymark::importers
