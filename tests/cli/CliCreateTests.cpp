// Tests for `daymark-cli create`: the file it writes, what it refuses, and where the password comes from.
#include "CliRunner.h"

#include "Catch.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace daymark::test::cli;

namespace {

struct Folder
{
    QTemporaryDir dir;
    Folder() { REQUIRE(dir.isValid()); }
    QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

// A new diary reveals nothing: no SQLite header and none of the plaintext the schema and metadata contain.
void requireOpaque(const QString& path, const QByteArray& password)
{
    const QByteArray bytes = readBytes(path);
    INFO(path.toStdString());
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    for (const QByteArray& plain : {QByteArray("SQLite format 3"), QByteArray("CREATE TABLE"), QByteArray("meta"),
                                    QByteArray("diary_id"), QByteArray("created_at"), password})
        CHECK_FALSE(bytes.contains(plain));
    CHECK(bytes.size() % 4096 == 0);
}

} // namespace

TEST_CASE("create writes a diary only its owner may read or write, which then checks sound", "[cli][create]")
{
    Folder folder;
    const QString diary = folder.path("d.daymark");
    const QString password = QStringLiteral("correct horse battery staple");
    const CliResult result = runCli({QStringLiteral("create"), diary}, CliEnv::fast().password(password));
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("Created")));
    CHECK(result.errorLines().isEmpty());
    CHECK(result.insecureWarnings() == 1);
    CHECK((stampOf(diary).mode & 07777) == 0600);
    requireOpaque(diary, password.toUtf8());
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
    const CliResult check = checkDiary(diary, password);
    INFO(check.describe());
    CHECK(reportsSound(check));
}

TEST_CASE("create makes the diary private even when the umask would allow everyone to write", "[cli][create]")
{
    Folder folder;
    const QString diary = folder.path("d.daymark");
    QProcess process;
    process.setProcessEnvironment(CliEnv::fast().password(QStringLiteral("pw")).environment());
    process.setChildProcessModifier([] { ::umask(0); });
    process.start(cliPath(), {QStringLiteral("create"), diary});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    CHECK((stampOf(diary).mode & 07777) == 0600);
}

TEST_CASE("two diaries made with the same password differ from their first bytes on", "[cli][create]")
{
    Folder folder;
    const QByteArray a = readBytes(createDiary(folder.path("a.daymark"), QStringLiteral("same password")));
    const QByteArray b = readBytes(createDiary(folder.path("b.daymark"), QStringLiteral("same password")));
    REQUIRE(a.size() >= 16);
    REQUIRE(b.size() >= 16);
    CHECK(a.left(16) != b.left(16));
    CHECK(a.mid(16, 4080) != b.mid(16, 4080));
}

TEST_CASE("create refuses an existing file with exit 5 and leaves it byte for byte unchanged", "[cli][create]")
{
    Folder folder;
    SECTION("an existing diary")
    {
        const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
        const FileStamp before = stampOf(diary);
        const CliResult result =
            runCli({QStringLiteral("create"), diary}, CliEnv::fast().password(QStringLiteral("other")));
        INFO(result.describe());
        CHECK(result.exitCode == 5);
        REQUIRE(result.errorLines().size() == 1);
        CHECK(isErrorSentence(result.errorLines().first()));
        CHECK(result.err.contains(QLatin1String("already exists")));
        CHECK(stampOf(diary) == before);
        CHECK(checkDiary(diary, QStringLiteral("pw")).exitCode == 0);
    }
    SECTION("an existing text file")
    {
        const QString path = folder.path("notes.daymark");
        writeBytes(path, "my notes\n");
        const FileStamp before = stampOf(path);
        const CliResult result =
            runCli({QStringLiteral("create"), path}, CliEnv::fast().password(QStringLiteral("pw")));
        INFO(result.describe());
        CHECK(result.exitCode == 5);
        CHECK(explainsFailure(result));
        CHECK(stampOf(path) == before);
    }
    CHECK_FALSE(QFileInfo::exists(folder.path("d.daymark-journal")));
}

TEST_CASE("create in a folder that does not exist exits 5 with a sentence", "[cli][create]")
{
    Folder folder;
    const CliResult result = runCli({QStringLiteral("create"), folder.path("missing/d.daymark")},
                                    CliEnv::fast().password(QStringLiteral("pw")));
    INFO(result.describe());
    CHECK(result.exitCode == 5);
    CHECK(explainsFailure(result));
    CHECK(entriesOf(folder.dir.path()).isEmpty());
}

TEST_CASE("create refuses an empty password and writes nothing", "[cli][create]")
{
    Folder folder;
    const QString diary = folder.path("d.daymark");
    SECTION("from the environment")
    {
        const CliResult result = runCli({QStringLiteral("create"), diary}, CliEnv::fast().password(QString()));
        INFO(result.describe());
        CHECK(result.exitCode == 2);
        CHECK(explainsFailure(result));
        CHECK(result.err.contains(QLatin1String("empty")));
    }
    SECTION("from a password file whose first line is empty")
    {
        const QString file = folder.path("pw.txt");
        writeBytes(file, "\nsecond line\n");
        const CliResult result =
            runCli({QStringLiteral("create"), QStringLiteral("--password-file"), file, diary}, CliEnv::fast());
        INFO(result.describe());
        CHECK(result.exitCode == 2);
        CHECK(explainsFailure(result));
    }
    SECTION("from an empty password file")
    {
        const QString file = folder.path("pw.txt");
        writeBytes(file, "");
        const CliResult result =
            runCli({QStringLiteral("create"), QStringLiteral("--password-file"), file, diary}, CliEnv::fast());
        INFO(result.describe());
        CHECK(result.exitCode == 2);
        CHECK(explainsFailure(result));
    }
    CHECK_FALSE(QFileInfo::exists(diary));
}

TEST_CASE("create with an unreadable password file exits non-zero, names the file and writes nothing", "[cli][create]")
{
    Folder folder;
    const QString diary = folder.path("d.daymark");
    const QString missing = folder.path("no-such-password-file");
    const CliResult result = runCli({QStringLiteral("create"), QStringLiteral("--password-file"), missing, diary},
                                    CliEnv::fast().password(QStringLiteral("env password")));
    INFO(result.describe());
    CHECK(result.exitCode != 0);
    CHECK(explainsFailure(result));
    CHECK(result.err.contains(missing));
    CHECK_FALSE(QFileInfo::exists(diary));
}

TEST_CASE("only the first line of a password file is the password", "[cli][create]")
{
    Folder folder;
    const QString file = folder.path("pw.txt");
    QByteArray content;
    SECTION("LF")
    {
        content = "pw\nsomething";
    }
    SECTION("CRLF")
    {
        content = "pw\r\nsomething\r\n";
    }
    SECTION("no line end")
    {
        content = "pw";
    }
    writeBytes(file, content);
    const QString diary = folder.path("d.daymark");
    const CliResult created =
        runCli({QStringLiteral("create"), QStringLiteral("--password-file"), file, diary}, CliEnv::fast());
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);

    const CliResult withFirstLine = checkDiary(diary, QStringLiteral("pw"));
    INFO(withFirstLine.describe());
    CHECK(withFirstLine.exitCode == 0);
    const CliResult withWholeFile = checkDiary(diary, QString::fromLatin1(content));
    CHECK(withWholeFile.exitCode == (content == "pw" ? 0 : 3));
    const CliResult withFile =
        runCli({QStringLiteral("check"), QStringLiteral("--password-file"), file, diary}, CliEnv::fast());
    CHECK(withFile.exitCode == 0);
}

TEST_CASE("DAYMARK_PASSWORD is the password when there is no password file", "[cli][create]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("correct horse ✓"));
    CHECK(checkDiary(diary, QStringLiteral("correct horse ✓")).exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("correct horse")).exitCode == 3);
    const QString file = folder.path("pw.txt");
    writeBytes(file, QStringLiteral("correct horse ✓\n").toUtf8());
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--password-file"), file, diary}, CliEnv::fast()).exitCode ==
          0);
}

TEST_CASE("the --password-file option takes precedence over DAYMARK_PASSWORD", "[cli][create]")
{
    Folder folder;
    const QString file = folder.path("pw.txt");
    writeBytes(file, "from the file\n");
    const QString diary = folder.path("d.daymark");
    const CliResult created = runCli({QStringLiteral("create"), QStringLiteral("--password-file"), file, diary},
                                     CliEnv::fast().password(QStringLiteral("from the environment")));
    INFO(created.describe());
    REQUIRE(created.exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("from the file")).exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("from the environment")).exitCode == 3);
    const CliResult checked = runCli({QStringLiteral("check"), QStringLiteral("--password-file"), file, diary},
                                     CliEnv::fast().password(QStringLiteral("from the environment")));
    CHECK(checked.exitCode == 0);
}
