// Schema steps. SQL must run on SQLite 3.15 (Debian 12's SQLCipher 3.4.1): no window functions, no UPSERT, no JSON1.
#include "vault/SchemaMigrations.h"

#include "common/Error.h"
#include "vault/SqlConnection.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <array>

namespace daymark::vault {
namespace {

struct Step
{
    const char* description;
    const char* sql;
};

// Index i holds the step that takes a diary from version i to version i + 1.
constexpr std::array kSteps{
    Step{"diary settings and identity", "CREATE TABLE meta ("
                                        "  key   TEXT PRIMARY KEY NOT NULL,"
                                        "  value TEXT NOT NULL"
                                        ");"},
    Step{"journal, signing key, incidents, people, orders, search",
         // The journal: append-only, hash-chained (see evidence/JournalEntry.h). Triggers refuse edits.
         "CREATE TABLE journal ("
         "  seq         INTEGER PRIMARY KEY,"
         "  recorded_at TEXT NOT NULL,"
         "  action      TEXT NOT NULL,"
         "  entity      TEXT NOT NULL,"
         "  entity_id   TEXT NOT NULL,"
         "  reason      TEXT NOT NULL DEFAULT '',"
         "  payload     BLOB NOT NULL,"
         "  prev_hash   BLOB NOT NULL,"
         "  hash        BLOB NOT NULL"
         ");"
         "CREATE INDEX journal_by_entity ON journal(entity_id, seq);"
         "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
         "  BEGIN SELECT RAISE(ABORT, 'journal records cannot be changed'); END;"
         "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
         "  BEGIN SELECT RAISE(ABORT, 'journal records cannot be removed'); END;"
         "CREATE TABLE signing_key ("
         "  id         INTEGER PRIMARY KEY CHECK (id = 1),"
         "  seed       BLOB NOT NULL,"
         "  public_key BLOB NOT NULL"
         ");"
         // Current state: a projection of the journal (data holds the same bytes as the latest record's payload).
         "CREATE TABLE people ("
         "  id          TEXT PRIMARY KEY NOT NULL,"
         "  role        TEXT NOT NULL,"
         "  name        TEXT NOT NULL,"
         "  recorded_at TEXT NOT NULL,"
         "  version     INTEGER NOT NULL,"
         "  deleted     INTEGER NOT NULL DEFAULT 0,"
         "  data        BLOB NOT NULL"
         ");"
         "CREATE TABLE orders ("
         "  id          TEXT PRIMARY KEY NOT NULL,"
         "  kind        TEXT NOT NULL,"
         "  recorded_at TEXT NOT NULL,"
         "  version     INTEGER NOT NULL,"
         "  deleted     INTEGER NOT NULL DEFAULT 0,"
         "  data        BLOB NOT NULL"
         ");"
         "CREATE TABLE incidents ("
         "  number          INTEGER PRIMARY KEY AUTOINCREMENT,"
         "  id              TEXT NOT NULL UNIQUE,"
         "  type            TEXT NOT NULL,"
         "  occurred_utc    TEXT NOT NULL,"
         "  recorded_at     TEXT NOT NULL,"
         "  changed_at      TEXT NOT NULL,"
         "  version         INTEGER NOT NULL,"
         "  deleted         INTEGER NOT NULL DEFAULT 0,"
         "  deletion_reason TEXT,"
         "  reported        INTEGER NOT NULL,"
         "  breach          INTEGER NOT NULL,"
         "  data            BLOB NOT NULL"
         ");"
         "CREATE INDEX incidents_by_time ON incidents(deleted, occurred_utc);"
         "CREATE TABLE incident_people ("
         "  incident INTEGER NOT NULL REFERENCES incidents(number),"
         "  person   TEXT NOT NULL REFERENCES people(id),"
         "  witness  INTEGER NOT NULL,"
         "  PRIMARY KEY (incident, person, witness)"
         ");"
         "CREATE INDEX incident_people_by_person ON incident_people(person);"
         "CREATE TABLE incident_breaches ("
         "  incident  INTEGER NOT NULL REFERENCES incidents(number),"
         "  order_id  TEXT NOT NULL REFERENCES orders(id),"
         "  condition INTEGER NOT NULL,"
         "  PRIMARY KEY (incident, order_id, condition)"
         ");"
         "CREATE INDEX incident_breaches_by_order ON incident_breaches(order_id);"
         // FTS4 (FTS5 is not in Debian 12's SQLCipher); docid = incidents.number.
         "CREATE VIRTUAL TABLE incident_text USING fts4("
         "  summary, details, place, people, tags, notes,"
         "  tokenize=unicode61 \"remove_diacritics=1\", prefix=\"2,3\""
         ");"},
    Step{"exhibits: original files in chunks, numbered exhibits and their links to incidents",
         "CREATE TABLE blobs ("
         "  id         INTEGER PRIMARY KEY,"
         "  sha256     BLOB UNIQUE," // NULL while being written
         "  size       INTEGER NOT NULL,"
         "  chunk_size INTEGER NOT NULL"
         ");"
         "CREATE TABLE blob_chunks ("
         "  blob INTEGER NOT NULL REFERENCES blobs(id),"
         "  idx  INTEGER NOT NULL,"
         "  data BLOB NOT NULL,"
         "  PRIMARY KEY (blob, idx)"
         ");"
         "CREATE TABLE exhibits ("
         "  number          INTEGER PRIMARY KEY AUTOINCREMENT,"
         "  id              TEXT NOT NULL UNIQUE,"
         "  label           TEXT NOT NULL UNIQUE,"
         "  blob            INTEGER," // NULL once deleted: the bytes are gone
         "  sha256          TEXT NOT NULL,"
         "  added_at        TEXT NOT NULL,"
         "  version         INTEGER NOT NULL,"
         "  deleted         INTEGER NOT NULL DEFAULT 0,"
         "  deletion_reason TEXT,"
         "  data            BLOB NOT NULL"
         ");"
         "CREATE INDEX exhibits_by_sha256 ON exhibits(sha256);"
         "CREATE TABLE incident_exhibits ("
         "  incident TEXT NOT NULL,"
         "  exhibit  INTEGER NOT NULL REFERENCES exhibits(number),"
         "  PRIMARY KEY (incident, exhibit)"
         ");"
         "CREATE INDEX incident_exhibits_by_exhibit ON incident_exhibits(exhibit);"},
    Step{"risk screening answers: the latest answer to each question (the journal keeps every earlier one)",
         "CREATE TABLE screening_answers ("
         "  id          TEXT PRIMARY KEY NOT NULL," // the journal's entity id for the question
         "  question    TEXT NOT NULL UNIQUE,"
         "  answer      TEXT NOT NULL,"
         "  recorded_at TEXT NOT NULL," // first answered
         "  changed_at  TEXT NOT NULL," // the latest answer
         "  version     INTEGER NOT NULL,"
         "  data        BLOB NOT NULL"
         ");"},
};

} // namespace

int SchemaMigrations::latestVersion()
{
    return static_cast<int>(kSteps.size());
}

int SchemaMigrations::currentVersion(SqlConnection& connection)
{
    return static_cast<int>(connection.queryInt("PRAGMA user_version"));
}

void SchemaMigrations::migrate(SqlConnection& connection, int target)
{
    const int from = currentVersion(connection);
    if (from > latestVersion())
        throw Error(Error::Kind::TooNew,
                    QCoreApplication::translate("daymark::vault",
                                                "This diary was saved by a newer version of Daymark. Install the "
                                                "newest Daymark to open it; the file has not been changed."),
                    QStringLiteral("schema %1, this program knows %2").arg(from).arg(latestVersion()));
    if (from >= target)
        return;
    Transaction transaction(connection); // a savepoint inside the caller's transaction when creating a diary
    for (int v = from; v < target; ++v) {
        connection.exec(kSteps[static_cast<std::size_t>(v)].sql);
    }
    // PRAGMA values cannot be bound; `target` is an int from this program, never user text.
    connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(target).toUtf8().constData());
    transaction.commit();
}

} // namespace daymark::vault
