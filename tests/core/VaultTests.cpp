// Tests for vault/Vault: creating, opening, locking and refusing bad input without touching existing files.
#include "Catch.h"
#include "TestVault.h"

#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "vault/CipherSettings.h"
#include "vault/SchemaMigrations.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <functional>
#include <sys/stat.h>

using namespace daymark;
using namespace daymark::vault;
using daymark::test::fastOptions;
using daymark::test::pw;
using daymark::test::readAll;
using daymark::test::writeAll;

namespace {

Error::Kind kindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::Internal;
}

void putMeta(Vault& vault, const QString& key, const QString& value)
{
    auto stmt = vault.connection().prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    stmt.bind(1, key).bind(2, value).run();
}

QString getMeta(Vault& vault, const QString& key)
{
    auto stmt = vault.connection().prepare("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    return stmt.step() ? stmt.columnText(0) : QString();
}

struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const FileState&) const = default;
};

FileState stateOf(const QString& path)
{
    return {readAll(path), QFileInfo(path).lastModified()};
}

} // namespace

TEST_CASE("a new diary is private, opens with its password and has no plaintext header")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.daymark"));
    const QUuid id = Vault::create(path, pw("correct horse"), fastOptions())->diaryId();
    CHECK_FALSE(id.isNull());

    struct stat st
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    const QByteArray bytes = readAll(path);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK(bytes.size() % CipherSettings::kPageSize == 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));

    const auto vault = Vault::open(path, pw("correct horse"), fastOptions());
    CHECK(vault->diaryId() == id);
    CHECK(std::abs(vault->createdAt().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(vault->createdAt().timeSpec() == Qt::UTC);
    CHECK(vault->schemaVersion() == SchemaMigrations::latestVersion());
    CHECK(vault->check().ok());
    CHECK(Vault::readKdfParams(path) == crypto::KdfParams::insecureForTests());
}

TEST_CASE("two diaries made with the same password differ from their first byte")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.daymark"));
    const QString b = dir.filePath(QStringLiteral("b.daymark"));
    Vault::create(a, pw("same"), fastOptions());
    Vault::create(b, pw("same"), fastOptions());
    const QByteArray headA = readAll(a).left(16);
    const QByteArray headB = readAll(b).left(16);
    int differing = 0;
    for (int i = 0; i < 16; ++i)
        differing += headA[i] != headB[i];
    CHECK(differing >= 12);
}

TEST_CASE("a canary written into the diary never appears in the file's bytes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.daymark"));
    const QString canary = QStringLiteral("CANARY-he-said-he-knows-where-I-live-7731");
    {
        auto vault = Vault::create(path, pw("pw"), fastOptions());
        putMeta(*vault, QStringLiteral("canary"), canary.repeated(50));
        vault->changePassword(pw("pw2"));
        putMeta(*vault, QStringLiteral("canary2"), canary);
    }
    for (const QString& file : QDir(dir.path()).entryList(QDir::Files)) {
        const QByteArray bytes = readAll(dir.filePath(file));
        CHECK_FALSE(bytes.contains(canary.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2)));
        CHECK_FALSE(bytes.contains("CANARY"));
    }
    auto vault = Vault::open(path, pw("pw2"), fastOptions());
    CHECK(getMeta(*vault, QStringLiteral("canary2")) == canary);
}

TEST_CASE("a wrong password is refused and leaves the diary untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.daymark"));
    Vault::create(path, pw("right"), fastOptions());
    const FileState before = stateOf(path);
    CHECK(kindOf([&] { Vault::open(path, pw("wrong"), fastOptions()); }) == Error::Kind::WrongPassword);
    CHECK(kindOf([&] { Vault::open(path, pw("Right"), fastOptions()); }) == Error::Kind::WrongPassword);
    CHECK(stateOf(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
    CHECK_NOTHROW(Vault::open(path, pw("right"), fastOptions()));
}

TEST_CASE("a locked diary closes its connection and refuses use")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.daymark"));
    auto vault = Vault::create(path, pw("pw"), fastOptions());
    CHECK_FALSE(vault->isLocked());
    vault->lock();
    CHECK(vault->isLocked());
    CHECK(kindOf([&] { vault->connection(); }) == Error::Kind::Locked);
    CHECK(kindOf([&] { vault->check(); }) == Error::Kind::Locked);
    // With every handle closed, another writer can take the file at once.
    auto other = Vault::open(path, pw("pw"), fastOptions());
    CHECK_NOTHROW(putMeta(*other, QStringLiteral("k"), QStringLiteral("v")));
}

TEST_CASE("creating never overwrites an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.daymark"));
    writeAll(path, QByteArrayLiteral("someone's important file"));
    CHECK(kindOf([&] { Vault::create(path, pw("pw"), fastOptions()); }) == Error::Kind::AlreadyExists);
    CHECK(readAll(path) == "someone's important file");
    CHECK(kindOf([&] {
              Vault::create(dir.filePath(QStringLiteral("no/such/folder/x.daymark")), pw("pw"), fastOptions());
          }) == Error::Kind::NotFound);
    CHECK(kindOf([&] { Vault::create(dir.filePath(QStringLiteral("e.daymark")), pw(""), fastOptions()); }) ==
          Error::Kind::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("e.daymark"))));
}

TEST_CASE("key-derivation settings below the floor are refused unless insecure test mode is explicit")
{
    QTemporaryDir dir;
    const QString weak = dir.filePath(QStringLiteral("weak.daymark"));
    VaultOptions enforcing;
    enforcing.kdf = crypto::KdfParams{32 * 1024, 3, 1};
    CHECK(kindOf([&] { Vault::create(weak, pw("pw"), enforcing); }) == Error::Kind::InsecureSettings);
    CHECK_FALSE(QFileInfo::exists(weak));

    Vault::create(weak, pw("pw"), fastOptions());
    const FileState before = stateOf(weak);
    CHECK(kindOf([&] { Vault::open(weak, pw("pw"), VaultOptions{}); }) == Error::Kind::InsecureSettings);
    CHECK(stateOf(weak) == before);
    CHECK_NOTHROW(Vault::open(weak, pw("pw"), fastOptions()));
}

TEST_CASE("a diary made with the recommended settings meets the floor and opens")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.daymark"));
    Vault::create(path, pw("a real password"));
    const auto params = Vault::readKdfParams(path);
    CHECK(params == crypto::KdfParams::recommended());
    CHECK(params.memoryKiB >= crypto::KdfParams::kFloorMemoryKiB);
    CHECK_NOTHROW(Vault::open(path, pw("a real password")));
}

TEST_CASE("files that are not diaries are refused with a sentence and left alone")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    writeAll(plain, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeAll(text, QByteArray("dear diary, today ").repeated(300));
    const QString empty = dir.filePath(QStringLiteral("empty.daymark"));
    writeAll(empty, QByteArray());
    for (const QString& path : {plain, text, empty}) {
        const FileState before = stateOf(path);
        try {
            Vault::open(path, pw("pw"), fastOptions());
            FAIL("opened " << path);
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::WrongPassword);
            CHECK(e.message().endsWith(QLatin1Char('.')));
        }
        CHECK(stateOf(path) == before);
    }
    CHECK(kindOf([&] { Vault::open(dir.filePath(QStringLiteral("missing.daymark")), pw("pw"), fastOptions()); }) ==
          Error::Kind::NotFound);
    CHECK(kindOf([&] { Vault::open(dir.path(), pw("pw"), fastOptions()); }) == Error::Kind::InvalidInput);
}

TEST_CASE("a truncated diary is reported as damaged and never opens")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.daymark"));
    {
        auto vault = Vault::create(path, pw("pw"), fastOptions());
        putMeta(*vault, QStringLiteral("big"), QStringLiteral("x").repeated(30000));
    }
    const QByteArray full = readAll(path);
    REQUIRE(full.size() >= 5 * CipherSettings::kPageSize);
    for (const qsizetype cut : {qsizetype(10), qsizetype(4000), qsizetype(4096 + 100), full.size() - 1,
                                full.size() - 4096, qsizetype(8192)}) {
        const QString copy = dir.filePath(QStringLiteral("cut-%1.daymark").arg(cut));
        writeAll(copy, full.left(cut));
        bool refused = false;
        try {
            auto vault = Vault::open(copy, pw("pw"), fastOptions());
            refused = !vault->check().ok();
        } catch (const Error& e) {
            refused = e.kind() == Error::Kind::Corrupt || e.kind() == Error::Kind::WrongPassword;
        }
        CHECK(refused);
    }
}

TEST_CASE("a diary from a newer Daymark is refused without being changed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.daymark"));
    {
        auto vault = Vault::create(path, pw("pw"), fastOptions());
        vault->connection().exec("PRAGMA user_version = 999");
    }
    const FileState before = stateOf(path);
    CHECK(kindOf([&] { Vault::open(path, pw("pw"), fastOptions()); }) == Error::Kind::TooNew);
    CHECK(stateOf(path) == before);
}

TEST_CASE("a read-only open never writes and refuses changes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daymark"));
    Vault::create(path, pw("pw"), fastOptions());
    const FileState before = stateOf(path);
    auto options = fastOptions();
    options.readOnly = true;
    auto vault = Vault::open(path, pw("pw"), options);
    CHECK(vault->check().ok());
    CHECK(kindOf([&] { putMeta(*vault, QStringLiteral("k"), QStringLiteral("v")); }) == Error::Kind::ReadOnly);
    CHECK(kindOf([&] { vault->changePassword(pw("new")); }) == Error::Kind::ReadOnly);
    vault.reset();
    CHECK(stateOf(path) == before);
}

TEST_CASE("the diary is a standard SQLCipher file that the sqlcipher shell opens with the raw key")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.daymark"));
    const QUuid id = Vault::create(path, pw("pw"), fastOptions())->diaryId();
    const QString out = test::sqlcipherShell(path, "pw", "SELECT value FROM meta WHERE key = 'diary_id';");
    CHECK(out.contains(id.toString(QUuid::WithoutBraces)));
    CHECK_FALSE(
        test::sqlcipherShell(path, "wrong", "SELECT value FROM meta;").contains(id.toString(QUuid::WithoutBraces)));
}
