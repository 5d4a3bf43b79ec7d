// Prints how long unlocking a diary takes with the production key-derivation settings, and the memory it uses.
// Not a timed test: it prints figures to compare against the target (0.3-1.5 s on a 2-core machine).
#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace daymark;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.daymark"));
    const auto password = crypto::secureUtf8(QStringLiteral("a long enough benchmark password"));

    QElapsedTimer timer;
    timer.start();
    vault::Vault::create(path, password);
    const double createSeconds = timer.nsecsElapsed() / 1e9;

    std::vector<double> unlock;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        auto vault = vault::Vault::open(path, password);
        unlock.push_back(timer.nsecsElapsed() / 1e9);
    }
    std::sort(unlock.begin(), unlock.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto params = vault::Vault::readKdfParams(path);
    std::printf("Argon2id: %u MiB, %u passes, parallelism %u\n", params.memoryKiB / 1024, params.iterations,
                params.parallelism);
    std::printf("create: %.3f s\n", createSeconds);
    std::printf("unlock over %d runs: min %.3f s, median %.3f s, max %.3f s (target 0.3-1.5 s)\n", runs, unlock.front(),
                unlock[unlock.size() / 2], unlock.back());
    std::printf("peak resident memory of this process: %.1f MiB\n", usage.ru_maxrss / 1024.0);
    const bool inTarget = unlock[unlock.size() / 2] >= 0.3 && unlock[unlock.size() / 2] <= 1.5;
    std::printf("median unlock is %s the target range\n", inTarget ? "inside" : "OUTSIDE");
    return 0;
}
