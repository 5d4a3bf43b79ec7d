// No network of any kind: neither program links Qt Network, and under strace neither daymark-cli (create, add, list,
// export-pdf) nor the desktop app opens a socket other than AF_UNIX (the X server or D-Bus). strace is in the test
// packages of scripts/setup.sh; where it is missing or may not trace (no ptrace), the trace tests say so and stop.
// (unshare -n would only hide a connection attempt; strace shows it.)
#include "Catch.h"
#include "CliRunner.h"
#include "ProcessScan.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace daymark::test::cli;
using namespace daymark::test::safety;

namespace {

struct Trace
{
    CliResult run;
    QStringList socketLines; // every socket() call
    QStringList foreign;     // network calls that are not AF_UNIX
    bool traced = false;     // strace could trace (it wrote its log)
};

// Runs `program` under strace -f, tracing the network system calls into a log.
Trace traced(const QString& program, const QStringList& arguments, const CliEnv& env, const QString& log)
{
    Trace trace;
    trace.run = runProgram(QStringLiteral("strace"),
                           QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                       QStringLiteral("trace=network"), QStringLiteral("-o"), log, program} +
                               arguments,
                           env);
    QFile file(log);
    trace.traced = file.open(QIODevice::ReadOnly);
    static const QRegularExpression family(QStringLiteral("AF_[A-Z0-9]+|PF_[A-Z0-9]+"));
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.contains(QLatin1String("socket(")))
            trace.socketLines << line;
        const QRegularExpressionMatch match = family.match(line);
        if (match.hasMatch() && match.captured() != QLatin1String("AF_UNIX") &&
            match.captured() != QLatin1String("PF_UNIX") && match.captured() != QLatin1String("AF_LOCAL"))
            trace.foreign << line;
    }
    return trace;
}

bool haveStrace()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
        return true;
    WARN("SKIPPED: strace is not installed (Debian: strace; scripts/setup.sh test installs it)");
    return false;
}

} // namespace

TEST_CASE("neither daymark nor daymark-cli links Qt Network")
{
    if (QStandardPaths::findExecutable(QStringLiteral("ldd")).isEmpty()) {
        WARN("SKIPPED: no ldd on this system");
        return;
    }
    for (const QString& program : {cliPath(), guiPath()}) {
        const CliResult ldd = runProgram(QStringLiteral("ldd"), {program}, CliEnv::fast());
        INFO(program.toStdString() << "\n" << ldd.describe());
        REQUIRE(ldd.exitCode == 0);
        CHECK(ldd.out.contains(QLatin1String("libQt6Core"))); // the list is real
        CHECK_FALSE(ldd.out.contains(QLatin1String("Network")));
    }
}

TEST_CASE("the trace catches a program that opens an internet socket")
{
    if (!haveStrace())
        return;
    QTemporaryDir dir;
    // bash's /dev/tcp opens an AF_INET socket to the loopback address (port 9, discard: refused, nothing sent).
    const Trace trace =
        traced(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/9 || true")},
               CliEnv::fast(), dir.filePath(QStringLiteral("trace.log")));
    if (!trace.traced) {
        WARN("SKIPPED: strace cannot trace here (no ptrace permission): " << trace.run.describe());
        return;
    }
    CHECK_FALSE(trace.foreign.isEmpty());
}

TEST_CASE("daymark-cli opens no network socket: create, add, list, export-pdf")
{
    if (!haveStrace())
        return;
    QTemporaryDir dir;
    const QString diary = dir.filePath(QStringLiteral("d.daymark"));
    const CliEnv env = CliEnv::fast().password(QStringLiteral("walnut river lantern orbit"));
    const QList<QStringList> commands{
        {QStringLiteral("create"), diary},
        {QStringLiteral("add"), diary, QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--at"),
         QStringLiteral("2026-03-01 21:40"), QStringLiteral("--summary"), QStringLiteral("A call at night")},
        {QStringLiteral("list"), diary},
        {QStringLiteral("export-pdf"), diary, dir.filePath(QStringLiteral("out.pdf"))},
    };
    int step = 0;
    for (const QStringList& command : commands) {
        const Trace trace = traced(cliPath(), command, env, dir.filePath(QStringLiteral("trace%1.log").arg(step++)));
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << trace.run.describe());
        if (!trace.traced) {
            WARN("SKIPPED: strace cannot trace here: " << trace.run.describe());
            return;
        }
        CHECK(trace.run.exitCode == 0);
        INFO("non-local network calls:\n" << trace.foreign.join(QLatin1Char('\n')).toStdString());
        CHECK(trace.foreign.isEmpty());
    }
    CHECK(QFileInfo(dir.filePath(QStringLiteral("out.pdf"))).size() > 1000); // the export really ran
}

TEST_CASE("the desktop app opens no network socket while it starts and runs")
{
    if (!haveStrace())
        return;
    QTemporaryDir dir;
    CliEnv env = CliEnv::fast();
    env.set(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"))
        .set(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")))
        .set(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")))
        .set(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    // Three seconds of the window on screen, then killed (only it: --foreground): it shows the first-run page and its
    // D-Bus watcher starts.
    const Trace trace = traced(
        QStringLiteral("timeout"),
        {QStringLiteral("--foreground"), QStringLiteral("-s"), QStringLiteral("KILL"), QStringLiteral("3"), guiPath()},
        env, dir.filePath(QStringLiteral("gui.log")));
    INFO(trace.run.describe());
    if (!trace.traced) {
        WARN("SKIPPED: strace cannot trace here: " << trace.run.describe());
        return;
    }
    CHECK(trace.run.exitCode == 137); // it ran until killed, not stopped early
    INFO("socket calls:\n" << trace.socketLines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(trace.socketLines.isEmpty()); // the D-Bus watcher tried the system bus: the trace saw the app
    INFO("non-local network calls:\n" << trace.foreign.join(QLatin1Char('\n')).toStdString());
    CHECK(trace.foreign.isEmpty());
}
