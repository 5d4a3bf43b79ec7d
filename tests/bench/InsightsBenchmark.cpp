// Prints how fast the insights are on a demo diary of N incidents: reading the light timeline, weekly counts, all
// escalation signals and the screening evidence, beside loading every whole incident with list(). Not a timed
// test: it prints figures beside issue 9's target (< 1 s for all signals on 100,000 incidents).
// Usage: daymark-bench-insights [N] [DIARY]: with DIARY, a diary made by an earlier run is reused (or kept there).
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "insights/Insights.h"
#include "insights/Screening.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace daymark;
using namespace daymark::diary;

namespace {

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

struct Timing
{
    double wall = 0; // median, milliseconds
    double cpu = 0;
};

Timing median(int runs, const std::function<void()>& action)
{
    std::vector<double> wall, cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuNow();
        timer.start();
        action();
        wall.push_back(timer.nsecsElapsed() / 1e6);
        cpu.push_back((cpuNow() - cpuStart) * 1000);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void report(const char* what, Timing t, double targetMs = 0)
{
    std::printf("%-58s %9.1f ms (CPU %8.1f ms)", what, t.wall, t.cpu);
    if (targetMs > 0)
        std::printf("  target < %g ms: %s", targetMs, t.wall < targetMs ? "met" : "MISSED");
    std::printf("\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100'000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.daymark"));
    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests();
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    const auto password = crypto::secureUtf8(QStringLiteral("benchmark password"));
    std::printf("Insights benchmark on a demo diary of N = %d incidents (seed 1)\n", n);

    const DemoOptions demo{n, 1};
    ManualClock clock(demoDiaryCreatedAt(demo));
    std::unique_ptr<Diary> diary;
    if (QFileInfo::exists(path)) {
        diary = Diary::open(path, password, options, clock);
        std::printf("reusing %s\n", qPrintable(path));
    } else {
        diary = Diary::create(path, password, options, clock);
        QElapsedTimer timer;
        timer.start();
        fillDemoDiary(*diary, clock, demo);
        std::printf("%-58s %9.1f s\n", "generate the demo diary", timer.elapsed() / 1000.0);
    }
    const qint64 incidents = diary->incidents().count({});
    std::printf("%lld incidents (not deleted)\n", static_cast<long long>(incidents));

    // The demo's period ends on 31 October 2026: the signals look at the weeks up to then.
    insights::InsightsOptions at;
    at.asOf = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    std::size_t rows = 0;
    // What reading costs before any decoding: every page of the incidents table decrypted, one row at a time.
    report("for comparison: SQL scan of every incident's row and data", median(3, [&] {
               auto stmt = diary->vault().connection().prepare(
                   "SELECT number, id, type, breach, length(data) FROM incidents WHERE deleted = 0");
               rows = 0;
               while (stmt.step())
                   ++rows;
           }));
    report("read the light timeline (IncidentRepository::timeline)",
           median(5, [&] { rows = diary->incidents().timeline({}).size(); }));
    insights::Insights result;
    report("all signals and weekly counts (computeInsights)",
           median(5, [&] { result = insights::computeInsights(*diary, at); }), 1000);
    std::printf("  %zu timeline rows, %zu weeks, %zu signals, last 4 weeks %d against %d before\n", rows,
                result.weekly.weeks.size(), result.signals.size(), result.frequency.recent, result.frequency.previous);
    for (const insights::Signal& s : result.signals)
        std::printf("  %s: %zu incidents\n", qPrintable(insights::signalCode(s.kind)), s.incidents.size());
    const auto entries = diary->incidents().timeline({});
    report("  of which counting and signals alone (no reading)",
           median(5, [&] { result = insights::computeInsights(entries, at); }));
    report("screening annex: answers and evidence for every question",
           median(3, [&] { insights::Screening(*diary).annex(at.asOf); }), 1000);
    report("for comparison: list() of every whole incident",
           median(1, [&] { rows = diary->incidents().list({}, -1).size(); }));
    return 0;
}
