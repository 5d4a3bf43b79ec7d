// Tests for `daymark-cli check` on sound diaries, wrong passwords, files that are not diaries and bad paths.
#include "CliRunner.h"

#include "Catch.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <random>

using namespace daymark::test::cli;

namespace {

struct Folder
{
    QTemporaryDir dir;
    Folder() { REQUIRE(dir.isValid()); }
    QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

QByteArray randomBytes(qsizetype size, unsigned seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& b : bytes)
        b = static_cast<char>(random() & 0xff);
    return bytes;
}

void requireNotADiary(const QString& path)
{
    const FileStamp before = stampOf(path);
    const CliResult result = checkDiary(path, QStringLiteral("pw"));
    INFO(path.toStdString() << ": " << result.describe());
    CHECK(result.exitCode == 3);
    REQUIRE(result.errorLines().size() == 1);
    CHECK(isErrorSentence(result.errorLines().first()));
    CHECK(result.errorLines().first().contains(QLatin1String("not a Daymark diary")));
    CHECK(stampOf(path) == before);
}

} // namespace

TEST_CASE("check reports a fresh diary as sound, exits 0 and writes nothing", "[cli][check]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    const FileStamp before = stampOf(diary);
    const CliResult result = checkDiary(diary, QStringLiteral("pw"));
    INFO(result.describe());
    CHECK(result.exitCode == 0);
    CHECK(reportsSound(result));
    CHECK(result.out.startsWith(diary + QStringLiteral(": sound")));
    CHECK(result.errorLines().isEmpty());
    CHECK(stampOf(diary) == before);
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
}

TEST_CASE("check with a wrong password exits 3 with one line on stderr and leaves the file untouched", "[cli][check]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("right"));
    const FileStamp before = stampOf(diary);
    for (const QString& wrong : {QStringLiteral("wrong"), QStringLiteral("right "), QStringLiteral("Right"),
                                 QStringLiteral("righ"), QStringLiteral("right\n")}) {
        const CliResult result = checkDiary(diary, wrong);
        INFO("password '" << wrong.toStdString() << "': " << result.describe());
        CHECK(result.exitCode == 3);
        // The test-only key derivation adds its warning line; apart from it there is exactly one line.
        CHECK(result.insecureWarnings() == 1);
        REQUIRE(result.errorLines().size() == 1);
        CHECK(isErrorSentence(result.errorLines().first()));
        CHECK(result.errorLines().first().contains(QLatin1String("password is wrong")));
        CHECK(result.out.isEmpty());
    }
    CHECK(stampOf(diary) == before);
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
}

TEST_CASE("check of a normally made diary with a wrong password prints exactly one line on stderr", "[cli][check]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("right"), CliEnv::real());
    const FileStamp before = stampOf(diary);
    const CliResult wrong = checkDiary(diary, QStringLiteral("wrong"), CliEnv::real());
    INFO(wrong.describe());
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.count(QLatin1Char('\n')) == 1);
    CHECK(isErrorSentence(wrong.err.trimmed()));
    CHECK(stampOf(diary) == before);
    const CliResult right = checkDiary(diary, QStringLiteral("right"), CliEnv::real());
    CHECK(right.exitCode == 0);
    CHECK(right.err.isEmpty());
}

TEST_CASE("a diary made with test-only key derivation is refused when test mode is off", "[cli][check]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    const FileStamp before = stampOf(diary);
    for (const QString& command : {QStringLiteral("check"), QStringLiteral("passwd")}) {
        const CliResult result =
            runCli({command, diary}, CliEnv::real().password(QStringLiteral("pw")).newPassword(QStringLiteral("n")));
        INFO(command.toStdString() << ": " << result.describe());
        CHECK(result.exitCode == 1);
        REQUIRE(result.errorLines().size() == 1);
        CHECK(isErrorSentence(result.errorLines().first()));
        CHECK(result.errorLines().first().contains(QLatin1String("weaker than Daymark allows")));
        CHECK(result.insecureWarnings() == 0);
    }
    CHECK(stampOf(diary) == before);
}

TEST_CASE("check says a file that is not a diary is not one, exits 3 and leaves it untouched", "[cli][check]")
{
    Folder folder;
    SECTION("random bytes, three pages long")
    {
        const QString path = folder.path("random.daymark");
        writeBytes(path, randomBytes(3 * 4096, 20240611));
        requireNotADiary(path);
    }
    SECTION("a text file")
    {
        const QString path = folder.path("notes.txt");
        writeBytes(path, "Tuesday: he was outside the school gate again at 15:10.\n");
        requireNotADiary(path);
    }
    SECTION("an empty file")
    {
        const QString path = folder.path("empty.daymark");
        writeBytes(path, QByteArray());
        requireNotADiary(path);
    }
    SECTION("a file shorter than the salt")
    {
        const QString path = folder.path("short.daymark");
        writeBytes(path, randomBytes(15, 7));
        requireNotADiary(path);
    }
    SECTION("a plain SQLite header followed by zeros")
    {
        const QString path = folder.path("header.db");
        QByteArray bytes("SQLite format 3", 16);
        bytes.append(QByteArray(2 * 4096 - 16, '\0'));
        writeBytes(path, bytes);
        requireNotADiary(path);
    }
    SECTION("an unencrypted SQLite database made by Python")
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString path = folder.path("plain.db");
        const CliResult made =
            python.isEmpty()
                ? CliResult{}
                : runProgram(python,
                             {QStringLiteral("-c"),
                              QStringLiteral("import sqlite3, sys\n"
                                             "c = sqlite3.connect(sys.argv[1])\n"
                                             "c.execute('CREATE TABLE incident(id INTEGER PRIMARY KEY, text TEXT)')\n"
                                             "c.execute(\"INSERT INTO incident(text) VALUES ('followed home')\")\n"
                                             "c.commit()\n"),
                              path},
                             CliEnv::fast());
        if (made.exitCode != 0 || !QFileInfo::exists(path)) {
            WARN(
                "python3 with sqlite3 is not available, so a plain SQLite database was not tried: " << made.describe());
            return;
        }
        REQUIRE(readBytes(path).startsWith("SQLite format 3"));
        requireNotADiary(path);
    }
}

TEST_CASE("check on a folder fails with a sentence", "[cli][check]")
{
    Folder folder;
    const CliResult result = checkDiary(folder.dir.path(), QStringLiteral("pw"));
    INFO(result.describe());
    CHECK(result.exitCode != 0);
    CHECK(result.exitCode != -1);
    REQUIRE(result.errorLines().size() == 1);
    CHECK(isErrorSentence(result.errorLines().first()));
    CHECK(result.errorLines().first().contains(QLatin1String("folder")));
    CHECK(entriesOf(folder.dir.path()).isEmpty());
}

TEST_CASE("check on a path where there is no file exits 5 and creates nothing", "[cli][check]")
{
    Folder folder;
    const QString path = folder.path("missing.daymark");
    const CliResult result = checkDiary(path, QStringLiteral("pw"));
    INFO(result.describe());
    CHECK(result.exitCode == 5);
    REQUIRE(result.errorLines().size() == 1);
    CHECK(isErrorSentence(result.errorLines().first()));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(entriesOf(folder.dir.path()).isEmpty());
}
