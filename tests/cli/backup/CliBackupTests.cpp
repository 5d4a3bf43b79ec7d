// daymark-cli backup, restore DIARY [BACKUP] and copy, end to end: the printed path and JSON, the backup opening
// with the same password, a damaged diary's error naming the restore command, the restore keeping the damaged file
// aside, the incident form of restore still working, and the copy opening only with its new password.
#include "CliRunner.h"

#include "Catch.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace daymark::test::cli;

namespace {

struct Folder
{
    QTemporaryDir dir;
    Folder() { REQUIRE(dir.isValid()); }
    QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

CliResult run(const QStringList& arguments, const QString& password = QStringLiteral("pw"))
{
    return runCli(arguments, CliEnv::fast().password(password));
}

QJsonObject json(const CliResult& result)
{
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QString addIncident(const QString& diary, const QString& summary)
{
    const CliResult added =
        run({QStringLiteral("add"), diary, QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--at"),
             QStringLiteral("2026-03-01 21:40"), QStringLiteral("--summary"), summary});
    INFO(added.describe());
    REQUIRE(added.exitCode == 0);
    return added.out.trimmed();
}

} // namespace

TEST_CASE("backup prints the path of a checked backup that opens with the same password and has no plain text")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    addIncident(diary, QStringLiteral("CANARY-cli-backup-41f2"));
    const CliResult made = run({QStringLiteral("backup"), diary});
    INFO(made.describe());
    REQUIRE(made.exitCode == 0);
    const QString path = made.out.section(u'\n', 0, 0);
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(diary).absoluteFilePath() + QStringLiteral(".backups"));
    CHECK(reportsSound(checkDiary(path, QStringLiteral("pw"))));
    CHECK(checkDiary(path, QStringLiteral("other")).exitCode == 3);
    CHECK(!readBytes(path).contains("CANARY-cli-backup"));
    CHECK(readBytes(path).left(16) == readBytes(diary).left(16));

    const QJsonObject second =
        json(run({QStringLiteral("backup"), diary, QStringLiteral("--json"), QStringLiteral("--to"),
                  folder.path("elsewhere"), QStringLiteral("--keep"), QStringLiteral("1")}));
    CHECK(second.value(QStringLiteral("checked")).toBool());
    CHECK(second.value(QStringLiteral("folder")).toString() == folder.path("elsewhere"));
    CHECK(QFileInfo::exists(second.value(QStringLiteral("backup")).toString()));
    CHECK(second.value(QStringLiteral("bytes")).toInteger() == QFileInfo(diary).size());

    const CliResult badKeep = run({QStringLiteral("backup"), diary, QStringLiteral("--keep"), QStringLiteral("0")});
    CHECK(badKeep.exitCode == 2);
    CHECK(isErrorSentence(badKeep.errorLines().value(0)));
}

TEST_CASE("a damaged diary's error names the restore command, which puts back the newest good backup")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    addIncident(diary, QStringLiteral("before the backup"));
    REQUIRE(run({QStringLiteral("backup"), diary}).exitCode == 0);
    const QByteArray whole = readBytes(diary);
    const QByteArray damaged = whole.left(whole.size() - 100);
    writeBytes(diary, damaged);

    const CliResult listed = run({QStringLiteral("list"), diary});
    CHECK(listed.exitCode == 4);
    CHECK(listed.errorLines().join(u' ').contains(QStringLiteral("daymark-cli restore ") + diary));
    const CliResult checked = checkDiary(diary, QStringLiteral("pw"));
    CHECK(checked.exitCode == 4);
    CHECK(QString(checked.out + checked.err).contains(QStringLiteral("daymark-cli restore ")));

    const CliResult wrong = run({QStringLiteral("restore"), diary}, QStringLiteral("wrong"));
    CHECK(wrong.exitCode == 4);
    CHECK(readBytes(diary) == damaged);

    const QJsonObject restored = json(run({QStringLiteral("restore"), diary, QStringLiteral("--json")}));
    const QString aside = restored.value(QStringLiteral("keptAside")).toString();
    CHECK(aside.startsWith(QFileInfo(diary).absoluteFilePath() + QStringLiteral(".damaged-")));
    CHECK(readBytes(aside) == damaged);
    CHECK(reportsSound(checkDiary(diary, QStringLiteral("pw"))));
    CHECK(run({QStringLiteral("list"), diary}).out.contains(QStringLiteral("before the backup")));
}

TEST_CASE("restore names a backup file explicitly, and with an incident it still undoes a deletion")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    const QString id = addIncident(diary, QStringLiteral("deleted then restored"));
    const QString backup = json(run({QStringLiteral("backup"), diary, QStringLiteral("--json")}))
                               .value(QStringLiteral("backup"))
                               .toString();
    REQUIRE(
        run({QStringLiteral("delete"), diary, id, QStringLiteral("--reason"), QStringLiteral("by mistake")}).exitCode ==
        0);
    const CliResult undone = run({QStringLiteral("restore"), diary, id});
    INFO(undone.describe());
    CHECK(undone.exitCode == 0);
    CHECK(undone.out.contains(QStringLiteral("restored")));
    CHECK(QDir(folder.dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).isEmpty());

    const CliResult fromFile = run({QStringLiteral("restore"), diary, backup});
    INFO(fromFile.describe());
    CHECK(fromFile.exitCode == 0);
    CHECK(fromFile.out.contains(QStringLiteral("kept as")));
    CHECK(QDir(folder.dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).size() == 1);
    const CliResult missing = run({QStringLiteral("restore"), diary, folder.path("no-such.daymark")});
    CHECK(missing.exitCode == 5);
    CHECK(isErrorSentence(missing.errorLines().value(0)));
}

TEST_CASE("copy saves a checked copy that opens only with the new password and never overwrites")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    addIncident(diary, QStringLiteral("in the copy"));
    const QByteArray before = readBytes(diary);
    const QString target = folder.path("for a friend.daymark");
    const CliEnv env = CliEnv::fast().password(QStringLiteral("pw")).newPassword(QStringLiteral("second"));
    const CliResult copied = runCli({QStringLiteral("copy"), diary, target}, env);
    INFO(copied.describe());
    REQUIRE(copied.exitCode == 0);
    CHECK(reportsSound(checkDiary(target, QStringLiteral("second"))));
    CHECK(checkDiary(target, QStringLiteral("pw")).exitCode == 3);
    CHECK(readBytes(diary) == before);

    const QByteArray copyBytes = readBytes(target);
    const CliResult again = runCli({QStringLiteral("copy"), diary, target}, env);
    CHECK(again.exitCode == 5);
    CHECK(readBytes(target) == copyBytes);
    const CliResult same = runCli({QStringLiteral("copy"), diary, folder.path("same.daymark")},
                                  CliEnv::fast().password(QStringLiteral("pw")).newPassword(QStringLiteral("pw")));
    CHECK(same.exitCode == 2);
    CHECK(!QFileInfo::exists(folder.path("same.daymark")));
}
