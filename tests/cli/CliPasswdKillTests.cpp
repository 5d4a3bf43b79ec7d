// Crash-safety of `daymark-cli passwd`: SIGKILL it at random moments and require that exactly one of the old and new
// passwords opens the diary afterwards, and that the diary checks sound.
#include "CliRunner.h"

#include "Catch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <csignal>
#include <iostream>
#include <random>
#include <unistd.h>
#include <vector>

using namespace daymark::test::cli;

namespace {

int killCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("DAYMARK_PASSWD_KILLS", &ok);
    return ok && n > 0 ? n : 40;
}

unsigned seedFromEnvironmentOr(unsigned fallback)
{
    bool ok = false;
    const int seed = qEnvironmentVariableIntValue("DAYMARK_PASSWD_KILL_SEED", &ok);
    return ok ? static_cast<unsigned>(seed) : fallback;
}

struct KillRun
{
    bool exitedAlone = false; // passwd ended by itself before the signal
    int exitCode = -1;        // when it exited alone
    bool rekeyAtKill = false; // DIARY.rekey existed when the signal was sent: the kill landed during the write
    qint64 elapsedUs = 0;     // from start to the kill (or to its own exit)
};

// Starts passwd and kills it with SIGKILL once `shouldKill(elapsed µs)` says so (polled every ~100 µs).
template <typename Predicate> KillRun passwdKilledWhen(const QString& diary, const CliEnv& env, Predicate shouldKill)
{
    const QByteArray rekey = QFile::encodeName(diary + QStringLiteral(".rekey"));
    QProcess process;
    process.setProcessEnvironment(env.environment());
    QElapsedTimer timer;
    timer.start();
    process.start(cliPath(), {QStringLiteral("passwd"), diary});
    REQUIRE(process.waitForStarted(10000));
    const qint64 pid = process.processId();
    REQUIRE(pid > 0);
    KillRun run;
    bool finished = false;
    while (!finished) {
        // A process that has exited stays a zombie until QProcess reaps it below, so the pid cannot be reused.
        if (shouldKill(timer.nsecsElapsed() / 1000)) {
            run.rekeyAtKill = ::access(rekey.constData(), F_OK) == 0;
            run.elapsedUs = timer.nsecsElapsed() / 1000;
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            break;
        }
        finished = process.waitForFinished(0);
        if (!finished)
            ::usleep(100);
    }
    if (!finished)
        REQUIRE(process.waitForFinished(60000));
    run.exitedAlone = process.exitStatus() == QProcess::NormalExit;
    if (run.exitedAlone) {
        run.exitCode = process.exitCode();
        run.elapsedUs = timer.nsecsElapsed() / 1000;
    }
    return run;
}

// The state after a run: which password opens the diary. Requires exactly one to, and the diary to check sound.
// Returns true when the new password is the one.
bool requireExactlyOnePassword(const QString& diary, const QString& oldPassword, const QString& newPassword,
                               const CliEnv& env, bool oneErrorLine)
{
    // Both checks at once: with the real key derivation each takes about a second.
    CliEnv withOldEnv = env;
    CliEnv withNewEnv = env;
    const auto results = runCliBatch({{{QStringLiteral("check"), diary}, withOldEnv.password(oldPassword)},
                                      {{QStringLiteral("check"), diary}, withNewEnv.password(newPassword)}},
                                     2);
    const CliResult& withOld = results[0];
    const CliResult& withNew = results[1];
    INFO("old password: " << withOld.describe());
    INFO("new password: " << withNew.describe());
    const bool oldOpens = withOld.exitCode == 0;
    const bool newOpens = withNew.exitCode == 0;
    REQUIRE(oldOpens != newOpens);
    const CliResult& opened = oldOpens ? withOld : withNew;
    const CliResult& refused = oldOpens ? withNew : withOld;
    CHECK(reportsSound(opened));
    CHECK(refused.exitCode == 3);
    REQUIRE(refused.errorLines().size() == 1);
    CHECK(isErrorSentence(refused.errorLines().first()));
    if (oneErrorLine)
        CHECK(refused.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(QFileInfo::exists(diary + QStringLiteral("-journal")));
    return newOpens;
}

} // namespace

TEST_CASE("passwd killed at any moment leaves exactly one of the old and new passwords working and the diary sound",
          "[cli][passwd][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString diary = createDiary(dir.filePath(QStringLiteral("d.daymark")), QStringLiteral("password A"));
    QString current = QStringLiteral("password A");
    QString other = QStringLiteral("password B");
    const auto envFor = [&] { return CliEnv::fast().password(current).newPassword(other); };

    // How long an uninterrupted passwd takes here; each run also swaps the passwords.
    std::vector<qint64> normalUs;
    for (int i = 0; i < 3; ++i) {
        const KillRun run = passwdKilledWhen(diary, envFor(), [](qint64) { return false; });
        REQUIRE(run.exitedAlone);
        REQUIRE(run.exitCode == 0);
        normalUs.push_back(run.elapsedUs);
        std::swap(current, other);
    }
    // The slowest of them, so that under a varying load the delays still reach past the end of most runs.
    const qint64 normal = *std::max_element(normalUs.begin(), normalUs.end());
    REQUIRE(checkDiary(diary, current).exitCode == 0);

    const int kills = killCount();
    const unsigned seed = seedFromEnvironmentOr(std::random_device{}());
    std::mt19937 random(seed);
    std::uniform_int_distribution<qint64> delayUs(0, normal * 12 / 10);
    INFO("seed " << seed << " (set DAYMARK_PASSWD_KILL_SEED to repeat), normal run " << normal << " us");

    int before = 0;
    int after = 0;
    int exitedAlone = 0;
    int duringWrite = 0;
    int leftovers = 0;
    qint64 latestBefore = -1; // the longest delay after which the old password still worked
    qint64 earliestAfter = -1;
    for (int i = 0; i < kills; ++i) {
        const qint64 delay = delayUs(random);
        const KillRun run = passwdKilledWhen(diary, envFor(), [delay](qint64 elapsed) { return elapsed >= delay; });
        INFO("kill " << i + 1 << " of " << kills << " after " << delay << " us; exited alone: " << run.exitedAlone);
        if (run.exitedAlone)
            CHECK(run.exitCode == 0);
        const bool switched = requireExactlyOnePassword(diary, current, other, CliEnv::fast(), false);
        if (run.exitedAlone)
            CHECK(switched); // a passwd that finished must have changed the password
        (switched ? after : before) += 1;
        if (!switched)
            latestBefore = std::max(latestBefore, delay);
        else if (earliestAfter < 0 || delay < earliestAfter)
            earliestAfter = delay;
        exitedAlone += run.exitedAlone ? 1 : 0;
        duringWrite += run.rekeyAtKill ? 1 : 0;
        leftovers += QFileInfo::exists(diary + QStringLiteral(".rekey")) ? 1 : 0;
        if (switched)
            std::swap(current, other);
    }
    CHECK(before + after == kills);

    // A final uninterrupted passwd cleans up whatever the last kill left.
    const KillRun last = passwdKilledWhen(diary, envFor(), [](qint64) { return false; });
    CHECK(last.exitCode == 0);
    std::cout << "passwd SIGKILL test (test-only KDF): " << kills << " kills, seed " << seed << ", normal run "
              << normal / 1000.0 << " ms (a final one " << last.elapsedUs / 1000.0 << " ms), delays 0.."
              << normal * 12 / 10 / 1000.0 << " ms: " << before << " landed before the switch (old password works"
              << (latestBefore >= 0 ? QStringLiteral(", latest at %1 ms").arg(latestBefore / 1000.0).toStdString()
                                    : std::string())
              << "), " << after << " after it (new password works"
              << (earliestAfter >= 0 ? QStringLiteral(", earliest at %1 ms").arg(earliestAfter / 1000.0).toStdString()
                                     : std::string())
              << "; " << exitedAlone << " of them had already finished); " << duringWrite
              << " landed while DIARY.rekey existed; " << leftovers
              << " left a DIARY.rekey behind (removed by the next passwd)" << std::endl;
    CHECK(requireExactlyOnePassword(diary, current, other, CliEnv::fast(), false));
    CHECK(entriesOf(dir.path()) == QStringList{QStringLiteral("d.daymark")});
}

TEST_CASE("passwd with the real key derivation killed during derivation or the write leaves exactly one password "
          "working",
          "[cli][passwd][crash][slow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString diary =
        createDiary(dir.filePath(QStringLiteral("d.daymark")), QStringLiteral("password A"), CliEnv::real());
    const QByteArray rekeyPath = QFile::encodeName(diary + QStringLiteral(".rekey"));
    QString current = QStringLiteral("password A");
    QString other = QStringLiteral("password B");
    const auto envFor = [&] { return CliEnv::real().password(current).newPassword(other); };
    const auto rekeyExists = [&] { return ::access(rekeyPath.constData(), F_OK) == 0; };

    // First an uninterrupted run: it must switch the password and leave nothing behind, and it shows when the
    // write phase (DIARY.rekey created until renamed over the diary) starts and how long it lasts.
    qint64 writeStart = -1;
    qint64 writeEnd = -1;
    const KillRun control = passwdKilledWhen(diary, envFor(), [&](qint64 elapsed) {
        const bool exists = rekeyExists();
        if (exists && writeStart < 0)
            writeStart = elapsed;
        if (!exists && writeStart >= 0 && writeEnd < 0)
            writeEnd = elapsed;
        return false;
    });
    REQUIRE(control.exitedAlone);
    CHECK(control.exitCode == 0);
    CHECK(requireExactlyOnePassword(diary, current, other, CliEnv::real(), true));
    CHECK(entriesOf(dir.path()) == QStringList{QStringLiteral("d.daymark")});
    std::swap(current, other);
    REQUIRE(writeStart > 0);
    const qint64 writeLength = std::max<qint64>(writeEnd - writeStart, 1000);

    const unsigned seed = seedFromEnvironmentOr(std::random_device{}());
    std::mt19937 random(seed);
    INFO("seed " << seed << ", write phase from " << writeStart << " us for " << writeLength << " us");
    int before = 0;
    int after = 0;
    int duringDerivation = 0;
    int duringWrite = 0;
    constexpr int kRuns = 4; // plus the control run: five real-KDF runs in all
    for (int i = 0; i < kRuns; ++i) {
        KillRun run;
        if (i < 2) {
            // While the old key or the new one is being derived: before the write phase began in the control run.
            const qint64 delay = std::uniform_int_distribution<qint64>(writeStart / 20, writeStart * 9 / 10)(random);
            run = passwdKilledWhen(diary, envFor(), [delay](qint64 elapsed) { return elapsed >= delay; });
        } else {
            // During the write: once DIARY.rekey appears, after a delay spread across the write phase and a bit past
            // it.
            const qint64 extra = std::uniform_int_distribution<qint64>(0, writeLength * 12 / 10)(random);
            qint64 seenAt = -1;
            run = passwdKilledWhen(diary, envFor(), [&](qint64 elapsed) {
                if (seenAt < 0 && rekeyExists())
                    seenAt = elapsed;
                return (seenAt >= 0 && elapsed >= seenAt + extra) || elapsed > 60000000;
            });
        }
        INFO("run " << i + 1 << ": killed after " << run.elapsedUs << " us, exited alone " << run.exitedAlone);
        const bool switched = requireExactlyOnePassword(diary, current, other, CliEnv::real(), true);
        if (run.exitedAlone)
            CHECK(switched);
        (switched ? after : before) += 1;
        (i < 2 && !run.rekeyAtKill && !switched ? duringDerivation : duringWrite) += 1;
        if (switched)
            std::swap(current, other);
    }
    std::cout << "passwd SIGKILL test (real KDF): " << kRuns << " kills, seed " << seed << ", write phase "
              << writeLength / 1000.0 << " ms starting at " << writeStart / 1000.0 << " ms: " << duringDerivation
              << " during key derivation, " << duringWrite << " during or after the write; " << before
              << " landed before the switch, " << after << " after it" << std::endl;
    CHECK(duringDerivation >= 1);
}
