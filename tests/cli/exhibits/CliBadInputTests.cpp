// daymark-cli attach with bad input: missing, vanished, unreadable and changing files, folders, unknown --how, a
// deleted or missing incident, and Ctrl-C. Each file that fails gets a sentence and leaves nothing behind; files
// before and after it are kept.
#include "Catch.h"
#include "ExhibitCli.h"
#include "ExhibitFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <csignal>

using namespace daymark::test::cliexhibits;

TEST_CASE("a file that cannot be attached is refused with a sentence and nothing is kept")
{
    ExhibitCli diary;
    diary.ok(s("attach"), {s("1"), diary.write(s("first.txt"), QByteArray("first"))});
    const Snapshot before(diary);

    INFO("a missing file");
    const QString missing = diary.file(s("no such photo.jpg"));
    requireRefused(diary, diary.run(s("attach"), {s("1"), missing}), 5, {missing, s("not attached")}, before);

    INFO("a file that vanished: a dangling link");
    const QString target = diary.write(s("soon gone.png"), pngImage());
    const QString link = diary.file(s("link.png"));
    REQUIRE(QFile::link(target, link));
    REQUIRE(QFile::remove(target));
    requireRefused(diary, diary.run(s("attach"), {s("1"), link}), 5, {link, s("does not exist")}, before);

    INFO("a folder");
    REQUIRE(QDir(diary.folder()).mkdir(s("photos")));
    const QString folder = diary.file(s("photos"));
    requireRefused(diary, diary.run(s("attach"), {s("1"), folder}), 2, {folder, s("not a file")}, before);

    INFO("a file whose size is not what it said while it was read");
    // /proc files report a size of 0 and then give more: what a file being written to looks like to a reader.
    if (QFile::exists(s("/proc/version")))
        requireRefused(diary, diary.run(s("attach"), {s("1"), s("/proc/version")}), 5, {s("changed while")}, before);
    else
        WARN("SKIPPED: no /proc/version on this system to stand for a file that changes while it is read");

    INFO("an unreadable file");
    const QString secret = diary.write(s("locked.txt"), QByteArray("locked"));
    REQUIRE(QFile::setPermissions(secret, QFileDevice::Permissions{}));
    if (QFile probe(secret); !probe.open(QIODevice::ReadOnly))
        requireRefused(diary, diary.run(s("attach"), {s("1"), secret}), 5, {secret, s("could not be read")}, before);
    else if (QFile::exists(s("/proc/self/mem"))) // root reads any file; a process's memory at offset 0 fails to read
        requireRefused(diary, diary.run(s("attach"), {s("1"), s("/proc/self/mem")}), 5, {s("could not be read")},
                       before);
    else
        WARN("SKIPPED: running with rights that read any file (root), so no file is unreadable");

    INFO("an unknown --how names the valid ones, and nothing is attached");
    const QString fine = diary.write(s("fine.txt"), QByteArray("fine"));
    requireRefused(diary, diary.run(s("attach"), {s("1"), fine, s("--how"), s("selfie")}), 2,
                   {s("selfie"), s("screenshot"), s("photo"), s("recording"), s("received"), s("other")}, before);

    INFO("no file at all is wrong usage");
    requireRefused(diary, diary.run(s("attach"), {s("1")}), 2, {s("attach")}, before);

    INFO("a missing or deleted incident");
    requireRefused(diary, diary.run(s("attach"), {s("7"), fine}), 2, {s("7")}, before);
    REQUIRE(diary.addIncident(s("Entered by mistake")) == 2);
    diary.ok(s("delete"), {s("2"), s("--reason"), s("Mistake")});
    const Snapshot deleted(diary);
    requireRefused(diary, diary.run(s("attach"), {s("2"), fine}), 2, {s("#2"), s("deleted"), s("restore")}, deleted);

    const Run check = diary.run(s("check"));
    INFO(check.describe());
    CHECK(check.exitCode == 0);
}

TEST_CASE("when one of several files fails, the message says which and why, and the others are kept")
{
    ExhibitCli diary;
    const QString one = diary.write(s("one.txt"), QByteArray("one"));
    const QString missing = diary.file(s("two.txt"));
    REQUIRE(QDir(diary.folder()).mkdir(s("three")));
    const QString folder = diary.file(s("three"));
    const QString four = diary.write(s("four.txt"), QByteArray("four"));

    const Run run = diary.run(s("attach"), {s("1"), one, missing, folder, four});
    INFO(run.describe());
    CHECK(run.exitCode == 5); // the first failure's code: a missing file
    const QStringList errors = run.errorLines();
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].startsWith(s("daymark-cli: File 2 of 4 (%1) was not attached.").arg(missing)));
    CHECK(errors[1].startsWith(s("daymark-cli: File 3 of 4 (%1) was not attached.").arg(folder)));
    CHECK(errors[2] == s("daymark-cli: Attached 2 of 4 files. Not attached: %1, %2.").arg(missing, folder));
    CHECK(run.out.contains(s("JS/1  %1  %2").arg(sha256sum(one), one)));
    CHECK(run.out.contains(s("JS/2  %1  %2").arg(sha256sum(four), four)));

    const QJsonArray exhibits = diary.exhibits();
    REQUIRE(exhibits.size() == 2);
    CHECK(exhibits[0].toObject().value(s("originalName")).toString() == s("one.txt"));
    CHECK(exhibits[1].toObject().value(s("originalName")).toString() == s("four.txt"));

    // --json reports every file, failed ones with their sentence.
    const QString five = diary.write(s("five.txt"), QByteArray("five"));
    const Run json = diary.run(s("attach"), {s("1"), five, missing, s("--json")});
    INFO(json.describe());
    CHECK(json.exitCode == 5);
    const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(results.size() == 2);
    CHECK(results[0].toObject().value(s("status")).toString() == s("added"));
    CHECK(results[1].toObject().value(s("status")).toString() == s("failed"));
    CHECK(results[1].toObject().value(s("exhibit")).isNull());
    CHECK(results[1].toObject().value(s("error")).toString().contains(missing));
    diary.ok(s("check"));
}

TEST_CASE("Ctrl-C while a big file is read cancels it and keeps nothing of it")
{
    ExhibitCli diary;
    const Snapshot before(diary);
    // A sparse 2 GiB file: quick to make, slow enough to read that the interrupt arrives mid-import.
    const QString big = diary.file(s("video.mp4"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::NewOnly));
        REQUIRE(file.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    QProcess process;
    process.setProcessEnvironment(diary.env());
    process.start(QStringLiteral(DAYMARK_CLI_PATH), {s("attach"), diary.path(), s("1"), big});
    REQUIRE(process.waitForStarted(10000));
    QThread::msleep(800);
    if (process.state() != QProcess::Running)
        DAYMARK_SKIP("the import finished before it could be interrupted");
    REQUIRE(::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 1);
    CHECK(err.contains(s("Cancelled")));
    CHECK(process.readAllStandardOutput().isEmpty());
    CHECK(diary.exhibits() == before.exhibits);
    CHECK(diary.fingerprint() == before.fingerprint);
    diary.ok(s("check"));
}

TEST_CASE("a file cut short while it is read is refused and nothing of it is kept")
{
    ExhibitCli diary;
    const Snapshot before(diary);
    const QString big = diary.file(s("export.zip"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::NewOnly));
        REQUIRE(file.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    QProcess process;
    process.setProcessEnvironment(diary.env());
    process.start(QStringLiteral(DAYMARK_CLI_PATH), {s("attach"), diary.path(), s("1"), big});
    REQUIRE(process.waitForStarted(10000));
    QThread::msleep(800);
    if (process.state() != QProcess::Running)
        DAYMARK_SKIP("the import finished before the file could be changed");
    REQUIRE(QFile::resize(big, 1024 * 1024)); // the reader is past this point: it meets the end early
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 5);
    CHECK(err.contains(s("daymark-cli: %1 was not attached. The file changed while it was being read").arg(big)));
    CHECK(process.readAllStandardOutput().isEmpty());
    CHECK(diary.exhibits() == before.exhibits);
    CHECK(diary.fingerprint() == before.fingerprint);
    diary.ok(s("check"));
}
