// Schema migrations run in order from the first version up, and refuse diaries from a newer Daymark.
#include "Catch.h"
#include "TestVault.h"

#include "common/Error.h"
#include "vault/SchemaMigrations.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

using namespace daymark;
using namespace daymark::vault;
using daymark::test::fastOptions;
using daymark::test::pw;

namespace {

QStringList tables(SqlConnection& db)
{
    QStringList names;
    auto stmt = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (stmt.step())
        names << stmt.columnText(0);
    return names;
}

} // namespace

TEST_CASE("every schema version upgrades step by step to the latest, keeping its data")
{
    const int latest = SchemaMigrations::latestVersion();
    REQUIRE(latest >= 1);
    for (int start = 0; start <= latest; ++start) {
        DYNAMIC_SECTION("from version " << start)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("m.daymark"));
            // Make a current diary, then rebuild an empty schema at `start` in a second file via the same steps.
            auto vault = Vault::create(path, pw("pw"), fastOptions());
            auto& db = vault->connection();
            for (const QString& table : tables(db))
                db.exec(QStringLiteral("DROP TABLE %1").arg(table).toUtf8().constData());
            db.exec("PRAGMA user_version = 0");
            SchemaMigrations::migrate(db, start);
            CHECK(SchemaMigrations::currentVersion(db) == start);
            if (start >= 1) {
                auto insert = db.prepare("INSERT INTO meta(key, value) VALUES ('diary_id', ?1)");
                insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).run();
            }
            SchemaMigrations::migrate(db);
            CHECK(SchemaMigrations::currentVersion(db) == latest);
            CHECK(tables(db).contains(QStringLiteral("meta")));
            if (start >= 1)
                CHECK(db.queryInt("SELECT count(*) FROM meta WHERE key = 'diary_id'") == 1);
            CHECK(db.queryString("PRAGMA integrity_check") == QStringLiteral("ok"));
        }
    }
}

TEST_CASE("migrating is all or nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.daymark"));
    auto vault = Vault::create(path, pw("pw"), fastOptions());
    auto& db = vault->connection();
    db.exec("DROP TABLE meta");
    db.exec("CREATE TABLE meta (squatter INTEGER)"); // makes step 1 fail
    db.exec("PRAGMA user_version = 0");
    CHECK_THROWS_AS(SchemaMigrations::migrate(db), Error);
    CHECK(SchemaMigrations::currentVersion(db) == 0);
    CHECK_FALSE(db.inTransaction());
}

TEST_CASE("a diary newer than this program is refused by the migrator")
{
    QTemporaryDir dir;
    auto vault = Vault::create(dir.filePath(QStringLiteral("n.daymark")), pw("pw"), fastOptions());
    vault->connection().exec("PRAGMA user_version = 1000");
    try {
        SchemaMigrations::migrate(vault->connection());
        FAIL("migrated a newer diary");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::TooNew);
    }
}
