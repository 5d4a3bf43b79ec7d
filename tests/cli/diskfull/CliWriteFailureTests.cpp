// Adding, amending, attaching, changing the password and exporting while the disk fills up, or fails with an I/O
// error, at several points of what the command writes: each run exits 5 with one sentence saying what happened,
// and the diary keeps exactly what was committed before (check passes, fingerprint and lists unchanged). With room
// the same command then succeeds, which shows the budgets really cut it short.
#include "WriteFailureCase.h"

#include "Catch.h"

#include <QDir>
#include <QFileInfo>

using namespace daymark::test::cli;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const char* nameOf(WriteFailure failure)
{
    return failure == WriteFailure::DiskFull ? "disk full (ENOSPC)" : "I/O error (EIO)";
}

// Measures what `arguments` writes on a copy of the diary (DIARY in them stands for it, TARGET for `target`), then
// runs it on the diary with each budget below that, and finally with room (`newPassword` for passwd). `extraCheck`
// judges what a failed run left outside the diary.
template <typename Extra>
void failsCleanly(WriteFailureCase& setup, const QStringList& arguments, WriteFailure failure, Extra extraCheck,
                  const QString& newPassword = {}, const QString& target = {})
{
    const auto withDiary = [&](const QString& diary) {
        QStringList filled = arguments;
        filled.replaceInStrings(s("DIARY"), diary);
        // The measuring run writes its output beside the copy, never where the runs under test write.
        filled.replaceInStrings(s("TARGET"), diary == setup.diary()
                                                 ? target
                                                 : QFileInfo(diary).dir().filePath(QFileInfo(target).fileName()));
        return filled;
    };
    const auto envWith = [&](qint64 budget, bool counting) {
        CliEnv env = setup.env(budget, failure, counting);
        if (!newPassword.isEmpty())
            env.newPassword(newPassword);
        return env;
    };
    // The copy has the diary's name (in another folder): exports write that name, so its length must be the same.
    REQUIRE(QDir().mkpath(setup.path(s("measure"))));
    const QString copy = setup.copy(s("measure/d.daymark"));
    const CliResult measured = setup.run(withDiary(copy), envWith(-1, true));
    INFO("measuring on a copy: " << measured.describe());
    REQUIRE(measured.exitCode == 0);
    const qint64 needed = bytesWritten(measured);
    REQUIRE(needed > 0);
    REQUIRE(QDir(setup.path(s("measure"))).removeRecursively());
    extraCheck();

    const QString before = setup.state();
    for (const qint64 budget : budgetsBelow(needed, target.isEmpty())) {
        const CliResult result = setup.run(withDiary(setup.diary()), envWith(budget, false));
        INFO(nameOf(failure) << " after " << budget << " of the " << needed << " bytes `" << arguments.first()
                             << "` writes: " << result.describe());
        CHECK(explainsWriteFailure(result, failure));
        const CliResult check = setup.check();
        INFO("check afterwards: " << check.describe());
        CHECK(reportsSound(check));
        CHECK(setup.state() == before);
        extraCheck();
    }
    // With room, the same command goes through.
    const CliResult enough = setup.run(withDiary(setup.diary()), envWith(-1, false));
    INFO("with room: " << enough.describe());
    CHECK(enough.exitCode == 0);
}

void nothingExtra() {}

} // namespace

TEST_CASE("add on a full or failing disk says so and keeps everything saved before", "[cli][diskfull]")
{
    for (const WriteFailure failure : {WriteFailure::DiskFull, WriteFailure::IoError}) {
        INFO(nameOf(failure));
        WriteFailureCase setup;
        failsCleanly(setup,
                     {s("add"), s("DIARY"), s("--type"), s("visit"), s("--at"), s("2026-03-03T19:05"), s("--summary"),
                      s("Knocked on the door for ten minutes"), s("--details"), QString(3000, QLatin1Char('x'))},
                     failure, nothingExtra);
    }
}

TEST_CASE("amend on a full or failing disk says so and keeps every version saved before", "[cli][diskfull]")
{
    for (const WriteFailure failure : {WriteFailure::DiskFull, WriteFailure::IoError}) {
        INFO(nameOf(failure));
        WriteFailureCase setup;
        failsCleanly(setup,
                     {s("amend"), s("DIARY"), s("#2"), s("--summary"), s("Parked opposite the house for an hour"),
                      s("--reason"), s("Checked the doorbell camera")},
                     failure, nothingExtra);
    }
}

TEST_CASE("attach on a failing disk says so and stores nothing", "[cli][diskfull][exhibits]")
{
    // The full-disk case is in CliDiskFullTests.cpp; this is the I/O error.
    WriteFailureCase setup;
    QByteArray recording(300 * 1024, '\0');
    for (qsizetype i = 0; i < recording.size(); ++i)
        recording[i] = char((i * 40503u) >> 7);
    writeBytes(setup.path(s("recording.wav")), recording);
    failsCleanly(setup,
                 {s("attach"), s("DIARY"), s("1"), setup.path(s("recording.wav")), s("--description"),
                  s("Voicemail left at night")},
                 WriteFailure::IoError, nothingExtra);
}

TEST_CASE("passwd on a failing disk says so and the old password still opens the diary", "[cli][diskfull][passwd]")
{
    // The full-disk case is in CliDiskFullTests.cpp; this is the I/O error. state() opens with the old password.
    // SQLCipher's export reports the failed write as a plain SQLITE_ERROR; SqlConnection::throwError reads the
    // system's errno (EIO) to say "check the disk" (exit 5) rather than "an unexpected database error".
    WriteFailureCase setup;
    failsCleanly(
        setup, {s("passwd"), s("DIARY")}, WriteFailure::IoError,
        [&] {
            CHECK_FALSE(QFileInfo::exists(setup.diary() + s(".rekey")));
            CHECK_FALSE(QFileInfo::exists(setup.diary() + s("-journal")));
        },
        s("new"));
    CHECK(checkDiary(setup.diary(), s("new")).exitCode == 0);
}

TEST_CASE("export-bundle and export-pdf on a full or failing disk say so and leave no file and no export record",
          "[cli][diskfull][export]")
{
    for (const WriteFailure failure : {WriteFailure::DiskFull, WriteFailure::IoError}) {
        for (const char* command : {"export-bundle", "export-pdf"}) {
            INFO(nameOf(failure) << ", " << command);
            WriteFailureCase setup;
            const QString out = setup.path(s("out"));
            REQUIRE(QDir().mkpath(out));
            const QString target = out + (qstrcmp(command, "export-pdf") == 0 ? s("/timeline.pdf") : s("/bundle.zip"));
            // The folder the export writes into holds nothing afterwards: no target, no temporary file. A write that
            // stops part of the way through a block is reported in the system's words (report/WriteFailure.h).
            failsCleanly(
                setup, {s(command), s("DIARY"), s("TARGET")}, failure, [&] { CHECK(entriesOf(out).isEmpty()); }, {},
                target);
        }
    }
}
