// Backup, restore and emergency copy of a big diary: by default CI-sized (1,000 incidents, 20 MiB of exhibits); by
// hand `daymark-bench-backup 10000 200` for the figures of issue 8. Prints seconds; not a timed test. Key derivation
// uses test-only settings, so the figures are the file work alone (add ~0.75 s per key derivation in real use).
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "diary/BackupFolder.h"
#include "diary/BackupRestore.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"
#include "diary/DiaryBackup.h"
#include "diary/EmergencyCopy.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentFilter.h"
#include "diary/IncidentRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace daymark;

namespace {

double seconds(QElapsedTimer& timer)
{
    const double s = timer.nsecsElapsed() / 1e9;
    timer.restart();
    return s;
}

// CPU seconds of this process (all threads) since the last call: on a shared machine the wall clock also counts
// waiting for the disk and for other people's work.
double cpuSeconds()
{
    static double last = 0;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double now =
        usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    const double spent = now - last;
    last = now;
    return spent;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int incidents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int mib = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/daymark-bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("big.daymark"));
    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests(); // the key derivation is not what is measured here
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    const auto password = crypto::secureUtf8(QStringLiteral("benchmark"));

    QElapsedTimer timer;
    timer.start();
    const diary::DemoOptions demo{incidents, 1};
    ManualClock clock(diary::demoDiaryCreatedAt(demo));
    auto opened = diary::Diary::create(path, password, options, clock);
    diary::fillDemoDiary(*opened, clock, demo);
    // Exhibits of 2 MiB of random bytes each (photos and recordings do not compress either).
    const QUuid incident = opened->incidents().list(diary::IncidentFilter{}, 1).front().incident.id;
    std::mt19937_64 rng(11);
    QByteArray block(2 * 1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < mib / 2; ++i) {
        auto* words = reinterpret_cast<quint64*>(block.data());
        for (qsizetype k = 0; k < block.size() / 8; ++k)
            words[k] = rng();
        opened->exhibits().attachData(incident, block, QStringLiteral("recording-%1.m4a").arg(i));
    }
    const double buildSeconds = seconds(timer);
    const double sizeMiB = QFileInfo(path).size() / 1048576.0;
    std::printf("diary: %d incidents, %d MiB of exhibits, file %.1f MiB (made in %.1f s)\n", incidents, mib, sizeMiB,
                buildSeconds);
    cpuSeconds();

    const diary::BackupFolder folder(path);
    diary::DiaryBackup backup(opened->vault());
    const auto outcome = backup.make(folder, 7, QDateTime::currentDateTimeUtc());
    const double backupSeconds = seconds(timer);
    std::printf("backup: %.2f s in all (%.1f MiB/s, CPU %.2f s); read lock held %.2f s while copying; the rest is "
                "fsync and the full check\n",
                backupSeconds, sizeMiB / backupSeconds, cpuSeconds(), outcome.copyMs / 1000.0);
    const auto report = backup.checkCopy(outcome.path);
    std::printf("full check of the backup alone: %.2f s (CPU %.2f s, %s)\n", seconds(timer), cpuSeconds(),
                report.ok() ? "sound" : "DAMAGED");

    diary::EmergencyCopy copy(opened->vault());
    copy.save(dir.filePath(QStringLiteral("copy.daymark")), crypto::secureUtf8(QStringLiteral("second")), options);
    std::printf("emergency copy (re-encrypted, flushed, checked): %.2f s (CPU %.2f s)\n", seconds(timer), cpuSeconds());

    opened.reset();
    const auto restored =
        diary::backupRestore::restore(path, outcome.path, password, options, QDateTime::currentDateTimeUtc());
    std::printf("restore (copy, flush, full check, swap): %.2f s (CPU %.2f s, %s)\n", seconds(timer), cpuSeconds(),
                restored.check.ok() ? "sound" : "DAMAGED");
    return report.ok() && restored.check.ok() ? 0 : 1;
}
