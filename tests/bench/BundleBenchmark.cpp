// Exports an evidence bundle holding one large exhibit (argument: its size in MiB, default 2048) and prints the
// seconds taken and this process's peak resident memory during the export alone, then checks the bundle with
// verify. The exhibit is streamed into the zip, so memory should stay far below its size. Not a timed test.
#include "BenchMemory.h"
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "report/BundleVerifier.h"
#include "report/BundleWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <random>

using namespace daymark;
using daymark::bench::peakMiB;
using daymark::bench::resetPeak;

namespace {

double seconds(QElapsedTimer& timer)
{
    const double s = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 2048;
    const qint64 bytes = mib * 1024 * 1024;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/daymark-bench-XXXXXX"));
    const QString input = dir.filePath(QStringLiteral("recording.bin"));
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        std::mt19937_64 rng(11);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < bytes; written += block.size()) {
            auto* words = reinterpret_cast<quint64*>(block.data());
            for (qsizetype k = 0; k < block.size() / 8; ++k)
                words[k] = rng();
            f.write(block);
        }
    }

    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests(); // the key derivation is not what is measured here
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    const auto diary = diary::Diary::create(dir.filePath(QStringLiteral("bench.daymark")),
                                            crypto::secureUtf8(QStringLiteral("bench")), options);
    diary::Incident incident;
    incident.type = diary::IncidentType::Call;
    incident.start = QDateTime(QDate(2026, 3, 1), QTime(21, 15), QTimeZone("Europe/London"));
    incident.summary = QStringLiteral("He rang eleven times and left a long voicemail");
    const QUuid id = diary->incidents().add(incident).incident.id;
    QElapsedTimer timer;
    timer.start();
    diary->exhibits().attachFile(id, input);
    const double attachSeconds = seconds(timer);
    QFile::remove(input);

    resetPeak();
    const double before = peakMiB();
    const QString zip = dir.filePath(QStringLiteral("bundle.zip"));
    const report::ExportResult result = report::exportBundle(*diary, {}, zip);
    const double exportSeconds = seconds(timer);
    const double exportPeak = peakMiB();

    resetPeak();
    const report::BundleVerification verified = report::verifyBundle(zip);
    const double verifySeconds = seconds(timer);
    const double verifyPeak = peakMiB();

    std::printf("bundle with one %lld MiB exhibit (attached in %.2f s)\n", static_cast<long long>(mib), attachSeconds);
    std::printf("  export: %.2f s, %.1f MB/s, peak resident memory %.1f MiB (%.1f MiB before the export)\n",
                exportSeconds, double(bytes) / 1e6 / exportSeconds, exportPeak, before);
    std::printf("  verify: %.2f s, %.1f MB/s, peak resident memory %.1f MiB; %s\n", verifySeconds,
                double(bytes) / 1e6 / verifySeconds, verifyPeak, verified.ok() ? "verified" : "NOT verified");
    std::printf("  bundle size %lld bytes, %d files\n", static_cast<long long>(QFileInfo(zip).size()),
                int(result.files.size()));
    return verified.ok() && exportPeak < 200 ? 0 : 1;
}
