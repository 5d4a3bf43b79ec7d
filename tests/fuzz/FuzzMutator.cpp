// The stand-alone mutation loop shared by the fuzz targets.
#include "FuzzMutator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace daymark::fuzz {

QByteArray mutate(QByteArray data, std::mt19937& rng, std::span<const char* const> pieces)
{
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < edits; ++k) {
        // Never position 0: the byte that chooses the parser.
        const qsizetype at = data.size() <= 1 ? 1 : 1 + static_cast<qsizetype>(rng() % (data.size() - 1));
        const qsizetype inside = std::min(at, data.size());
        switch (rng() % 6) {
        case 0:
            if (at < data.size())
                data[at] = static_cast<char>(rng());
            break;
        case 1:
            data.insert(inside, static_cast<char>(rng()));
            break;
        case 2:
            data.remove(at, static_cast<qsizetype>(rng() % 32));
            break;
        case 3:
            data.truncate(at);
            break;
        case 4: { // a piece copied elsewhere: repeats headers, tags and references
            const qsizetype from = data.isEmpty() ? 0 : static_cast<qsizetype>(rng() % data.size());
            data.insert(inside, data.mid(from, static_cast<qsizetype>(rng() % 64)));
            break;
        }
        default:
            if (!pieces.empty())
                data.insert(inside, pieces[rng() % pieces.size()]);
            break;
        }
    }
    return data;
}

int runMutator(int argc, char* argv[], const MutatorTarget& target)
{
    QCoreApplication app(argc, argv);
    if (argc < 4 || QByteArray(argv[1]) != "--mutate") {
        std::fprintf(stderr, "usage: %s --mutate SECONDS FILE...\n", argv[0]);
        return 2;
    }
    bool isNumber = false;
    const double seconds = QByteArray(argv[2]).toDouble(&isNumber);
    if (!isNumber || seconds <= 0) {
        std::fprintf(stderr, "%s: SECONDS must be a positive number, not '%s'\n", target.name, argv[2]);
        return 2;
    }
    QList<QByteArray> seeds;
    for (int k = 3; k < argc; ++k) {
        const QString path = QString::fromLocal8Bit(argv[k]);
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            seeds << target.seeds(path, f.readAll(), k);
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "%s: none of the sample files could be read\n", target.name);
        return 2;
    }
    std::mt19937 rng(target.randomSeed);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < seconds * 1000) {
        target.parseAll(mutate(seeds.at(static_cast<qsizetype>(rng() % seeds.size())), rng, target.pieces));
        ++runs;
    }
    std::printf("%s: %lld inputs in %.0f s, no crash\n", target.name, static_cast<long long>(runs), seconds);
    return 0;
}

} // namespace daymark::fuzz
