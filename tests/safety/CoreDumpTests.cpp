// No crash dumps: daymark-cli and daymark, once started, run with the core-file limit at 0 and (Linux) not dumpable.
// Read from outside, in /proc of the running process: "Max core file size" in /proc/PID/limits, and the owner of
// /proc/PID/status, which the kernel makes root for a process that is not dumpable. So that owner can tell, the program
// runs as a user other than root (as "nobody" through setpriv when the test runs as root).
#include "Catch.h"
#include "CliRunner.h"
#include "ProcessScan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace daymark::test::cli;
using namespace daymark::test::safety;

namespace {

constexpr uid_t kNobody = 65534;

// The limit children inherit is raised as far as allowed first, so a program that did not lower it would show.
bool allowCoreDumpsInChildren()
{
    rlimit limit{};
    getrlimit(RLIMIT_CORE, &limit);
    if (getuid() == 0)
        limit.rlim_max = RLIM_INFINITY;
    limit.rlim_cur = limit.rlim_max;
    return setrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur != 0;
}

QString coreLimitOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.simplified());
    return {};
}

// The owner of /proc/PID/status: root when the process is not dumpable, else the process's own user. (/proc/PID
// itself keeps the process's user either way.)
uid_t procOwner(qint64 pid)
{
    struct stat info
    {};
    if (::stat(QStringLiteral("/proc/%1/status").arg(pid).toLocal8Bit().constData(), &info) != 0)
        return static_cast<uid_t>(-1);
    return info.st_uid;
}

// Starts `program` as a user other than root: through setpriv when this test runs as root.
void startUnprivileged(QProcess& process, const QString& program, const QStringList& arguments, const CliEnv& env)
{
    process.setProcessEnvironment(env.environment());
    if (getuid() == 0) {
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    REQUIRE(process.waitForStarted());
}

bool waitFor(const std::function<bool()>& done, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return done();
}

} // namespace

TEST_CASE("daymark-cli runs with core dumps off and is not dumpable")
{
    if (getuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        WARN("SKIPPED: running as root without setpriv (util-linux), so the process's owner cannot tell");
        return;
    }
    const bool limitCanShow = allowCoreDumpsInChildren();
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString diary = createDiary(dir.filePath(QStringLiteral("d.daymark")), QStringLiteral("a password"));
    QFile::setPermissions(diary, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    // The password comes from a named pipe: the program waits there, started and hardened, until the test writes.
    const QString fifo = dir.filePath(QStringLiteral("password"));
    REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0666) == 0);
    ::chmod(fifo.toLocal8Bit().constData(), 0666);

    QProcess cli;
    startUnprivileged(cli, cliPath(), {QStringLiteral("list"), diary, QStringLiteral("--password-file"), fifo},
                      CliEnv::fast());
    int writer = -1;
    const bool waiting = waitFor([&] {
        writer = ::open(fifo.toLocal8Bit().constData(), O_WRONLY | O_NONBLOCK); // succeeds once a reader waits
        return writer >= 0 || cli.waitForFinished(0);
    });
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(waiting);
    REQUIRE(writer >= 0);
    const qint64 pid = cli.processId();
    const QString limit = coreLimitOf(pid);
    const uid_t owner = procOwner(pid);
    ::close(writer); // an empty password: the command ends with its usual sentence
    cli.waitForFinished(10000);

    INFO("limits: " << limit.toStdString() << "; /proc owner " << owner);
    CHECK(limit.startsWith(QLatin1String("Max core file size 0 0")));
    if (!limitCanShow)
        WARN("Core dumps were already off for this test, so the limit alone proves little; the owner check stands");
    CHECK(owner == 0);
}

TEST_CASE("the desktop app runs with core dumps off and is not dumpable")
{
    if (getuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        WARN("SKIPPED: running as root without setpriv (util-linux), so the process's owner cannot tell");
        return;
    }
    allowCoreDumpsInChildren();
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    CliEnv env = CliEnv::fast();
    env.set(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"))
        .set(QStringLiteral("HOME"), dir.path())
        .set(QStringLiteral("XDG_CONFIG_HOME"), dir.path())
        .set(QStringLiteral("XDG_CACHE_HOME"), dir.path())
        .set(QStringLiteral("XDG_DATA_HOME"), dir.path());
    QProcess gui;
    startUnprivileged(gui, guiPath(), {}, env);
    const qint64 pid = gui.processId();
    const QString guiExe = QFileInfo(guiPath()).canonicalFilePath();
    // Past exec (setpriv becomes daymark) and into main(), where hardening is the first thing done.
    const bool started = waitFor([&] {
        return QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath() == guiExe && procOwner(pid) == 0;
    });
    const QString limit = coreLimitOf(pid);
    const bool running = gui.state() == QProcess::Running;
    gui.kill();
    gui.waitForFinished(5000);
    INFO("limits: " << limit.toStdString() << "; stderr: " << gui.readAllStandardError().toStdString());
    CHECK(running);
    CHECK(started); // /proc/PID/status belongs to root: not dumpable
    CHECK(limit.startsWith(QLatin1String("Max core file size 0 0")));
}
