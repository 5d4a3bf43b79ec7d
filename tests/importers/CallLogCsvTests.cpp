// Call-log CSVs on Daymark's own samples (tests/data/importers/csv): separators, quoting, encodings, the column
// guess and its checks, dates in many forms, directions and durations, and bad rows named by line and column.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/CallLogCsv.h"
#include "importers/CallLogCsvReader.h"
#include "importers/CallLogCsvValues.h"

#include <QBuffer>
#include <QFile>

using namespace daymark;
using namespace daymark::test;
using namespace daymark::importers;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString sample(const char* name)
{
    return importData(QStringLiteral("csv/") + QLatin1String(name));
}

struct Calls
{
    ImportSummary summary;
    std::vector<ImportedMessage> messages;
};

Calls parseFile(const QString& path, std::optional<CsvColumnMapping> mapping = std::nullopt)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CallLogCsvOptions options;
    options.mapping = mapping ? *mapping : guessCsvMapping(csvHeader(path));
    Calls calls;
    calls.summary = CallLogCsvParser::parse(file, s("calls.csv"), options,
                                            [&calls](ImportedMessage&& m) { calls.messages.push_back(m); });
    return calls;
}

QString errorOf(const std::function<void()>& run)
{
    try {
        run();
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    FAIL("no error");
    return {};
}

QList<QStringList> records(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CallLogCsvReader reader(buffer, s("t.csv"));
    QList<QStringList> out;
    QStringList row;
    while (reader.next(row))
        out << row;
    return out;
}

} // namespace

TEST_CASE("CSV records: separators detected, quotes with doubled quotes and line breaks, empty lines skipped")
{
    CHECK(records("a,b,c\n1,2,3\n") == QList<QStringList>{{s("a"), s("b"), s("c")}, {s("1"), s("2"), s("3")}});
    CHECK(records("a;b,c;d\r\n1;\"x;y\";3\r\n") ==
          QList<QStringList>{{s("a"), s("b,c"), s("d")}, {s("1"), s("x;y"), s("3")}});
    CHECK(records("a\tb\n\n1\t2") == QList<QStringList>{{s("a"), s("b")}, {s("1"), s("2")}});
    CHECK(records("h\n\"say \"\"hi\"\"\nthere\"\n") == QList<QStringList>{{s("h")}, {s("say \"hi\"\nthere")}});
    CHECK(records("a,b\n,\n") == QList<QStringList>{{s("a"), s("b")}, {QString(), QString()}});
    CHECK(errorOf([] { records("a\n\"never closed\n"); }).contains(s("line 2 is never closed")));
    CHECK(errorOf([] { records("a\nb\n\xFF\xFE\xFD\n"); }).contains(s("line 3 is not UTF-8")));
}

TEST_CASE("the guess maps Android, German, iPhone-tool and UTF-16 headers")
{
    CHECK(guessCsvMapping({s("Number"), s("Name"), s("Date"), s("Type"), s("Duration")}) ==
          CsvColumnMapping{s("Date"), {}, s("Number"), s("Name"), s("Type"), s("Duration"), s("auto")});
    CHECK(guessCsvMapping(csvHeader(sample("semicolon-dmy-bom.csv"))) ==
          CsvColumnMapping{s("Datum"), s("Uhrzeit"), s("Rufnummer"), s("Name"), s("Richtung"), s("Dauer"), s("auto")});
    CHECK(guessCsvMapping(csvHeader(sample("quoted.csv"))) ==
          CsvColumnMapping{
              s("Call Date"), {}, s("Phone Number"), s("Contact"), s("Call Type"), s("Duration"), s("auto")});
    CHECK(csvHeader(sample("tab-utf16.csv")) ==
          QStringList{s("Date"), s("Number"), s("Contact"), s("Direction"), s("Duration")});
    const CsvColumnMapping none = guessCsvMapping(csvHeader(sample("unmappable.csv")));
    CHECK(missingCsvFields(none) == QStringList{s("date"), s("number")});
}

TEST_CASE("a mapping is checked against the header with one clear sentence")
{
    const QStringList header{s("Date"), s("Number"), s("Type")};
    CsvColumnMapping m;
    CHECK(csvMappingProblem(m, header) ==
          s("Choose the column that holds the date (the file's columns are: \"Date\", \"Number\", \"Type\")."));
    m.date = s("Date");
    m.number = s("Phone");
    CHECK(csvMappingProblem(m, header).startsWith(s("The file has no column \"Phone\" (for the phone number)")));
    m.number = s("number"); // any case
    CHECK(csvMappingProblem(m, header).isEmpty());
    m.direction = s("Date");
    CHECK(csvMappingProblem(m, header).contains(s("chosen for two fields")));
    m.direction.clear();
    m.dateFormat = s("whenever");
    CHECK(csvMappingProblem(m, header).contains(s("not one Daymark knows")));
}

TEST_CASE("an Android call log: numeric types, durations in seconds, wall-clock times")
{
    const Calls c = parseFile(sample("android.csv"));
    REQUIRE(c.messages.size() == 5);
    CHECK(c.messages[0].kind == MessageKind::CallIncoming);
    CHECK(c.messages[0].senderAddress == s("+447700900123"));
    CHECK(c.messages[0].senderName == s("Sam"));
    CHECK(c.messages[0].durationSeconds == 65);
    CHECK(c.messages[0].floating);
    CHECK(c.messages[0].time == QDateTime(QDate(2024, 3, 1), QTime(10, 15), Qt::UTC));
    CHECK(c.messages[0].position == SourcePosition{SourcePosition::Unit::Line, 2, 2});
    CHECK(c.messages[1].kind == MessageKind::CallMissed);
    CHECK(c.messages[2].kind == MessageKind::CallOutgoing);
    CHECK(c.messages[2].direction == Direction::Outgoing);
    CHECK(c.messages[2].recipients == QStringList{s("+447700900999")});
    CHECK(c.messages[2].durationSeconds == 125);
    CHECK(c.messages[3].kind == MessageKind::CallRejected);
    CHECK(c.messages[4].kind == MessageKind::CallRejected); // 6: blocked
    CHECK(c.messages[4].durationSeconds == 0);
    CHECK(c.summary.messages == 5);
}

TEST_CASE("semicolons, a BOM, day-first dates with a separate time, German words and mm:ss")
{
    const Calls c = parseFile(sample("semicolon-dmy-bom.csv"));
    REQUIRE(c.messages.size() == 3);
    CHECK(c.messages[0].time == QDateTime(QDate(2024, 4, 13), QTime(21, 5), Qt::UTC));
    CHECK(c.messages[0].kind == MessageKind::CallMissed);
    CHECK(c.messages[0].senderName == s("Müller; Sam"));
    CHECK(c.messages[1].kind == MessageKind::CallIncoming);
    CHECK(c.messages[1].durationSeconds == 65);
    CHECK(c.messages[1].time == QDateTime(QDate(2024, 4, 14), QTime(7, 30, 10), Qt::UTC));
    CHECK(c.messages[2].kind == MessageKind::CallOutgoing);
    CHECK(c.messages[2].durationSeconds == 3723);
    CHECK(c.messages[2].time.date() == QDate(2024, 5, 2)); // 02.05 is read day first, as the file's 13.04 shows
}

TEST_CASE("UTF-16 with tabs and ISO times with zones give instants")
{
    const Calls c = parseFile(sample("tab-utf16.csv"));
    REQUIRE(c.messages.size() == 2);
    CHECK_FALSE(c.messages[0].floating);
    CHECK(c.messages[0].time == QDateTime(QDate(2024, 1, 3), QTime(22, 15), Qt::UTC));
    CHECK(c.messages[1].time == QDateTime(QDate(2024, 1, 4), QTime(7, 0), Qt::UTC));
    CHECK(c.messages[1].durationSeconds == 125);
    CHECK(c.messages[0].senderName == s("Alex"));
}

TEST_CASE("quoted names with quotes, commas and line breaks; month names and 12-hour clocks")
{
    const Calls c = parseFile(sample("quoted.csv"));
    REQUIRE(c.messages.size() == 3);
    CHECK(c.messages[0].senderName == s("Alex \"the neighbour\", Flat 2"));
    CHECK(c.messages[0].time == QDateTime(QDate(2024, 1, 3), QTime(22, 15), Qt::UTC));
    CHECK(c.messages[1].senderName == s("Line one\nline two"));
    CHECK(c.messages[1].position == SourcePosition{SourcePosition::Unit::Line, 3, 4});
    CHECK(c.messages[1].durationSeconds == 125);
    CHECK(c.messages[1].time.time() == QTime(9, 5));
    CHECK(c.messages[2].position.first == 6);
    CHECK(c.messages[2].kind == MessageKind::CallOutgoing);
    CHECK(c.messages[2].time == QDateTime(QDate(2024, 2, 4), QTime(13, 0), Qt::UTC));
}

TEST_CASE("dates: month first learnt from the file, ambiguous ones refused, explicit orders and patterns obeyed")
{
    const Calls mdy = parseFile(sample("mdy.csv"));
    REQUIRE(mdy.messages.size() == 2);
    CHECK(mdy.messages[0].time == QDateTime(QDate(2024, 3, 24), QTime(22, 0), Qt::UTC));
    CHECK(mdy.messages[1].time.date() == QDate(2024, 12, 1));

    CHECK(errorOf([] {
              parseFile(sample("ambiguous.csv"));
          }).contains(s("read both as day/month and as month/day (such as \"03/04/2024 10:00\")")));
    CsvColumnMapping m = guessCsvMapping(csvHeader(sample("ambiguous.csv")));
    m.dateFormat = s("mdy");
    CHECK(parseFile(sample("ambiguous.csv"), m).messages[0].time.date() == QDate(2024, 3, 4));
    m.dateFormat = s("dd/MM/yyyy HH:mm");
    CHECK(parseFile(sample("ambiguous.csv"), m).messages[1].time ==
          QDateTime(QDate(2024, 6, 5), QTime(11, 0), Qt::UTC));

    const Calls epoch = parseFile(sample("epoch-ms.csv"));
    REQUIRE(epoch.messages.size() == 2);
    CHECK_FALSE(epoch.messages[0].floating);
    CHECK(epoch.messages[0].time == QDateTime::fromMSecsSinceEpoch(1709288100000LL, Qt::UTC));
}

TEST_CASE("a bad row stops the import naming its line and column")
{
    CHECK(errorOf([] { parseFile(sample("bad-duration.csv")); }) ==
          s("calls.csv, line 3, column \"Duration\": \"forever\" is not a duration (seconds, mm:ss or h:mm:ss). "
            "Nothing was imported."));
    CHECK(errorOf([] {
              parseFile(sample("bad-direction.csv"));
          }).startsWith(s("calls.csv, line 2, column \"Type\": \"sideways\" is not a call direction")));
    CHECK(errorOf([] { parseFile(sample("unterminated.csv")); }).contains(s("line 2 is never closed")));
    CHECK(errorOf([] { parseFile(sample("latin1.csv")); }).contains(s("line 2 is not UTF-8")));
    CsvColumnMapping m;
    m.date = s("Date");
    m.number = s("Nope");
    CHECK(errorOf([&] { parseFile(sample("android.csv"), m); }).contains(s("no column \"Nope\"")));
    CHECK(errorOf([] {
              QByteArray bytes = "Date,Number\n2024-01-01 10:00\n";
              QBuffer b(&bytes);
              b.open(QIODevice::ReadOnly);
              CallLogCsvOptions o;
              o.mapping.date = s("Date");
              o.mapping.number = s("Number");
              CallLogCsvParser::parse(b, s("short.csv"), o, {});
          }).contains(s("line 2, column \"Number\": the row has 1 columns")));
}

TEST_CASE("directions and durations in the words tools use")
{
    CHECK(csvDirection(s("Incoming"))->kind == MessageKind::CallIncoming);
    CHECK(csvDirection(s("OUTGOING CALL"))->kind == MessageKind::CallOutgoing);
    CHECK(csvDirection(s("Missed incoming"))->kind == MessageKind::CallMissed);
    CHECK(csvDirection(s("Declined"))->kind == MessageKind::CallRejected);
    CHECK(csvDirection(s("blocked"))->kind == MessageKind::CallRejected);
    CHECK(csvDirection(s("Voicemail"))->kind == MessageKind::Voicemail);
    CHECK(csvDirection(s("4"))->kind == MessageKind::Voicemail);
    CHECK_FALSE(csvDirection(s("9")));
    CHECK(csvDuration(s("")) == -1);
    CHECK(csvDuration(s("75")) == 75);
    CHECK(csvDuration(s("75.6")) == 76);
    CHECK(csvDuration(s("01:15")) == 75);
    CHECK(csvDuration(s("1:01:15")) == 3675);
    CHECK(csvDuration(s("1h 2m 3s")) == 3723);
    CHECK(csvDuration(s("2 min")) == 120);
    CHECK_FALSE(csvDuration(s("1:75")));
    CHECK_FALSE(csvDuration(s("-5")));
}
