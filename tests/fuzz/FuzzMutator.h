// The stand-alone mode of the fuzz targets (built without libFuzzer): random edits of the samples given on the
// command line, each handed to the target's parseAll for a number of seconds. What ctest runs with any compiler.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <random>
#include <span>

namespace daymark::fuzz {

// One to eight edits: a byte changed, inserted or removed, a cut, a piece copied elsewhere, or one of `pieces`
// (syntax of the formats, to reach their parsers' branches) inserted. The first byte, which chooses the parser, stays.
QByteArray mutate(QByteArray data, std::mt19937& rng, std::span<const char* const> pieces);

struct MutatorTarget
{
    const char* name;                    // for the usage line and the result
    std::span<const char* const> pieces; // see mutate()
    std::function<QList<QByteArray>(const QString& path, const QByteArray& bytes, int k)> seeds; // parser byte + bytes
    std::function<void(const QByteArray& input)> parseAll;
    unsigned randomSeed;
};

// main() of the stand-alone mode: `PROGRAM --mutate SECONDS FILE...`.
int runMutator(int argc, char* argv[], const MutatorTarget& target);

} // namespace daymark::fuzz
