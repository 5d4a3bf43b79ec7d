// Fuzz target for the e-mail and call-log CSV parsers (one .eml, an mbox, a CSV with the guessed or a positional
// mapping, and the header, address, parameter and date readers on their own): any input must end in messages or in
// a daymark::Error, never a crash, a hang or unbounded memory. With clang and -DDAYMARK_FUZZ_LIBFUZZER=ON it is a
// libFuzzer target (daymark-fuzz-mail -max_total_time=600 CORPUS); otherwise a stand-alone mutator over the samples
// of tests/data/importers/email and csv, which CI runs for a few seconds:
//   daymark-fuzz-mail --mutate SECONDS FILE...
#include "common/Error.h"
#include "importers/CallLogCsv.h"
#include "importers/EmailDate.h"
#include "importers/EmailParser.h"
#include "importers/MimeHeaders.h"

#include "FuzzMutator.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

using namespace daymark;

namespace {

void check(const importers::ImportedMessage& m)
{
    if (m.position.first <= 0 || m.position.last < m.position.first || !m.time.isValid())
        std::abort(); // every message says where it came from and when
}

void parseAll(const QByteArray& input)
{
    const int choice = input.isEmpty() ? 0 : static_cast<unsigned char>(input.front()) % 4;
    QByteArray body = input.mid(1);
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    importers::ImportSummary summary;
    try {
        switch (choice) {
        case 0:
            importers::EmailParser::readEml(buffer, QStringLiteral("fuzz.eml"), {}, summary, check);
            break;
        case 1:
            importers::EmailParser::readMbox(buffer, QStringLiteral("fuzz.mbox"), {}, {}, summary, check);
            break;
        case 2: {
            importers::CallLogCsvOptions options;
            options.mapping = importers::guessCsvMapping(importers::csvHeader(buffer, QStringLiteral("fuzz.csv")));
            buffer.seek(0);
            importers::CallLogCsvParser::parse(buffer, QStringLiteral("fuzz.csv"), options, check);
            break;
        }
        default: {
            // The small readers straight on the bytes, then a CSV read by position.
            importers::decodeHeaderText(body);
            importers::parseAddressList(body);
            importers::parseContentField(body);
            importers::parseEmailDate(body);
            importers::CallLogCsvOptions options;
            const QStringList header = importers::csvHeader(buffer, QStringLiteral("fuzz.csv"));
            const QStringList fields = importers::CsvColumnMapping::fieldCodes();
            for (qsizetype k = 0; k < header.size() && k < fields.size(); ++k)
                options.mapping.setColumn(fields[k], header[k]);
            buffer.seek(0);
            importers::CallLogCsvParser::parse(buffer, QStringLiteral("fuzz.csv"), options, check);
            break;
        }
        }
    } catch (const Error&) {
        // a sentence for the person: the expected way to refuse bad input
    }
}

#ifndef DAYMARK_FUZZ_LIBFUZZER // libFuzzer mutates by itself
// Pieces of MIME and CSV syntax that reach the parsers' branches.
constexpr const char* kPieces[] = {"\n--b\n",
                                   "\n--b--\n",
                                   "Content-Type: multipart/mixed; boundary=b\n",
                                   "=?utf-8?B?",
                                   "?=",
                                   "=?x?Q?=E9?=",
                                   "\nFrom ",
                                   "\n>From ",
                                   "base64\n",
                                   "=\r\n",
                                   "=C3",
                                   "\"",
                                   ";",
                                   "\t",
                                   "\r\n",
                                   "*0*=utf-8''",
                                   "\n\n",
                                   "Date: 3 Jan 96 10:00 EST\n",
                                   "message/rfc822",
                                   "<b>",
                                   "&#x1F600;",
                                   "12/13/",
                                   "1:02:03"};

// Each sample goes to its own parser, and to the small readers.
QList<QByteArray> seedsOf(const QString& path, const QByteArray& bytes, int)
{
    const char parser = path.endsWith(QLatin1String(".csv")) ? 2 : bytes.startsWith("From ") ? 1 : 0;
    return {QByteArray(1, parser) + bytes, QByteArray(1, 3) + bytes};
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
    return fuzz::runMutator(argc, argv, {"fuzz mail and csv", kPieces, seedsOf, parseAll, 20231});
}
#endif
