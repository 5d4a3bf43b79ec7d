// Tests for daymark-cli's command line itself: --version, --help, wrong usage and missing password sources.
#include "CliRunner.h"

#include "Catch.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace daymark::test::cli;

namespace {

void requireUsageError(const CliResult& result)
{
    INFO(result.describe());
    CHECK(result.exitCode == 2);
    const QStringList errors = result.errorLines();
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(isErrorSentence(errors.first()));
}

} // namespace

TEST_CASE("the --version option prints the program, Qt and Botan versions and exits 0", "[cli][usage]")
{
    const CliResult result = runCli({QStringLiteral("--version")}, CliEnv::fast());
    INFO(result.describe());
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("daymark-cli %1 (Qt ").arg(QStringLiteral(DAYMARK_VERSION))));
    CHECK(result.out.contains(QLatin1String("Botan ")));
    CHECK(result.err.isEmpty());
}

TEST_CASE("the --help option lists every command and the exit codes and exits 0", "[cli][usage]")
{
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CliResult result = runCli({flag}, CliEnv::fast());
        INFO(flag.toStdString() << ": " << result.describe());
        CHECK(result.exitCode == 0);
        CHECK(result.out.startsWith(QLatin1String("Usage: daymark-cli")));
        for (const char* command : {"create DIARY", "check DIARY", "passwd DIARY"})
            CHECK(result.out.contains(QLatin1String(command)));
        CHECK(result.out.contains(QLatin1String("Exit codes")));
        CHECK(result.err.isEmpty());
    }
}

TEST_CASE("a command's --help describes its argument and password options", "[cli][usage]")
{
    for (const QString& command : {QStringLiteral("create"), QStringLiteral("check"), QStringLiteral("passwd")}) {
        const CliResult result = runCli({command, QStringLiteral("--help")}, CliEnv::fast());
        INFO(command.toStdString() << ": " << result.describe());
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QLatin1String("DIARY")));
        CHECK(result.out.contains(QLatin1String("--password-file")));
    }
    const CliResult passwd = runCli({QStringLiteral("passwd"), QStringLiteral("--help")}, CliEnv::fast());
    CHECK(passwd.out.contains(QLatin1String("--new-password-file")));
}

TEST_CASE("running without a command exits 2 with a sentence and the usage", "[cli][usage]")
{
    const CliResult result = runCli({}, CliEnv::fast());
    requireUsageError(result);
    CHECK(result.err.contains(QLatin1String("no command given")));
    CHECK(result.err.contains(QLatin1String("Usage: daymark-cli")));
    CHECK(result.out.isEmpty());
}

TEST_CASE("an unknown command exits 2 and names the command", "[cli][usage]")
{
    const CliResult result = runCli({QStringLiteral("frobnicate"), QStringLiteral("x.daymark")}, CliEnv::fast());
    requireUsageError(result);
    CHECK(result.errorLines().first().contains(QLatin1String("'frobnicate'")));
    CHECK(result.out.isEmpty());
}

TEST_CASE("a command without its DIARY argument exits 2 with a sentence", "[cli][usage]")
{
    for (const QString& command : {QStringLiteral("create"), QStringLiteral("check"), QStringLiteral("passwd")}) {
        INFO(command.toStdString());
        const CliResult result = runCli({command}, CliEnv::fast().password(QStringLiteral("pw")));
        requireUsageError(result);
        CHECK(result.err.contains(QStringLiteral("%1 --help'").arg(command)));
    }
}

TEST_CASE("a command with an extra argument exits 2 and creates nothing", "[cli][usage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString& command : {QStringLiteral("create"), QStringLiteral("check"), QStringLiteral("passwd")}) {
        INFO(command.toStdString());
        const CliResult result =
            runCli({command, dir.filePath(QStringLiteral("a.daymark")), dir.filePath(QStringLiteral("b.daymark"))},
                   CliEnv::fast().password(QStringLiteral("pw")).newPassword(QStringLiteral("pw2")));
        requireUsageError(result);
    }
    CHECK(entriesOf(dir.path()).isEmpty());
}

TEST_CASE("an unknown option exits 2 with a sentence", "[cli][usage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CliResult result =
        runCli({QStringLiteral("create"), QStringLiteral("--frobnicate"), dir.filePath(QStringLiteral("a.daymark"))},
               CliEnv::fast().password(QStringLiteral("pw")));
    requireUsageError(result);
    CHECK(entriesOf(dir.path()).isEmpty());
}

TEST_CASE("without a password source and with stdin not a terminal, commands exit 2 and say how to give one",
          "[cli][usage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString diary = createDiary(dir.filePath(QStringLiteral("d.daymark")), QStringLiteral("pw"));
    const FileStamp before = stampOf(diary);

    SECTION("create")
    {
        const QString path = dir.filePath(QStringLiteral("new.daymark"));
        const CliResult result = runCli({QStringLiteral("create"), path}, CliEnv::fast());
        requireUsageError(result);
        CHECK(result.err.contains(QLatin1String("DAYMARK_PASSWORD")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("check")
    {
        const CliResult result = runCli({QStringLiteral("check"), diary}, CliEnv::fast());
        requireUsageError(result);
        CHECK(result.err.contains(QLatin1String("--password-file")));
    }
    SECTION("passwd without the old password")
    {
        const CliResult result =
            runCli({QStringLiteral("passwd"), diary}, CliEnv::fast().newPassword(QStringLiteral("new")));
        requireUsageError(result);
        CHECK(result.err.contains(QLatin1String("DAYMARK_PASSWORD")));
    }
    SECTION("passwd without the new password")
    {
        const CliResult result =
            runCli({QStringLiteral("passwd"), diary}, CliEnv::fast().password(QStringLiteral("pw")));
        requireUsageError(result);
        CHECK(result.err.contains(QLatin1String("DAYMARK_NEW_PASSWORD")));
    }
    CHECK(stampOf(diary) == before);
    CHECK(checkDiary(diary, QStringLiteral("pw")).exitCode == 0);
}
