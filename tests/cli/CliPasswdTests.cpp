// Tests for `daymark-cli passwd`: the password really changes, failures leave the diary as it was, and a read-only
// location is refused with a sentence.
#include "CliRunner.h"

#include "Catch.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <unistd.h>

using namespace daymark::test::cli;

namespace {

struct Folder
{
    QTemporaryDir dir;
    Folder() { REQUIRE(dir.isValid()); }
    QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

CliResult passwd(const QString& diary, const QString& oldPassword, const QString& newPassword)
{
    return runCli({QStringLiteral("passwd"), diary}, CliEnv::fast().password(oldPassword).newPassword(newPassword));
}

// Exactly the old password opens the diary, it checks sound, and no re-key leftovers lie beside it.
void requireOldPasswordOnly(const QString& diary, const QString& oldPassword, const QString& newPassword)
{
    const CliResult withOld = checkDiary(diary, oldPassword);
    INFO("old password: " << withOld.describe());
    CHECK(withOld.exitCode == 0);
    CHECK(reportsSound(withOld));
    const CliResult withNew = checkDiary(diary, newPassword);
    INFO("new password: " << withNew.describe());
    CHECK(withNew.exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(diary + QStringLiteral(".rekey")));
    CHECK_FALSE(QFileInfo::exists(diary + QStringLiteral(".rekey-journal")));
    CHECK_FALSE(QFileInfo::exists(diary + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("after passwd the old password gives exit 3 and the new one opens a sound diary", "[cli][passwd]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("old password"));
    const QByteArray before = readBytes(diary);
    const CliResult result = passwd(diary, QStringLiteral("old password"), QStringLiteral("new password"));
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("is changed")));
    CHECK(result.errorLines().isEmpty());

    const CliResult withOld = checkDiary(diary, QStringLiteral("old password"));
    CHECK(withOld.exitCode == 3);
    const CliResult withNew = checkDiary(diary, QStringLiteral("new password"));
    INFO(withNew.describe());
    CHECK(withNew.exitCode == 0);
    CHECK(reportsSound(withNew));

    const QByteArray after = readBytes(diary);
    CHECK(after.left(16) != before.left(16)); // a fresh salt
    CHECK(after.size() == before.size());
    CHECK((stampOf(diary).mode & 07777) == 0600);
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});

    // And back again: the new password is a working old password for the next change.
    REQUIRE(passwd(diary, QStringLiteral("new password"), QStringLiteral("old password")).exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("old password")).exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("new password")).exitCode == 3);
}

TEST_CASE("passwd with a wrong old password exits 3 and leaves the diary untouched", "[cli][passwd]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("right"));
    const FileStamp before = stampOf(diary);
    const CliResult result = passwd(diary, QStringLiteral("wrong"), QStringLiteral("new"));
    INFO(result.describe());
    CHECK(result.exitCode == 3);
    REQUIRE(result.errorLines().size() == 1);
    CHECK(isErrorSentence(result.errorLines().first()));
    CHECK(stampOf(diary) == before);
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
    requireOldPasswordOnly(diary, QStringLiteral("right"), QStringLiteral("new"));
}

TEST_CASE("passwd refuses an empty new password and leaves the diary untouched", "[cli][passwd]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
    const FileStamp before = stampOf(diary);
    const CliResult result = passwd(diary, QStringLiteral("pw"), QString());
    INFO(result.describe());
    CHECK(result.exitCode == 2);
    CHECK(explainsFailure(result));
    CHECK(result.err.contains(QLatin1String("empty")));
    CHECK(stampOf(diary) == before);
    requireOldPasswordOnly(diary, QStringLiteral("pw"), QString::fromLatin1("x"));
}

TEST_CASE("passwd takes the new password from the first line of --new-password-file, before the environment",
          "[cli][passwd]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("old"));
    const QString oldFile = folder.path("old.txt");
    const QString newFile = folder.path("new.txt");
    writeBytes(oldFile, "old\r\n");
    writeBytes(newFile, "from the file\nsecond line\n");
    const CliResult result = runCli({QStringLiteral("passwd"), QStringLiteral("--password-file"), oldFile,
                                     QStringLiteral("--new-password-file"), newFile, diary},
                                    CliEnv::fast()
                                        .password(QStringLiteral("wrong old from the environment"))
                                        .newPassword(QStringLiteral("from the environment")));
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("from the file")).exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("from the environment")).exitCode == 3);
    CHECK(checkDiary(diary, QStringLiteral("old")).exitCode == 3);
}

TEST_CASE("passwd clears away the leftovers of an interrupted password change", "[cli][passwd]")
{
    Folder folder;
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("old"));
    writeBytes(diary + QStringLiteral(".rekey"), QByteArray(8192, '\x11'));
    writeBytes(diary + QStringLiteral(".rekey-journal"), QByteArray(512, '\x22'));
    // check is read-only: it neither trips over the leftovers nor removes them.
    CHECK(checkDiary(diary, QStringLiteral("old")).exitCode == 0);
    CHECK(QFileInfo::exists(diary + QStringLiteral(".rekey")));

    const CliResult result = passwd(diary, QStringLiteral("old"), QStringLiteral("new"));
    INFO(result.describe());
    CHECK(result.exitCode == 0);
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
    CHECK(checkDiary(diary, QStringLiteral("new")).exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("old")).exitCode == 3);
}

TEST_CASE("passwd on a path where there is no diary exits 5 and creates nothing", "[cli][passwd]")
{
    Folder folder;
    const CliResult result = passwd(folder.path("missing.daymark"), QStringLiteral("old"), QStringLiteral("new"));
    INFO(result.describe());
    CHECK(result.exitCode == 5);
    CHECK(explainsFailure(result));
    CHECK(entriesOf(folder.dir.path()).isEmpty());
}

namespace {

// A read-only folder holding a diary; the folder is made writable again before the temporary folder is removed.
struct ReadOnlyFolder
{
    Folder folder;
    QString ro;
    QString diary;
    FileStamp before;

    ReadOnlyFolder()
    {
        // Others (the unprivileged user below) must be able to reach the folder.
        REQUIRE(QFile::setPermissions(folder.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                             QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                             QFileDevice::ExeGroup));
        ro = folder.path("ro");
        REQUIRE(::mkdir(QFile::encodeName(ro).constData(), 0755) == 0);
        diary = createDiary(ro + QStringLiteral("/d.daymark"), QStringLiteral("old"));
    }
    ~ReadOnlyFolder() { ::chmod(QFile::encodeName(ro).constData(), 0755); }

    void requireRefusedAndUnchanged(const CliResult& result)
    {
        INFO(result.describe());
        CHECK(result.exitCode == 5);
        REQUIRE(result.errorLines().size() == 1);
        CHECK(isErrorSentence(result.errorLines().first()));
        CHECK(result.errorLines().first().contains(QLatin1String("read-only")));
        CHECK(readBytes(diary) == before.bytes);
        CHECK(stampOf(diary).mtimeNs == before.mtimeNs);
        CHECK(entriesOf(ro) == QStringList{QStringLiteral("d.daymark")});
        requireOldPasswordOnly(diary, QStringLiteral("old"), QStringLiteral("new"));
    }
};

} // namespace

TEST_CASE("passwd in a folder the user may not write to fails with a sentence and the old password still works",
          "[cli][passwd][readonly]")
{
    ReadOnlyFolder fixture;
    const CliEnv env = CliEnv::fast().password(QStringLiteral("old")).newPassword(QStringLiteral("new"));
    CliResult result;
    if (::geteuid() != 0) {
        REQUIRE(::chmod(QFile::encodeName(fixture.ro).constData(), 0555) == 0);
        if (::access(QFile::encodeName(fixture.ro).constData(), W_OK) == 0) {
            WARN("SKIPPED: this user may write to a folder with mode 0555 (a capability?), so the test cannot run");
            return;
        }
        fixture.before = stampOf(fixture.diary);
        result = runCli({QStringLiteral("passwd"), fixture.diary}, env);
    } else {
        // Permissions do not bind root: hand the folder to "nobody" and run the CLI as that user.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            WARN("SKIPPED: running as root and setpriv (util-linux) is missing, so the CLI cannot run as an "
                 "unprivileged user; the read-only mount test covers root");
            return;
        }
        const QStringList asNobody{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups"), QStringLiteral("--")};
        REQUIRE(::chown(QFile::encodeName(fixture.ro).constData(), 65534, 65534) == 0);
        REQUIRE(::chown(QFile::encodeName(fixture.diary).constData(), 65534, 65534) == 0);
        REQUIRE(::chmod(QFile::encodeName(fixture.ro).constData(), 0555) == 0);
        const CliResult probe =
            runProgram(setpriv, asNobody + QStringList{cliPath(), QStringLiteral("--version")}, env);
        if (probe.exitCode != 0) {
            WARN("SKIPPED: the user nobody cannot run " << cliPath().toStdString() << ": " << probe.describe());
            return;
        }
        fixture.before = stampOf(fixture.diary);
        result = runProgram(setpriv, asNobody + QStringList{cliPath(), QStringLiteral("passwd"), fixture.diary}, env);
    }
    fixture.requireRefusedAndUnchanged(result);
}

TEST_CASE("passwd in a folder on a read-only mount fails with a sentence and the old password still works",
          "[cli][passwd][readonly]")
{
    ReadOnlyFolder fixture;
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty()) {
        WARN("SKIPPED: unshare (util-linux) is missing, so no private read-only mount can be made");
        return;
    }
    // A private mount namespace: the read-only bind mount exists only for the command run inside it.
    QStringList namespaceArgs{QStringLiteral("--mount")};
    if (::geteuid() != 0)
        namespaceArgs.prepend(QStringLiteral("--map-root-user"));
    const QString script = QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && "
                                          "exec \"$@\"");
    const auto inReadOnlyMount = [&](const QStringList& command) {
        return runProgram(unshare,
                          namespaceArgs +
                              QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                          QStringLiteral("sh"), fixture.ro} +
                              command,
                          CliEnv::fast().password(QStringLiteral("old")).newPassword(QStringLiteral("new")));
    };
    const CliResult probe = inReadOnlyMount(
        {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("! touch \"$0/probe\" 2>/dev/null"), fixture.ro});
    if (probe.exitCode != 0 || QFileInfo::exists(fixture.ro + QStringLiteral("/probe"))) {
        WARN("SKIPPED: a read-only bind mount could not be made here (no mount namespaces?): " << probe.describe());
        QFile::remove(fixture.ro + QStringLiteral("/probe"));
        return;
    }
    fixture.before = stampOf(fixture.diary);
    fixture.requireRefusedAndUnchanged(inReadOnlyMount({cliPath(), QStringLiteral("passwd"), fixture.diary}));
}
