// Damage anywhere in a diary file is reported, and never turns into altered data.
#include "Catch.h"
#include "TestVault.h"

#include "common/Error.h"
#include "vault/CipherSettings.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

#include <QMap>
#include <set>

using namespace daymark;
using namespace daymark::vault;
using daymark::test::fastOptions;
using daymark::test::pw;
using daymark::test::readAll;
using daymark::test::writeAll;

namespace {

using Rows = QMap<QString, QString>;

Rows readRows(Vault& vault)
{
    Rows rows;
    auto stmt = vault.connection().prepare("SELECT key, value FROM meta");
    while (stmt.step())
        rows.insert(stmt.columnText(0), stmt.columnText(1));
    return rows;
}

enum class Outcome { Refused, Reported, Unnoticed };

// Opens a damaged copy and reads everything. Fails the test if altered data comes back.
Outcome tryDamaged(const QString& path, const Rows& original)
{
    try {
        auto vault = Vault::open(path, pw("pw"), fastOptions());
        const bool reported = !vault->check().ok();
        Rows rows;
        try {
            rows = readRows(*vault);
        } catch (const Error&) {
            return reported ? Outcome::Reported : Outcome::Refused;
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            CHECK(original.value(it.key()) == it.value()); // never altered data
        return reported ? Outcome::Reported : Outcome::Unnoticed;
    } catch (const Error& e) {
        CHECK((e.kind() == Error::Kind::WrongPassword || e.kind() == Error::Kind::Corrupt));
        return Outcome::Refused;
    }
}

} // namespace

TEST_CASE("a byte flipped anywhere in the file is reported and never yields altered data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.daymark"));
    Rows original;
    {
        auto vault = Vault::create(path, pw("pw"), fastOptions());
        auto insert = vault->connection().prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
        for (int i = 0; i < 40; ++i)
            insert.bind(1, QStringLiteral("entry-%1").arg(i))
                .bind(2, QStringLiteral("he was outside again at %1 ").arg(i).repeated(40))
                .run();
        // Free pages too: SQLite's own integrity check never reads their contents.
        vault->connection().exec("DELETE FROM meta WHERE key LIKE 'entry-1%'");
        original = readRows(*vault);
    }
    const QByteArray clean = readAll(path);
    const int page = CipherSettings::kPageSize;
    const int pages = int(clean.size() / page);
    REQUIRE(pages >= 8);

    // Every byte of the salt, the edges of every page's body, IV and HMAC, and a stride through each page.
    const int padStart = page - CipherSettings::kReserveBytes + CipherSettings::kIvBytes + CipherSettings::kHmacBytes;
    std::set<qsizetype> positions;
    for (int i = 0; i < 16; ++i)
        positions.insert(i);
    for (int p = 0; p < pages; ++p) {
        const qsizetype base = qsizetype(p) * page;
        for (int offset :
             {0, 1, 16, 17, 100, 2048, page - CipherSettings::kReserveBytes - 1, page - CipherSettings::kReserveBytes,
              page - CipherSettings::kReserveBytes + 15, page - CipherSettings::kReserveBytes + 16, padStart - 1})
            if (base + offset >= 16)
                positions.insert(base + offset);
        for (int offset = 37 + p; offset < padStart; offset += 211)
            positions.insert(base + offset);
    }

    int refused = 0;
    int reported = 0;
    for (const qsizetype at : positions) {
        QByteArray damaged = clean;
        damaged[at] = char(damaged[at] ^ 0x20);
        const QString copy = dir.filePath(QStringLiteral("damaged.daymark"));
        QFile::remove(copy);
        writeAll(copy, damaged);
        const Outcome outcome = tryDamaged(copy, original);
        INFO("flipped byte at offset " << at << " (page " << at / page + 1 << ")");
        CHECK(outcome != Outcome::Unnoticed);
        refused += outcome == Outcome::Refused;
        reported += outcome == Outcome::Reported;
    }
    INFO(positions.size() << " positions: " << refused << " refused at open, " << reported << " reported by check");
    CHECK(refused + reported == int(positions.size()));
}

TEST_CASE("the unauthenticated padding at the end of each page holds no data, so a flip there alters nothing")
{
    // SQLCipher's 3.x page format keeps 12 random padding bytes after the HMAC; the format does not authenticate
    // them, so no reader can notice a change there — but nothing stored depends on them either.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.daymark"));
    Rows original;
    {
        auto vault = Vault::create(path, pw("pw"), fastOptions());
        auto insert = vault->connection().prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
        insert.bind(1, QStringLiteral("k")).bind(2, QStringLiteral("value ").repeated(2000)).run();
        original = readRows(*vault);
    }
    QByteArray bytes = readAll(path);
    const int page = CipherSettings::kPageSize;
    for (qsizetype base = 0; base < bytes.size(); base += page)
        for (int i = page - 12; i < page; ++i)
            bytes[base + i] = char(bytes[base + i] ^ 0xff);
    writeAll(path, bytes);
    auto vault = Vault::open(path, pw("pw"), fastOptions());
    CHECK(readRows(*vault) == original);
}
