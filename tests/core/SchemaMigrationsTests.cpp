// Schema migrations run in order from the first version up, and refuse diaries from a newer Daymark.
#include "Catch.h"
#include "TestVault.h"

#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "vault/CipherSettings.h"
#include "vault/DurableFile.h"
#include "vault/KdfHeader.h"
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

// Writes a diary file exactly as a Daymark whose newest schema was `version` would have left it.
void makeDiaryAtVersion(const QString& path, int version)
{
    const KdfHeader header = KdfHeader::generate(crypto::KdfParams::insecureForTests());
    const auto key = crypto::deriveKey(pw("pw"), header.salt, header.params);
    DurableFile::createPrivate(path);
    SqlConnection db(path, SqlConnection::Mode::ReadWrite);
    CipherSettings::apply(db, key, header.salt);
    db.exec("PRAGMA application_id = 1146703179"); // Vault::kApplicationId
    SchemaMigrations::migrate(db, version);
    if (version >= 1)
        db.exec("INSERT INTO meta(key, value) VALUES ('diary_id', 'a3c2a0de-8a4b-4c55-9d6e-0d5c1b7e2f10')");
}

} // namespace

TEST_CASE("a diary made at every earlier schema version opens, upgrades to the latest and keeps its data")
{
    const int latest = SchemaMigrations::latestVersion();
    REQUIRE(latest >= 2);
    REQUIRE(Vault::kApplicationId == 1146703179);
    for (int start = 0; start <= latest; ++start) {
        DYNAMIC_SECTION("from version " << start)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("m.daymark"));
            makeDiaryAtVersion(path, start);
            auto vault = Vault::open(path, pw("pw"), fastOptions());
            auto& db = vault->connection();
            CHECK(SchemaMigrations::currentVersion(db) == latest);
            CHECK(tables(db).contains(QStringLiteral("meta")));
            CHECK(tables(db).contains(QStringLiteral("journal")));
            if (start >= 1)
                CHECK(vault->diaryId() == QUuid::fromString(QStringLiteral("a3c2a0de-8a4b-4c55-9d6e-0d5c1b7e2f10")));
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
    db.exec("DROP TABLE journal");
    db.exec("DROP TABLE signing_key");
    db.exec("CREATE TABLE signing_key (squatter INTEGER)"); // makes step 2 fail after it created other tables
    db.exec("PRAGMA user_version = 1");
    CHECK_THROWS_AS(SchemaMigrations::migrate(db), Error);
    CHECK(SchemaMigrations::currentVersion(db) == 1);
    CHECK_FALSE(tables(db).contains(QStringLiteral("journal"))); // step 2's first table was rolled back
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
