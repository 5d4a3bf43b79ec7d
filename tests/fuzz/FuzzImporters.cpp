// Fuzz targets for the import parsers (WhatsApp text, SMS Backup & Restore XML, Telegram and Instagram JSON, Signal
// text): any input must end in messages or in a daymark::Error, never a crash, a hang or unbounded memory. Built with
// clang and -DDAYMARK_FUZZ_LIBFUZZER=ON it is a libFuzzer target (run: daymark-fuzz-importers -max_total_time=600
// CORPUS); with any compiler it is also a small stand-alone mutator over the fixtures, which is what CI runs for a
// few seconds:
//   daymark-fuzz-importers --mutate SECONDS FILE...
#include "common/Error.h"
#include "importers/InstagramParser.h"
#include "importers/SignalParser.h"
#include "importers/SmsBackupParser.h"
#include "importers/TelegramParser.h"
#include "importers/WhatsAppParser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdint>
#include <cstdio>
#include <random>

using namespace daymark;

namespace {

void parseAll(const QByteArray& input)
{
    // The first byte chooses the parser and the date order, so one corpus reaches every parser.
    const int choice = input.isEmpty() ? 0 : static_cast<unsigned char>(input.front()) % 7;
    QByteArray body = input.mid(1);
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    qint64 delivered = 0;
    auto sink = [&delivered](importers::ImportedMessage&& m) {
        delivered += 1 + m.text.size() / 1024;
        if (m.time.isValid() && m.position.first <= 0)
            std::abort(); // every message says where it came from
    };
    try {
        if (choice == 3) {
            importers::SmsBackupParser::parse(buffer, {}, sink);
        } else if (choice == 4) {
            importers::TelegramParser::parse(buffer, {}, sink);
        } else if (choice == 5) {
            importers::InstagramParser::parse(buffer, {}, sink);
        } else if (choice == 6) {
            importers::SignalParser::parse(buffer, {}, sink);
        } else {
            importers::WhatsAppOptions options;
            options.dateOrder = choice == 0 ? QString() : choice == 1 ? QStringLiteral("dmy") : QStringLiteral("mdy");
            importers::WhatsAppParser::parse(buffer, options, sink);
        }
    } catch (const Error&) {
        // a sentence for the person: the expected way to refuse bad input
    }
}

QByteArray mutate(QByteArray data, std::mt19937& rng)
{
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < edits; ++k) {
        const qsizetype at = data.isEmpty() ? 0 : static_cast<qsizetype>(rng() % data.size());
        switch (rng() % 6) {
        case 0:
            if (!data.isEmpty())
                data[at] = static_cast<char>(rng());
            break;
        case 1:
            data.insert(at, static_cast<char>(rng()));
            break;
        case 2:
            data.remove(at, static_cast<qsizetype>(rng() % 16));
            break;
        case 3:
            data.truncate(at);
            break;
        case 4: { // copy a piece elsewhere: repeats headers, tags and references
            const qsizetype from = data.isEmpty() ? 0 : static_cast<qsizetype>(rng() % data.size());
            data.insert(at, data.mid(from, static_cast<qsizetype>(rng() % 64)));
            break;
        }
        default: {
            static const char* const tokens[] = {
                "&#55357;", "&#56832;", "\xE2\x80\x8E", "\xE2\x80\xAF", " - ",          "] ",
                ": ",       "\n",       "<parts>",      "</mms>",       "31/02/2021, ", "p. m.",
                "\r\n",     "\\ud83d",  "\\u00c3",      "\": [",        "{\"text\": ",  "[2021-03-01, 09:00] "};
            data.insert(at, tokens[rng() % std::size(tokens)]);
            break;
        }
        }
    }
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    parseAll(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}

#ifndef DAYMARK_FUZZ_LIBFUZZER
// The parser a fixture is first given to: its own for the chat exports, otherwise by its place on the command line.
static int seedChoice(const QString& path, int k)
{
    if (path.contains(QLatin1String("/telegram/")))
        return 4;
    if (path.contains(QLatin1String("/instagram/")))
        return 5;
    if (path.contains(QLatin1String("/signal/")))
        return 6;
    return k % 4;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4 || QByteArray(argv[1]) != "--mutate") {
        std::fprintf(stderr, "usage: %s --mutate SECONDS FILE...\n", argv[0]);
        return 2;
    }
    const double seconds = QByteArray(argv[2]).toDouble();
    QList<QByteArray> seeds;
    for (int k = 3; k < argc; ++k) {
        QFile f(QString::fromLocal8Bit(argv[k]));
        if (f.open(QIODevice::ReadOnly))
            seeds << QByteArray(1, static_cast<char>(seedChoice(QString::fromLocal8Bit(argv[k]), k))) + f.readAll();
    }
    std::mt19937 rng(12345);
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < seconds * 1000) {
        parseAll(mutate(seeds.at(static_cast<qsizetype>(rng() % seeds.size())), rng));
        ++runs;
    }
    std::printf("fuzz importers: %lld inputs in %.0f s, no crash\n", static_cast<long long>(runs), seconds);
    return 0;
}
#endif
