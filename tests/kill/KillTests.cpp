// Crash test (issue 8): starts the writer (KillWriter.cpp) again and again and kills it with SIGKILL at random
// moments; after each kill, on a copy of what is on disk, requires that exactly one password opens the diary (the
// new one once the writer reported the change, either while one was under way, else the old), that `check` passes
// (every page, the journal chain, data against journal), and that every incident and exhibit the writer reported
// as saved is there with exactly the content it wrote.
//   DAYMARK_KILLS=N (default 40)  DAYMARK_KILL_SEED=S (printed by every run, repeats its choices)
#include "KillExpectation.h"
#include "KillWorkload.h"
#include "TestVault.h"

#include "Catch.h"

#include "common/Error.h"
#include "crypto/Sha256.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <iostream>
#include <random>
#include <unistd.h>

using namespace daymark;
using namespace daymark::test::kill;

namespace {

constexpr auto kDiaryName = "d.daymark";

qint64 environmentNumber(const char* name, qint64 fallback)
{
    const QByteArray text = qgetenv(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : fallback;
}

struct WriterRun
{
    QByteArray out;
    QByteArray err;
    bool killed = false; // false: it exited by itself (a calibration run, or a failure)
    int exitCode = -1;
    qint64 openedUs = -1; // when the writer said the diary was open
    qint64 elapsedUs = 0;
};

// When to kill: `delayUs` after the start, or (with `afterOpened`) after the writer said the diary was open.
struct KillMoment
{
    qint64 delayUs = -1; // never when negative
    bool afterOpened = false;
};

// Runs the writer, killing it with SIGKILL at `moment`.
WriterRun runWriter(const QString& diary, std::uint64_t seed, int password, KillMoment moment, int ops = -1)
{
    QProcess process;
    QStringList arguments{diary, QString::number(seed), QString::number(password)};
    if (ops >= 0)
        arguments << QString::number(ops);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(DAYMARK_KILL_WRITER_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    const auto pid = static_cast<pid_t>(process.processId());
    WriterRun run;
    bool finished = false;
    while (!finished) {
        const qint64 now = timer.nsecsElapsed() / 1000;
        run.out += process.readAllStandardOutput();
        if (run.openedUs < 0 && run.out.startsWith("opened "))
            run.openedUs = now;
        const qint64 from = moment.afterOpened ? run.openedUs : 0;
        // An exited writer stays a zombie until QProcess reaps it, so the pid cannot have been reused.
        if (moment.delayUs >= 0 && from >= 0 && now >= from + moment.delayUs) {
            ::kill(pid, SIGKILL);
            break;
        }
        finished = process.waitForFinished(0);
        if (!finished)
            ::usleep(100);
        REQUIRE(timer.elapsed() < 120000);
    }
    if (!finished)
        REQUIRE(process.waitForFinished(60000));
    run.elapsedUs = timer.nsecsElapsed() / 1000;
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A copy of the diary's folder as the kill left it (the diary, a hot journal, a half-written .rekey), so the
// harness's own open, which plays a journal back, leaves the next writer run to recover the original itself.
QString copyOfFolder(const QString& from, const QString& to)
{
    QDir(to).removeRecursively();
    REQUIRE(QDir().mkpath(to));
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        REQUIRE(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
    }
    return QDir(to).filePath(QLatin1String(kDiaryName));
}

// Opens `path` with password `index`: the diary, nullptr for a wrong password; any other failure fails the test.
std::unique_ptr<diary::Diary> openWith(const QString& path, int index)
{
    try {
        return diary::Diary::open(path, passwordFor(index), test::fastOptions());
    } catch (const Error& error) {
        INFO("opening with password " << index << ": " << error.message() << " (" << error.detail() << ")");
        REQUIRE(error.kind() == Error::Kind::WrongPassword);
        return nullptr;
    }
}

struct Tally
{
    int kills = 0;
    int beforeOpened = 0;
    int duringPasswordChange = 0;
    int pendingResolvedOld = 0;
    int pendingResolvedNew = 0;
    int hotJournals = 0;
    int rekeyLeftovers = 0;
    int unreportedIncidents = 0;
    int unreportedAmendments = 0;
    int unreportedExhibits = 0;
    int saved = 0;
    int amended = 0;
    int attached = 0;
    int passwordsChanged = 0;
};

// Checks the diary (a copy of it) after one run and takes in what the run committed without reporting it.
void verifyAfter(const QString& folder, const QString& scratch, KillExpectation& expected, const WriterReport& report,
                 Tally& tally, std::mt19937_64& rng)
{
    // Exactly one of the current password and the next opens it: the next one only if a change was reported
    // done (already in `expected`) or was under way.
    const int current = expected.password();
    const auto withCurrent = openWith(copyOfFolder(folder, scratch + QStringLiteral("/a")), current);
    auto withNext = openWith(copyOfFolder(folder, scratch + QStringLiteral("/b")), current + 1);
    INFO("password " << current << " opens: " << bool(withCurrent) << ", password " << current + 1
                     << " opens: " << bool(withNext) << ", change under way: " << report.passwordPending.has_value());
    REQUIRE(bool(withCurrent) != bool(withNext));
    if (withNext) {
        REQUIRE(report.passwordPending == current + 1);
        expected.adoptPassword(current + 1);
    }
    if (report.passwordPending)
        (withNext ? tally.pendingResolvedNew : tally.pendingResolvedOld) += 1;
    diary::Diary& diary = withNext ? *withNext : *withCurrent;

    const auto checked = diary.check();
    INFO("check: " << checked.problems().join(QStringLiteral(" / ")));
    REQUIRE(checked.ok());

    // Incidents: every one reported is there with the content of its version; one more version or one more
    // incident than reported may be there (the change committed just before the kill), and nothing else.
    auto& incidents = diary.incidents();
    const qint64 total = incidents.count({});
    const qint64 reported = expected.incidents().size();
    INFO("incidents in the diary: " << total << ", reported saved: " << reported);
    REQUIRE((total == reported || total == reported + 1));
    int unreported = 0;
    const auto verifyIncident = [&](const QUuid& id, const ExpectedIncident& want) {
        const auto found = incidents.find(id);
        INFO("incident " << want.number << " " << id.toString() << " reported at version " << want.version);
        REQUIRE(found.has_value());
        CHECK(found->number == want.number);
        REQUIRE((found->version == want.version || found->version == want.version + 1));
        const diary::Incident wanted = incidentFor(id, found->version);
        CHECK(found->incident == wanted);
        CHECK(sameZones(found->incident, wanted));
        if (found->version != want.version) {
            unreported += 1;
            tally.unreportedAmendments += 1;
            expected.adoptIncident(id, want.number, found->version);
        }
    };
    // Those this run touched, and a sample of the older ones (the check above covers the rest through the journal).
    QList<QUuid> ids = report.touchedIncidents;
    const QList<QUuid> all = expected.incidents().keys();
    for (int k = 0; k < 20 && !all.isEmpty(); ++k)
        ids << all[static_cast<qsizetype>(rng() % static_cast<std::uint64_t>(all.size()))];
    for (const QUuid& id : ids)
        verifyIncident(id, expected.incidents().value(id));
    if (total == reported + 1) {
        const auto newest = incidents.list({}, 1000);
        int extra = 0;
        for (const auto& record : newest) {
            if (expected.incidents().contains(record.incident.id))
                continue;
            extra += 1;
            CHECK(record.number == expected.highestNumber() + 1);
            CHECK(record.version == 1);
            CHECK(record.incident == incidentFor(record.incident.id, 1));
            expected.adoptIncident(record.incident.id, record.number, 1);
        }
        REQUIRE(extra == 1);
        unreported += 1;
        tally.unreportedIncidents += 1;
    }

    // Exhibits: each one reported is there with its number, its incident and exactly its bytes.
    auto& exhibits = diary.exhibits();
    const auto listed = exhibits.list();
    INFO("exhibits in the diary: " << listed.size() << ", reported: " << expected.exhibits().size());
    REQUIRE((listed.size() == size_t(expected.exhibits().size()) ||
             listed.size() == size_t(expected.exhibits().size()) + 1));
    for (const QUuid& id : report.newExhibits) {
        const ExpectedExhibit want = expected.exhibits().value(id);
        const auto found = exhibits.find(id);
        INFO("exhibit " << want.label << " " << id.toString());
        REQUIRE(found.has_value());
        CHECK(found->exhibit.label == want.label);
        CHECK(found->exhibit.sha256 == want.sha256);
        CHECK(found->exhibit.incidents.contains(want.incident));
        const QByteArray bytes = exhibits.read(id);
        CHECK(bytes == exhibitBytesFor(want.seed));
    }
    for (const auto& record : listed) {
        if (expected.exhibits().contains(record.exhibit.id))
            continue;
        // Attached just before the kill: its bytes must still be what its SHA-256 says.
        CHECK(QString::fromLatin1(crypto::Sha256::hexOf(exhibits.read(record.exhibit.id))) == record.exhibit.sha256);
        expected.adoptExhibit(record.exhibit.id,
                              {record.exhibit.label, record.exhibit.incidents.value(0), record.exhibit.sha256, 0});
        unreported += 1;
        tally.unreportedExhibits += 1;
    }
    // Only the one operation cut short by the kill can be in the diary without having been reported.
    CHECK(unreported <= 1);
}

} // namespace

TEST_CASE("a writer killed at random moments loses nothing it reported as saved and leaves a sound diary",
          "[kill][crash]")
{
    const int kills = static_cast<int>(environmentNumber("DAYMARK_KILLS", 40));
    const auto seed =
        static_cast<std::uint64_t>(environmentNumber("DAYMARK_KILL_SEED", static_cast<qint64>(std::random_device{}())));
    std::cout << "kill test: " << kills << " kills, seed " << seed << " (DAYMARK_KILL_SEED=" << seed
              << " repeats the delays and the writer's choices)" << std::endl;
    INFO("seed " << seed);
    std::mt19937_64 rng(seed);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("work"));
    const QString scratch = dir.filePath(QStringLiteral("check"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QLatin1String(kDiaryName));
    diary::Diary::create(path, passwordFor(0), test::fastOptions()).reset();

    KillExpectation expected;
    Tally tally;
    QElapsedTimer total;
    total.start();

    // An uninterrupted run of a dozen operations sets the range of kill delays: a quarter of the kills land from
    // the start until a bit past the open (recovering what the previous kill left), the rest from the open until a
    // bit past the twelfth operation.
    WriterReport calibrationReport;
    const WriterRun calibration = runWriter(path, rng(), expected.password(), {}, 12);
    INFO("calibration run: exit " << calibration.exitCode << ", stderr: " << calibration.err.toStdString());
    REQUIRE(calibration.exitCode == 0);
    REQUIRE(expected.apply(calibration.out, calibrationReport).isEmpty());
    verifyAfter(folder, scratch, expected, calibrationReport, tally, rng);
    REQUIRE(calibration.openedUs > 0);
    const qint64 openRange = calibration.openedUs * 12 / 10;
    const qint64 workRange = (calibration.elapsedUs - calibration.openedUs) * 12 / 10 + 1;

    for (int k = 1; k <= kills; ++k) {
        const std::uint64_t writerSeed = rng();
        KillMoment moment;
        moment.afterOpened = rng() % 4 != 0;
        moment.delayUs =
            static_cast<qint64>(rng() % static_cast<std::uint64_t>(moment.afterOpened ? workRange : openRange));
        INFO("kill " << k << " of " << kills << ", " << moment.delayUs << " us after "
                     << (moment.afterOpened ? "the open" : "the start") << " (writer seed " << writerSeed
                     << ", password " << expected.password() << ")");
        const WriterRun run = runWriter(path, writerSeed, expected.password(), moment);
        INFO("writer stdout:\n" << run.out.toStdString() << "writer stderr:\n" << run.err.toStdString());
        REQUIRE(run.killed); // the writer never stops by itself: it ended with an error
        WriterReport report;
        const QString problem = expected.apply(run.out, report);
        INFO(problem);
        REQUIRE(problem.isEmpty());
        tally.kills += 1;
        tally.beforeOpened += report.opened || report.passwordsChanged > 0 ? 0 : 1;
        tally.duringPasswordChange += report.passwordPending ? 1 : 0;
        tally.hotJournals += QFileInfo(path + QStringLiteral("-journal")).size() > 0 ? 1 : 0;
        tally.rekeyLeftovers += QFileInfo::exists(path + QStringLiteral(".rekey")) ? 1 : 0;
        tally.saved += report.saved;
        tally.amended += report.amended;
        tally.attached += report.attached;
        tally.passwordsChanged += report.passwordsChanged;
        verifyAfter(folder, scratch, expected, report, tally, rng);
    }
    std::cout << "kill test: " << tally.kills << " SIGKILLs in " << total.elapsed() / 1000.0 << " s (seed " << seed
              << "; a quarter 0.." << openRange / 1000.0 << " ms after the start, the rest 0.." << workRange / 1000.0
              << " ms after the open): the writers reported " << tally.saved << " incidents added, " << tally.amended
              << " amendments, " << tally.attached << " exhibits, " << tally.passwordsChanged << " password changes; "
              << tally.beforeOpened << " kills came before the diary was open, " << tally.duringPasswordChange
              << " during a password change (old password kept " << tally.pendingResolvedOld << ", new one "
              << tally.pendingResolvedNew << "), " << tally.hotJournals << " left a hot journal, "
              << tally.rekeyLeftovers
              << " a .rekey file; found committed but not yet reported: " << tally.unreportedIncidents << " incidents, "
              << tally.unreportedAmendments << " amendments, " << tally.unreportedExhibits << " exhibits; diary now "
              << expected.incidents().size() << " incidents, " << expected.exhibits().size() << " exhibits"
              << std::endl;
    CHECK(tally.kills == kills);
}
