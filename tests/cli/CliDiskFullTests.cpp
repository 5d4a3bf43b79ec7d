// Tests of create and passwd on a full disk, simulated by the failwrite preload (FailWritePreload.cpp): writes to
// regular files fail with ENOSPC once a byte budget is spent.
#include "CliRunner.h"

#include "Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

using namespace daymark::test::cli;

namespace {

struct Folder
{
    QTemporaryDir dir;
    Folder() { REQUIRE(dir.isValid()); }
    QString path(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

// How many bytes a successful run writes to regular files, as reported by the preload with FAILWRITE_REPORT=1.
qint64 bytesWritten(const CliResult& result)
{
    static const QRegularExpression pattern(QStringLiteral("failwrite: (\\d+) bytes written"));
    const auto match = pattern.match(result.err);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

CliEnv counting(CliEnv env)
{
    return env.set(QStringLiteral("LD_PRELOAD"), failWritePreloadPath())
        .set(QStringLiteral("FAILWRITE_REPORT"), QStringLiteral("1"));
}

// Fixed budgets plus some relative to what the command needs (more near the end with `late`), all below it.
std::vector<qint64> budgetsBelow(qint64 needed, bool late = false)
{
    std::vector<qint64> budgets;
    const std::vector<qint64> relative{
        needed / 3, needed / 2, late ? needed * 8 / 10 : 0, late ? needed * 9 / 10 : 0, needed - 4096, needed - 1};
    for (const qint64 b : {qint64(0), qint64(100), qint64(4096), qint64(10000), qint64(30000)})
        budgets.push_back(b);
    budgets.insert(budgets.end(), relative.begin(), relative.end());
    std::sort(budgets.begin(), budgets.end());
    budgets.erase(std::unique(budgets.begin(), budgets.end()), budgets.end());
    std::erase_if(budgets, [needed](qint64 b) { return b < 0 || b >= needed; });
    return budgets;
}

// A new empty folder for one attempt, so what one attempt leaves cannot disturb the next.
QString freshFolder(Folder& folder, qint64 budget)
{
    const QString name = QStringLiteral("budget-%1").arg(budget);
    REQUIRE(QDir(folder.dir.path()).mkdir(name));
    return folder.dir.filePath(name);
}

CliResult createWithBudget(const QString& diary, qint64 budget)
{
    return runCli({QStringLiteral("create"), diary},
                  CliEnv::fast().password(QStringLiteral("pw")).diskFullAfter(budget));
}

// What a create run needs to write, measured once.
qint64 createNeeds(Folder& folder)
{
    const QString measured = folder.path("measured.daymark");
    const CliResult result =
        runCli({QStringLiteral("create"), measured}, counting(CliEnv::fast()).password(QStringLiteral("pw")));
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const qint64 needed = bytesWritten(result);
    REQUIRE(needed > 4096);
    REQUIRE(QFile::remove(measured));
    return needed;
}

CliResult passwdWithBudget(const QString& diary, qint64 budget)
{
    return runCli(
        {QStringLiteral("passwd"), diary},
        CliEnv::fast().password(QStringLiteral("old")).newPassword(QStringLiteral("new")).diskFullAfter(budget));
}

// What a passwd run needs to write, measured once on a throwaway copy.
qint64 passwdNeeds(Folder& folder)
{
    const QString probe = createDiary(folder.path("probe.daymark"), QStringLiteral("old"));
    const CliResult result =
        runCli({QStringLiteral("passwd"), probe},
               counting(CliEnv::fast()).password(QStringLiteral("old")).newPassword(QStringLiteral("new")));
    INFO(result.describe());
    REQUIRE(result.exitCode == 0);
    const qint64 needed = bytesWritten(result);
    REQUIRE(needed > 3 * 4096);
    REQUIRE(QFile::remove(probe));
    return needed;
}

} // namespace

TEST_CASE("the failwrite preload fails writes to files with ENOSPC after the budget but leaves pipes alone",
          "[cli][diskfull]")
{
    Folder folder;
    const QString file = folder.path("out.txt");
    const CliResult cut =
        runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf hello > \"$0\""), file},
                   CliEnv::fast().diskFullAfter(3));
    INFO(cut.describe());
    CHECK(cut.exitCode != 0);
    CHECK(readBytes(file) == "hel");

    const CliResult piped =
        runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf hello")},
                   CliEnv::fast().diskFullAfter(0));
    CHECK(piped.exitCode == 0);
    CHECK(piped.out == QLatin1String("hello"));
}

TEST_CASE("create on a full disk exits 5 and says the disk is full", "[cli][diskfull]")
{
    Folder folder;
    const qint64 needed = createNeeds(folder);
    for (const qint64 budget : budgetsBelow(needed, true)) {
        const QString diary = freshFolder(folder, budget) + QStringLiteral("/d.daymark");
        const CliResult result = createWithBudget(diary, budget);
        INFO("disk full after " << budget << " of the " << needed << " bytes create writes: " << result.describe());
        CHECK(result.exitCode == 5);
        REQUIRE(result.errorLines().size() == 1);
        CHECK(isErrorSentence(result.errorLines().first()));
        CHECK(result.errorLines().first().contains(QLatin1String("disk is full")));
    }
    // With exactly enough room, create succeeds: the budgets above really were too small, not wrongly counted.
    const QString diary = freshFolder(folder, needed) + QStringLiteral("/d.daymark");
    const CliResult enough = createWithBudget(diary, needed);
    INFO(enough.describe());
    CHECK(enough.exitCode == 0);
    CHECK(reportsSound(checkDiary(diary, QStringLiteral("pw"))));
}

TEST_CASE("create on a full disk leaves no half-made diary behind", "[cli][diskfull]")
{
    Folder folder;
    const qint64 needed = createNeeds(folder);
    for (const qint64 budget : budgetsBelow(needed, true)) {
        const QString subfolder = freshFolder(folder, budget);
        const QString diary = subfolder + QStringLiteral("/d.daymark");
        const CliResult result = createWithBudget(diary, budget);
        const CliResult check = QFileInfo::exists(diary) ? checkDiary(diary, QStringLiteral("pw")) : CliResult{};
        INFO("disk full after " << budget << " of the " << needed << " bytes create writes: " << result.describe()
                                << "\nleft behind: " << entriesOf(subfolder).join(QLatin1Char(' ')).toStdString()
                                << "\ncheck of what was left: " << check.describe());
        CHECK(result.exitCode != 0);
        CHECK(entriesOf(subfolder).isEmpty());
    }
}

TEST_CASE("passwd on a full disk fails and the diary still opens with the old password and checks sound",
          "[cli][diskfull][passwd]")
{
    Folder folder;
    const qint64 needed = passwdNeeds(folder);
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("old"));
    const FileStamp before = stampOf(diary);
    for (const qint64 budget : budgetsBelow(needed)) {
        const CliResult result = passwdWithBudget(diary, budget);
        INFO("disk full after " << budget << " of the " << needed << " bytes passwd writes: " << result.describe());
        CHECK(result.exitCode != 0);
        CHECK(result.exitCode != -1);
        CHECK(explainsFailure(result));
        CHECK(stampOf(diary) == before);
        CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
        const CliResult withOld = checkDiary(diary, QStringLiteral("old"));
        INFO("old password: " << withOld.describe());
        CHECK(withOld.exitCode == 0);
        CHECK(reportsSound(withOld));
        CHECK(checkDiary(diary, QStringLiteral("new")).exitCode == 3);
    }
    // With enough room the same change goes through.
    const CliResult enough = passwdWithBudget(diary, needed);
    INFO(enough.describe());
    CHECK(enough.exitCode == 0);
    CHECK(checkDiary(diary, QStringLiteral("new")).exitCode == 0);
    CHECK(entriesOf(folder.dir.path()) == QStringList{QStringLiteral("d.daymark")});
}

TEST_CASE("passwd on a full disk exits 5 and says the disk is full", "[cli][diskfull][passwd]")
{
    Folder folder;
    const qint64 needed = passwdNeeds(folder);
    const QString diary = createDiary(folder.path("d.daymark"), QStringLiteral("old"));
    for (const qint64 budget : budgetsBelow(needed)) {
        const CliResult result = passwdWithBudget(diary, budget);
        INFO("disk full after " << budget << " of the " << needed << " bytes passwd writes: " << result.describe());
        CHECK(result.exitCode == 5);
        REQUIRE(result.errorLines().size() == 1);
        CHECK(isErrorSentence(result.errorLines().first()));
        CHECK(result.errorLines().first().contains(QLatin1String("disk is full")));
    }
}

namespace {

CliResult attachWithEnv(const QString& diary, const QString& file, CliEnv env)
{
    return runCli({QStringLiteral("attach"), diary, QStringLiteral("1"), file}, env.password(QStringLiteral("pw")));
}

// A diary with one incident (number 1) and a 3 MiB file of varied bytes to attach to it.
struct AttachCase
{
    Folder folder;
    QString diary;
    QString file;
    AttachCase()
    {
        diary = createDiary(folder.path("d.daymark"), QStringLiteral("pw"));
        const CliResult added = runCli({QStringLiteral("add"), diary, QStringLiteral("--type"), QStringLiteral("call"),
                                        QStringLiteral("--at"), QStringLiteral("2026-03-01T21:15"),
                                        QStringLiteral("--summary"), QStringLiteral("Withheld number")},
                                       CliEnv::fast().password(QStringLiteral("pw")));
        INFO(added.describe());
        REQUIRE(added.exitCode == 0);
        QByteArray bytes(3 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 2654435761u) >> 13);
        file = folder.path("recording.wav");
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(bytes) == bytes.size());
    }
    QString exhibitsJson() const
    {
        const CliResult listed = runCli({QStringLiteral("exhibits"), diary, QStringLiteral("--json")},
                                        CliEnv::fast().password(QStringLiteral("pw")));
        REQUIRE(listed.exitCode == 0);
        return listed.out;
    }
};

} // namespace

TEST_CASE("attach on a full disk says so, stores nothing, and the diary checks sound", "[cli][diskfull][exhibits]")
{
    AttachCase setup;
    // What a successful attach writes, measured on a copy so the diary under test stays as it was.
    const QString copy = setup.folder.path("copy.daymark");
    REQUIRE(QFile::copy(setup.diary, copy));
    const CliResult measured = attachWithEnv(copy, setup.file, counting(CliEnv::fast()));
    INFO(measured.describe());
    REQUIRE(measured.exitCode == 0);
    const qint64 needed = bytesWritten(measured);
    REQUIRE(needed > 3 * 1024 * 1024);

    const QString before = setup.exhibitsJson();
    for (const qint64 budget : {qint64(0), qint64(4096), needed / 4, needed / 2, needed * 9 / 10, needed - 4096}) {
        const CliResult result = attachWithEnv(setup.diary, setup.file, CliEnv::fast().diskFullAfter(budget));
        INFO("disk full after " << budget << " of the " << needed << " bytes attach writes: " << result.describe());
        CHECK(result.exitCode == 5);
        REQUIRE(result.errorLines().size() >= 1);
        CHECK(result.errorLines().last().contains(QLatin1String("disk is full")));
        const CliResult check = checkDiary(setup.diary, QStringLiteral("pw"));
        INFO("check afterwards: " << check.describe());
        CHECK(check.exitCode == 0);
        CHECK(reportsSound(check));
        CHECK(setup.exhibitsJson() == before);
    }
    // With room, the same attach goes through and the exhibit is JS/1 — no number was used up by the failures.
    const CliResult enough = attachWithEnv(setup.diary, setup.file, CliEnv::fast());
    INFO(enough.describe());
    CHECK(enough.exitCode == 0);
    CHECK(setup.exhibitsJson().contains(QLatin1String("/1\"")));
}
