// Schema steps. SQL must run on SQLite 3.15 (Debian 12's SQLCipher 3.4.1): no window functions, no UPSERT, no JSON1.
#include "vault/SchemaMigrations.h"

#include "common/Error.h"
#include "vault/SqlConnection.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <array>
#include <optional>

namespace daymark::vault {
namespace {

struct Step
{
    const char* description;
    const char* sql;
};

// Index i holds the step that takes a diary from version i to version i + 1.
constexpr std::array kSteps{
    Step{"diary settings and identity",
         "CREATE TABLE meta ("
         "  key   TEXT PRIMARY KEY NOT NULL,"
         "  value TEXT NOT NULL"
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
    // Joins the caller's transaction when there is one (creating a diary), else runs in its own.
    std::optional<Transaction> transaction;
    if (!connection.inTransaction())
        transaction.emplace(connection);
    for (int v = from; v < target; ++v) {
        connection.exec(kSteps[static_cast<std::size_t>(v)].sql);
    }
    // PRAGMA values cannot be bound; `target` is an int from this program, never user text.
    connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(target).toUtf8().constData());
    if (transaction)
        transaction->commit();
}

} // namespace daymark::vault
