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

#include "FuzzMutator.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

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

#ifndef DAYMARK_FUZZ_LIBFUZZER // libFuzzer mutates by itself
// Pieces of the chat formats' syntax, and the invisible marks and surrogate quirks real exports hold.
constexpr const char* kPieces[] = {
    "&#55357;", "&#56832;", "\xE2\x80\x8E", "\xE2\x80\xAF", " - ",          "] ",
    ": ",       "\n",       "<parts>",      "</mms>",       "31/02/2021, ", "p. m.",
    "\r\n",     "\\ud83d",  "\\u00c3",      "\": [",        "{\"text\": ",  "[2021-03-01, 09:00] "};

// The parser a fixture is first given to: its own for the chat exports, otherwise by its place on the command line.
QList<QByteArray> seedsOf(const QString& path, const QByteArray& bytes, int k)
{
    int choice = k % 4;
    if (path.contains(QLatin1String("/telegram/")))
        choice = 4;
    else if (path.contains(QLatin1String("/instagram/")))
        choice = 5;
    else if (path.contains(QLatin1String("/signal/")))
        choice = 6;
    return {QByteArray(1, static_cast<char>(choice)) + bytes};
}
#endif

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    parseAll(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}

#ifndef DAYMARK_FUZZ_LIBFUZZER
int main(int argc, char* argv[])
{
    return fuzz::runMutator(argc, argv, {"fuzz importers", kPieces, seedsOf, parseAll, 12345});
}
#endif
