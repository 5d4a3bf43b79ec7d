// Tests that `daymark-cli check` never calls a damaged diary sound: cut-short files, appended bytes and single flipped
// bytes in the salt, the page bodies, the IVs, the HMACs and the reserve padding of every page.
#include "CliRunner.h"

#include "Catch.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

using namespace daymark::test::cli;

namespace {

constexpr qint64 kPage = 4096;
// SQLCipher 3 page layout with Daymark's settings: ciphertext, then a 48-byte reserve holding a 16-byte IV, a 20-byte
// HMAC-SHA1 and 12 bytes of padding.
constexpr qint64 kIvOffset = kPage - 48;
constexpr qint64 kHmacOffset = kIvOffset + 16;
constexpr qint64 kPaddingOffset = kHmacOffset + 20;

struct Damage
{
    qint64 position;
    unsigned char mask;
};

struct TamperFixture
{
    QTemporaryDir dir;
    QString original;
    QByteArray bytes;

    TamperFixture()
    {
        REQUIRE(dir.isValid());
        original = createDiary(dir.filePath(QStringLiteral("original.daymark")), QStringLiteral("pw"));
        bytes = readBytes(original);
        REQUIRE(bytes.size() >= 2 * kPage);
        REQUIRE(bytes.size() % kPage == 0);
    }

    qint64 pages() const { return bytes.size() / kPage; }

    // Writes a copy with each damage applied and checks them (a few at a time); none may be called sound.
    void requireDetected(const std::vector<Damage>& damages)
    {
        std::vector<QByteArray> copies;
        std::vector<CliInvocation> runs;
        const CliEnv env = CliEnv::fast().password(QStringLiteral("pw"));
        for (size_t i = 0; i < damages.size(); ++i) {
            QByteArray copy = bytes;
            copy[damages[i].position] = static_cast<char>(copy.at(damages[i].position) ^ damages[i].mask);
            const QString path = dir.filePath(QStringLiteral("damaged-%1.daymark").arg(i));
            writeBytes(path, copy);
            copies.push_back(copy);
            runs.push_back({{QStringLiteral("check"), path}, env});
        }
        const auto results = runCliBatch(runs);
        for (size_t i = 0; i < damages.size(); ++i) {
            const Damage& damage = damages[i];
            const CliResult& result = results[i];
            INFO("byte " << damage.position << " (page " << damage.position / kPage + 1 << ", offset "
                         << damage.position % kPage << ") xor 0x" << std::hex << int(damage.mask) << std::dec << ": "
                         << result.describe());
            CHECK(result.exitCode != 0);
            CHECK((result.exitCode == 3 || result.exitCode == 4));
            CHECK(explainsFailure(result));
            CHECK(readBytes(runs[i].arguments.at(1)) == copies[i]); // check never writes, not even to a damaged file
            QFile::remove(runs[i].arguments.at(1));
        }
    }

    void requireOriginalStillSound()
    {
        REQUIRE(readBytes(original) == bytes);
        const CliResult result = checkDiary(original, QStringLiteral("pw"));
        INFO(result.describe());
        CHECK(result.exitCode == 0);
        CHECK(reportsSound(result));
    }

    // Every authenticated region of every page: the first and last ciphertext bytes, a few in between, the IV and the
    // HMAC (all twelve positions on the first three pages; a ciphertext and an HMAC byte on every later page, so a
    // growing schema keeps the test quick). Page 1's first 16 bytes are the salt and are tested on their own.
    std::vector<Damage> authenticatedPositions() const
    {
        std::vector<Damage> damages;
        const unsigned char masks[] = {0x01, 0x80, 0x10, 0xff};
        int n = 0;
        for (qint64 page = 0; page < pages(); ++page) {
            const qint64 base = page * kPage;
            const qint64 firstBody = page == 0 ? 16 : 0;
            const std::vector<qint64> all{firstBody,
                                          firstBody + 1,
                                          100,
                                          1000,
                                          2048,
                                          3000,
                                          kIvOffset - 1,
                                          kIvOffset,
                                          kIvOffset + 15,
                                          kHmacOffset,
                                          kHmacOffset + 10,
                                          kPaddingOffset - 1};
            const std::vector<qint64> some{2048 + page % 1000, kHmacOffset + page % 20};
            for (const qint64 offset : page < 3 ? all : some)
                damages.push_back({base + offset, masks[n++ % 4]});
        }
        return damages;
    }
};

} // namespace

TEST_CASE("check never calls a cut-short diary sound", "[cli][check][tamper]")
{
    TamperFixture fixture;
    const qint64 size = fixture.bytes.size();
    // Mid-page cuts and cuts at page boundaries (the file then has a plausible length but is missing pages).
    for (const qint64 length : {qint64(16), qint64(17), qint64(100), kPage - 1, kPage, kPage + 1, kPage + 2000,
                                2 * kPage, 2 * kPage + 1, size - 48, size - 1}) {
        const QString path = fixture.dir.filePath(QStringLiteral("cut.daymark"));
        writeBytes(path, fixture.bytes.left(length));
        const CliResult result = checkDiary(path, QStringLiteral("pw"));
        INFO("cut to " << length << " of " << size << " bytes: " << result.describe());
        CHECK(result.exitCode != 0);
        CHECK((result.exitCode == 3 || result.exitCode == 4));
        CHECK(explainsFailure(result));
    }
    fixture.requireOriginalStillSound();
}

TEST_CASE("check never calls a diary with bytes appended sound", "[cli][check][tamper]")
{
    TamperFixture fixture;
    for (const qint64 extra : {qint64(1), qint64(100), kPage}) {
        const QString path = fixture.dir.filePath(QStringLiteral("longer.daymark"));
        writeBytes(path, fixture.bytes + QByteArray(extra, '\x5a'));
        const CliResult result = checkDiary(path, QStringLiteral("pw"));
        INFO(extra << " bytes appended: " << result.describe());
        CHECK((result.exitCode == 3 || result.exitCode == 4));
        CHECK(explainsFailure(result));
    }
    fixture.requireOriginalStillSound();
}

TEST_CASE("a flipped byte in the random part of the salt makes check refuse the diary", "[cli][check][tamper]")
{
    TamperFixture fixture;
    std::vector<Damage> damages;
    for (qint64 position = 0; position < 12; ++position) {
        for (const unsigned char mask : {0x01, 0x80})
            damages.push_back({position, mask});
    }
    fixture.requireDetected(damages);
    fixture.requireOriginalStillSound();
}

TEST_CASE("a flipped bit in the masked key-derivation settings makes check refuse the diary with a sentence",
          "[cli][check][tamper]")
{
    TamperFixture fixture;
    std::vector<Damage> damages;
    for (qint64 position = 12; position < 16; ++position) {
        for (int bit = 0; bit < 8; ++bit)
            damages.push_back({position, static_cast<unsigned char>(1u << bit)});
    }
    fixture.requireDetected(damages);
    fixture.requireOriginalStillSound();
}

TEST_CASE("a flipped byte in any page's ciphertext, IV or HMAC makes check fail and never report sound",
          "[cli][check][tamper]")
{
    TamperFixture fixture;
    const auto damages = fixture.authenticatedPositions();
    const qint64 pages = fixture.pages();
    CHECK(qint64(damages.size()) == 12 * std::min<qint64>(pages, 3) + 2 * std::max<qint64>(pages - 3, 0));
    fixture.requireDetected(damages);
    fixture.requireOriginalStillSound();
}

// A limitation of the SQLCipher 3 page format that check inherits and the README states: each page's 48-byte reserve
// holds a 16-byte IV and a 20-byte HMAC-SHA1, and the last 12 bytes (offsets 4084-4095 of every page) are random
// padding no HMAC covers. A change there cannot be noticed — but it cannot change what the diary says either: the
// diary still checks sound with the same fingerprint, and every record reads back the same.
TEST_CASE("a flipped byte in a page's unauthenticated padding changes nothing the diary says", "[cli][check][tamper]")
{
    TamperFixture fixture;
    QByteArray copy = fixture.bytes;
    for (qint64 page = 0; page < fixture.pages(); ++page)
        copy[page * kPage + kPaddingOffset + page % 12] ^= char(0x01);
    const QString damaged = fixture.dir.filePath(QStringLiteral("padding.daymark"));
    writeBytes(damaged, copy);
    const CliEnv env = CliEnv::fast().password(QStringLiteral("pw"));
    const CliResult before = runCli({QStringLiteral("fingerprint"), fixture.original}, env);
    const CliResult after = runCli({QStringLiteral("fingerprint"), damaged}, env);
    INFO(before.describe() << "\n" << after.describe());
    CHECK(before.exitCode == 0);
    CHECK(after.exitCode == 0);
    CHECK(after.out == before.out);
    const CliResult listBefore = runCli({QStringLiteral("list"), fixture.original, QStringLiteral("--json")}, env);
    const CliResult listAfter = runCli({QStringLiteral("list"), damaged, QStringLiteral("--json")}, env);
    CHECK(listAfter.exitCode == 0);
    CHECK(listAfter.out == listBefore.out);
    CHECK(checkDiary(damaged, QStringLiteral("pw")).exitCode == 0);
}
