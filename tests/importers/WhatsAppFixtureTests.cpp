// WhatsApp parsing against other projects' fixtures (tests/data/importers): chat-miner's five shapes with their
// expected parse (target.json), and whatsapp-chat-parser's sample chats and one-line inputs.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <set>

using namespace daymark;
using namespace daymark::test;
using importers::MessageKind;

namespace {

QJsonArray jsonArrayOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).array();
}

} // namespace

TEST_CASE("chat-miner's five WhatsApp shapes give the authors, times and texts of its target.json")
{
    const QJsonArray target = jsonArrayOf(importData(QStringLiteral("chat-miner/whatsapp/target.json")));
    REQUIRE(target.size() == 6);
    // target.json lists the messages newest first and joins the lines of a multi-line message with a space.
    std::set<std::tuple<QString, QString, QString>> expected;
    for (const auto& v : target) {
        const QJsonObject o = v.toObject();
        expected.emplace(o.value(u"timestamp").toString(), o.value(u"author").toString(),
                         o.value(u"message").toString());
    }
    const QStringList files{QStringLiteral("test_ddmmyy_24hrs.txt"), QStringLiteral("test_mmddyy_24hrs.txt"),
                            QStringLiteral("test_[mmddyy]_24hrs.txt"), QStringLiteral("test_yyyymmdd_24hrs.txt"),
                            QStringLiteral("test_mmddyyyy_12hrs.txt")};
    const QStringList orders{QStringLiteral("dmy"), QStringLiteral("mdy"), QStringLiteral("mdy"), QStringLiteral("ymd"),
                             QStringLiteral("mdy")};
    for (int k = 0; k < files.size(); ++k) {
        DYNAMIC_SECTION(files[k].toStdString())
        {
            const Parsed parsed = parseWhatsAppFile(importData(QStringLiteral("chat-miner/whatsapp/") + files[k]));
            CHECK_FALSE(parsed.summary.dateOrderAmbiguous);
            CHECK(parsed.summary.dateOrder == orders[k]);
            CHECK(parsed.summary.messages == 6);
            CHECK(parsed.summary.systemLines == 3); // "John Doe:." (no space after the colon), created, added
            std::set<std::tuple<QString, QString, QString>> got;
            for (const auto& m : messagesOnly(parsed))
                got.emplace(iso(m.time), m.senderName, QString(m.text).replace(u'\n', u' '));
            CHECK(got == expected);
            CHECK(iso(parsed.summary.first) == QStringLiteral("2019-01-01T11:25:00"));
            CHECK(iso(parsed.summary.last) == QStringLiteral("2021-12-30T22:01:00"));
        }
    }
}

TEST_CASE("whatsapp-chat-parser's short chat cannot tell its date order until the person chooses one")
{
    const QString path = importData(QStringLiteral("whatsapp-chat-parser/history-75f11bd/samples/short-chat.txt"));
    const Parsed unsure = parseWhatsAppFile(path);
    CHECK(unsure.summary.dateOrderAmbiguous);
    CHECK(unsure.messages.empty()); // nothing delivered without a date order
    CHECK(unsure.summary.messages == 3);
    CHECK(unsure.summary.ambiguousSample.startsWith(QStringLiteral("06/03/2017")));

    const Parsed parsed = parseWhatsAppFile(path, QStringLiteral("dmy"));
    REQUIRE(parsed.summary.messages == 3);
    CHECK(parsed.summary.systemLines == 2);
    const auto m = messagesOnly(parsed);
    CHECK(m[0].senderName == QStringLiteral("Sample User"));
    CHECK(m[0].text == QStringLiteral("This is a test message"));
    CHECK(iso(m[0].time) == QStringLiteral("2017-03-06T00:45:00"));
    CHECK(m[1].senderName == QStringLiteral("TestBot"));
    CHECK(iso(m[1].time) == QStringLiteral("2017-05-08T01:48:00"));
    CHECK(m[2].senderAddress == QStringLiteral("+410123456789"));
    CHECK(m[2].text == QStringLiteral("How are you?\n\nIs everything alright?"));
    CHECK(m[2].position.first == 5);
    CHECK(m[2].position.last == 7);
    CHECK(parsed.summary.participants.size() == 3);

    const Parsed monthFirst = parseWhatsAppFile(path, QStringLiteral("mdy"));
    CHECK(iso(messagesOnly(monthFirst)[0].time) == QStringLiteral("2017-06-03T00:45:00"));
}

TEST_CASE("whatsapp-chat-parser's chat example and issue 237 file parse with their dates")
{
    const Parsed example =
        parseWhatsAppFile(importData(QStringLiteral("whatsapp-chat-parser/extracted-from-tests-index.test.ts-"
                                                    "chatExample.txt")),
                          QStringLiteral("dmy"));
    CHECK(example.summary.messages == 3);
    const Parsed issue =
        parseWhatsAppFile(importData(QStringLiteral("whatsapp-chat-parser/extracted-from-tests-index.test.ts-"
                                                    "issue237.txt")));
    CHECK(issue.summary.dateOrder == QStringLiteral("dmy"));
    const auto m = messagesOnly(issue);
    REQUIRE(m.size() == 2);
    CHECK(iso(m[0].time) == QStringLiteral("2020-12-30T13:00:00"));
    CHECK(iso(m[1].time) == QStringLiteral("2021-01-13T13:00:00"));
}

TEST_CASE("an empty WhatsApp file is refused with a sentence")
{
    try {
        parseWhatsAppFile(importData(QStringLiteral("whatsapp-chat-parser/history-75f11bd/samples/empty.txt")));
        FAIL("an empty file was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("empty")));
    }
}

TEST_CASE("every one-line input of whatsapp-chat-parser's tests parses to the sender, time, text and media expected")
{
    QFile f(importData(QStringLiteral("whatsapp-chat-parser/extracted-inputs-from-tests-parser.test.ts.json")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonArray inputs = QJsonDocument::fromJson(f.readAll()).object().value(u"inputs").toArray();
    REQUIRE(inputs.size() == 24);
    struct Expect
    {
        const char* order; // the order to give ("" when the file settles it)
        const char* time;  // "" for inputs that are not a chat, "system" for a system line
        const char* sender;
        const char* text;
        const char* media;
    };
    const Expect expected[24] = {
        {"", "2018-06-23T13:55:00", "Loris", "one", ""},
        {"", "", "", "", ""}, // "two" alone is not a chat
        {"dmy", "system", "", "", ""},
        {"dmy", "2017-02-03T18:42:00", "Luke", "", ""},
        {"", "2018-06-23T13:55:00", "Loris", "one\ntwo", ""},
        {"", "", "", "", ""}, // "2016-04-29 10:30:00" alone is a continuation line, not a message
        {"", "2018-06-23T13:55:00", "Loris", "one\ntwo\n2016-04-29 10:30:00", ""},
        {"", "2018-06-23T01:55:00", "Luke", "Hey!", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "m", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "m", ""},
        {"", "2018-06-13T21:25:15", "a", "m", ""},
        {"", "2018-06-13T21:25:15", "a", "m", ""},
        {"", "2018-06-13T21:25:15", "a", "m", ""},
        {"", "2018-06-13T21:25:15", "a", "m", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "m", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "m", ""},
        {"", "2018-06-13T21:25:15", "a", "m", ""},
        {"", "2018-06-13T21:25:15", "a", "m", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "m", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "m", ""},
        {"dmy", "2018-06-03T13:55:00", "a", "< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >",
         "00000042-PHOTO-2020-06-07-15-13-20.jpg"},
        {"dmy", "2018-06-03T13:55:00", "a", "IMG-20210428-WA0001.jpg (file attached)", "IMG-20210428-WA0001.jpg"},
        {"dmy", "2018-06-03T13:55:00", "a", "2015-08-04-PHOTO-00004762.jpg <\u200eattached>",
         "2015-08-04-PHOTO-00004762.jpg"},
        {"dmy", "2018-06-03T13:55:00", "a",
         "\u200e4f2680f1db95a8454775cc2eefc95bfc.jpg (Datei angeh\u00e4ngt)\nDir "
         "auch frohe Ostern.",
         "4f2680f1db95a8454775cc2eefc95bfc.jpg"},
    };
    for (int k = 0; k < 24; ++k) {
        const QString input = inputs.at(k).toString();
        const Expect& x = expected[k];
        DYNAMIC_SECTION("input " << k << ": " << input.toStdString())
        {
            if (!*x.time) {
                CHECK_THROWS_AS(parseWhatsApp(input.toUtf8()), Error);
                continue;
            }
            if (*x.order) {
                CHECK(parseWhatsApp(input.toUtf8()).summary.dateOrderAmbiguous);
            }
            const Parsed parsed = parseWhatsApp(input.toUtf8(), QString::fromUtf8(x.order));
            REQUIRE(parsed.messages.size() == 1);
            const auto& m = parsed.messages.front();
            if (QLatin1String(x.time) == QLatin1String("system")) {
                CHECK(m.kind == MessageKind::System);
                continue;
            }
            CHECK(iso(m.time) == QLatin1String(x.time));
            CHECK(m.senderName == QString::fromUtf8(x.sender));
            CHECK(m.text == QString::fromUtf8(x.text));
            if (*x.media) {
                REQUIRE(m.media.size() == 1);
                CHECK(m.media.front().name == QString::fromUtf8(x.media));
            } else {
                CHECK(m.media.isEmpty());
            }
        }
    }
}
