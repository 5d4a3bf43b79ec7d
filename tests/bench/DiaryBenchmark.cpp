// Prints how a diary of N demo incidents performs: generating it, adding one incident, listing the newest 100,
// full-text search and checking the whole journal. Not a timed test: it prints figures beside issue 3's targets.
// Uses tiny, insecure key-derivation settings (the KDF runs only at create and is not what is measured here).
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
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

// CPU time of this thread: beside the wall-clock figures, so a busy machine does not hide what the code costs.
double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

struct Timing
{
    double wall = 0; // median wall-clock time
    double cpu = 0;  // median CPU time
};

// Each of `runs` calls timed; medians reported, in `scale` units per second (1000: milliseconds).
Timing median(int runs, const std::function<void()>& action, double scale = 1000)
{
    std::vector<double> wall, cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = cpuNow();
        timer.start();
        action();
        wall.push_back(timer.nsecsElapsed() / 1e9 * scale);
        cpu.push_back((cpuNow() - cpuStart) * scale);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void report(const char* what, Timing t, const char* unit, double target)
{
    std::printf("%-54s %9.2f %-2s (CPU %8.2f %s)  target < %g %s: %s\n", what, t.wall, unit, t.cpu, unit, target, unit,
                t.wall < target ? "met" : "MISSED");
}

void report(const char* what, Timing t, const char* unit, const QString& note)
{
    std::printf("%-54s %9.2f %-2s (CPU %8.2f %s)  %s\n", what, t.wall, unit, t.cpu, unit, qPrintable(note));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.daymark"));
    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests();
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    std::printf("Diary benchmark on a demo diary of N = %d incidents (seed 1)\n", n);
    std::printf("Key derivation: insecure test-only settings (%u KiB); they affect only creating the file.\n",
                options.kdf.memoryKiB);

    const DemoOptions demo{n, 1};
    ManualClock clock(demoDiaryCreatedAt(demo));
    auto diary = Diary::create(path, crypto::secureUtf8(QStringLiteral("benchmark password")), options, clock);
    DemoSummary summary;
    const Timing generate = median(
        1, [&] { summary = fillDemoDiary(*diary, clock, demo); }, 1);
    report("generate the demo diary", generate, "s",
           QStringLiteral("%1 people, %2 orders, %3 incidents, %4 amendments, %5 deletions; %6 journal records")
               .arg(summary.people)
               .arg(summary.orders)
               .arg(summary.incidents)
               .arg(summary.amendments)
               .arg(summary.deletions)
               .arg(diary->journal().headSeq()));

    // One incident at a time, each its own committed (fsynced) transaction, as when a person presses Save.
    const QUuid stalker = diary->people().resolve(QStringLiteral("Mark Ellison"));
    int added = 0;
    const Timing add = median(50, [&] {
        clock.advance(90);
        Incident incident;
        incident.type = IncidentType::Text;
        incident.start = QDateTime::fromSecsSinceEpoch(clock.nowUtc().toSecsSinceEpoch() - 600, Qt::UTC);
        incident.summary = QStringLiteral("Text from his number");
        incident.details = QStringLiteral("Text from 07700 900142: \"Benchmark message %1\"").arg(++added);
        incident.channel = QStringLiteral("SMS");
        incident.account = QStringLiteral("07700 900142");
        incident.people << stalker;
        diary->incidents().add(incident);
    });
    report("add one incident (median of 50, each committed)", add, "ms", 20);

    std::size_t listed = 0;
    report("list the newest 100 incidents (median of 21)",
           median(21, [&] { listed = diary->incidents().list({}, 100).size(); }), "ms", 50);
    if (listed != 100)
        std::printf("  (listed %zu, not 100)\n", listed);

    const QString queries[] = {QStringLiteral("car"), QStringLiteral("choc"), QStringLiteral("Lee Carver"),
                               QStringLiteral("exclusion zone")};
    Timing worst;
    for (const QString& query : queries) {
        std::size_t hits = 0;
        const Timing t = median(11, [&] { hits = diary->incidents().search(query, {}, 100).size(); });
        std::printf("  search \"%s\": %.2f ms (CPU %.2f ms), %zu shown of %zu matches\n", qPrintable(query), t.wall,
                    t.cpu, hits, diary->incidents().search(query, {}, 10'000'000).size());
        if (t.wall > worst.wall)
            worst = t;
    }
    report("full-text search, newest 100 (slowest query's median)", worst, "ms", 100);

    evidence::ChainVerification chain;
    report("verify the journal chain alone",
           median(
               1, [&] { chain = diary->journal().verify(); }, 1),
           "s", 5);
    std::printf("  (%lld records, %s)\n", static_cast<long long>(chain.records), chain.ok() ? "sound" : "BROKEN");
    vault::CheckReport file;
    report("check the file alone (page codes, SQLite integrity)",
           median(
               1, [&] { file = diary->vault().check(); }, 1),
           "s", file.ok() ? QStringLiteral("sound") : QStringLiteral("PROBLEMS"));
    DiaryCheckReport full;
    report("full check: file + chain + data against journal",
           median(
               1, [&] { full = diary->check(); }, 1),
           "s", full.ok() ? QStringLiteral("sound") : QStringLiteral("PROBLEMS"));
    for (const QString& problem : full.problems().mid(0, 5))
        std::printf("  problem: %s\n", qPrintable(problem));

    diary.reset(); // closes the file, folding the write-ahead log back in
    std::printf("%-54s %9.1f MiB (%.1f KiB per incident)\n", "file size", QFileInfo(path).size() / 1048576.0,
                QFileInfo(path).size() / 1024.0 / n);
    return 0;
}
