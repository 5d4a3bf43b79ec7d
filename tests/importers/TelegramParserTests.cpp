// Telegram result.json parsing: chat-miner's single-chat and whole-account exports against its target.json, and
// Daymark's own cases (directions from the account ids, calls, service lines, edits, media left out, text pieces,
// emoji and right-to-left text, unknown fields) and refusals that name the line.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/TelegramParser.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daymark;
using namespace daymark::test;
using importers::Direction;
using importers::MessageKind;

namespace {

Parsed parseTelegram(QIODevice& device)
{
    Parsed parsed;
    parsed.summary = importers::TelegramParser::parse(
        device, {}, [&parsed](importers::ImportedMessage&& m) { parsed.messages.push_back(std::move(m)); });
    return parsed;
}

Parsed parseTelegram(QByteArray json)
{
    QBuffer buffer(&json);
    buffer.open(QIODevice::ReadOnly);
    return parseTelegram(buffer);
}

Parsed parseTelegramFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return parseTelegram(file);
}

QString refusal(const QByteArray& json)
{
    try {
        parseTelegram(json);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    FAIL("the export was accepted");
    return {};
}

} // namespace

TEST_CASE("chat-miner's Telegram single-chat and whole-account exports give the authors, times and texts of its "
          "target.json")
{
    QFile targetFile(importData(QStringLiteral("chat-miner/telegram/target.json")));
    REQUIRE(targetFile.open(QIODevice::ReadOnly));
    const QJsonArray target = QJsonDocument::fromJson(targetFile.readAll()).array();
    REQUIRE(target.size() == 2);
    // chat-miner joins the pieces of a text given as a list with a space. Telegram itself keeps the spaces between
    // pieces in plain-text pieces (["Link: ", {"type": "link", ...}]), so Daymark joins the pieces as they are, and
    // the fixture's two pieces "Link:" and "https://telegram.org/" read without a space.
    REQUIRE(target.at(1).toObject().value(u"message").toString() == QStringLiteral("Link: https://telegram.org/"));
    const QStringList texts{target.at(0).toObject().value(u"message").toString(),
                            QStringLiteral("Link:https://telegram.org/")};

    for (const char* file : {"test_single_export.json", "test_batch_export.json"}) {
        DYNAMIC_SECTION(file)
        {
            const Parsed parsed =
                parseTelegramFile(importData(QStringLiteral("chat-miner/telegram/") + QString::fromLatin1(file)));
            CHECK(parsed.summary.messages == 2);
            CHECK(parsed.summary.systemLines == 0);
            REQUIRE(parsed.messages.size() == 2);
            for (int k = 0; k < 2; ++k) {
                const QJsonObject t = target.at(k).toObject();
                const auto& m = parsed.messages[static_cast<std::size_t>(k)];
                // date_unixtime is an instant; target.json shows it in UTC.
                CHECK(iso(m.time) == t.value(u"timestamp").toString());
                CHECK(m.time.offsetFromUtc() == 0);
                CHECK_FALSE(m.floating);
                CHECK(m.senderName == t.value(u"author").toString());
                CHECK(m.text == texts[k]);
                CHECK(m.kind == MessageKind::Message);
                CHECK(m.direction == Direction::Unknown); // neither file says whose account exported it
            }
            CHECK(parsed.summary.participants.size() == 2);
            CHECK(iso(parsed.summary.first) == QStringLiteral("2018-12-05T10:39:10"));
            CHECK(iso(parsed.summary.last) == QStringLiteral("2018-12-05T10:49:24"));
        }
    }
    // Each message is placed by the lines of its object: the single export's first message is lines 3-8.
    const Parsed single = parseTelegramFile(importData(QStringLiteral("chat-miner/telegram/test_single_export.json")));
    CHECK(single.messages[0].position == importers::SourcePosition{importers::SourcePosition::Unit::Line, 3, 8});
    CHECK(single.messages[1].position.first == 9);
}

TEST_CASE("a whole-account Telegram export tells the owner's messages from the other party's and reads calls, "
          "service lines, edits and media")
{
    const QByteArray json = R"json({
 "about": "Here is the data you requested.",
 "personal_information": {"user_id": 111, "first_name": "Jo", "phone_number": "+44 7700 900000"},
 "contacts": {"about": "x", "list": [{"first_name": "Sam", "phone_number": "+44 7700 900123"}]},
 "chats": {"about": "x", "list": [
  {"name": "Sam", "type": "personal_chat", "id": 222, "messages": [
   {"id": 1, "type": "message", "date": "2021-03-01T09:00:00", "date_unixtime": "1614589200",
    "from": "Sam", "from_id": "user222", "text": "I know where you live", "new_field": {"nested": [1, 2]}},
   {"id": 2, "type": "message", "date": "2021-03-01T09:01:00", "date_unixtime": 1614589260,
    "from": "Jo", "from_id": "user111", "text": "Leave me alone"},
   {"id": 3, "type": "service", "date": "2021-03-01T23:10:00", "date_unixtime": "1614640200",
    "actor": "Sam", "actor_id": "user222", "action": "phone_call", "discard_reason": "missed", "text": ""},
   {"id": 4, "type": "service", "date": "2021-03-02T08:00:00", "date_unixtime": "1614672000",
    "actor": "Sam", "actor_id": "user222", "action": "phone_call", "duration_seconds": 95,
    "discard_reason": "hangup", "text": ""},
   {"id": 5, "type": "message", "date": "2021-03-02T08:05:00", "date_unixtime": "1614672300",
    "edited": "2021-03-02T08:06:00", "edited_unixtime": "1614672360", "from": "Sam", "from_id": "user222",
    "photo": "(File not included. Change data exporting settings to download.)", "width": 1280, "height": 960,
    "forwarded_from": "Bob", "reactions": [{"type": "emoji", "count": 1, "emoji": "\ud83d\udc4d",
    "recent": [{"from": "Jo", "from_id": "user111", "date": "2021-03-02T08:10:00"}]}],
    "text": ["look ", {"type": "bold", "text": "outside"}, " \ud83d\ude00 \u05e9\u05dc\u05d5\u05dd"]},
   {"id": 6, "type": "message", "date": "2021-03-02T08:07:00", "date_unixtime": "1614672420",
    "from": "Sam", "from_id": "user222", "file": "files/plan.pdf", "mime_type": "application/pdf",
    "location_information": {"latitude": 51.5, "longitude": -0.125},
    "text_entities": [{"type": "plain", "text": "see this"}]}
  ]
},
  {"name": "Neighbours", "type": "private_group", "id": 333, "messages": [
   {"id": 7, "type": "service", "date": "2021-04-01T10:00:00", "date_unixtime": "1617267600",
    "actor": "Jo", "actor_id": "user111", "action": "create_group", "title": "Neighbours", "text": ""},
   {"id": 8, "type": "message", "date": "2021-04-01T10:05:00", "date_unixtime": "1617267900",
    "from": null, "from_id": "user444", "text": "from a deleted account"}
  ]}
 ]
}
, "left_chats":
{
    "about" : "x", "list" : [ {
        "name" : "Old group",
        "type" : "private_supergroup",
        "id" : 555,
        "messages" : [ {
            "id" : 9,
            "type" : "message",
            "date" : "2020-01-01T00:00:00",
            "date_unixtime" : "1577836800",
            "from" : "Sam",
            "from_id" : "user222",
            "text" : "found you"
        } ]
    } ]
}
})json";
    const Parsed parsed = parseTelegram(json);
    REQUIRE(parsed.messages.size() == 9);
    CHECK(parsed.summary.messages == 8);
    CHECK(parsed.summary.systemLines == 1);
    CHECK(parsed.summary.mediaReferences == 2);

    const auto& threat = parsed.messages[0];
    CHECK(threat.direction == Direction::Incoming);
    CHECK(threat.senderName == QStringLiteral("Sam"));
    CHECK(threat.senderAddress == QStringLiteral("user222"));
    CHECK(threat.peerName == QStringLiteral("Sam"));
    CHECK(threat.peerAddress == QStringLiteral("user222"));
    CHECK(threat.time == QDateTime::fromSecsSinceEpoch(1614589200, Qt::UTC));

    const auto& reply = parsed.messages[1];
    CHECK(reply.direction == Direction::Outgoing);
    CHECK(reply.peerName == QStringLiteral("Sam"));
    CHECK(reply.recipients == QStringList{QStringLiteral("user222")});
    CHECK(reply.time == QDateTime::fromSecsSinceEpoch(1614589260, Qt::UTC)); // a number as well as a string

    CHECK(parsed.messages[2].kind == MessageKind::CallMissed);
    CHECK(parsed.messages[3].kind == MessageKind::CallIncoming);
    CHECK(parsed.messages[3].durationSeconds == 95);

    const auto& photo = parsed.messages[4];
    CHECK(photo.edited);
    CHECK(photo.text == QStringLiteral("look outside \U0001F600 \u05E9\u05DC\u05D5\u05DD"));
    REQUIRE(photo.media.size() == 1);
    CHECK(photo.media[0].omitted);
    CHECK(photo.media[0].name.isEmpty());
    // What the export says beside the text is kept as notes, outside the text (and so outside the message's key).
    CHECK(photo.notes == QStringList{QStringLiteral("Forwarded from Bob."),
                                     QStringLiteral("Edited at 2021-03-02T08:06:00Z."),
                                     QStringLiteral("The export left out a file of this message (photo)."),
                                     QStringLiteral("Reactions: \U0001F44D Jo")});

    const auto& file = parsed.messages[5];
    CHECK(file.text == QStringLiteral("see this"));
    REQUIRE(file.media.size() == 1);
    CHECK(file.media[0].name == QStringLiteral("files/plan.pdf"));
    CHECK(file.media[0].mediaType == QStringLiteral("application/pdf"));
    CHECK_FALSE(file.media[0].omitted);
    CHECK(file.notes == QStringList{QStringLiteral("A location: 51.500000, -0.125000.")});

    CHECK(parsed.messages[6].kind == MessageKind::System);
    CHECK(parsed.messages[6].text == QStringLiteral("create_group"));
    CHECK(parsed.messages[7].direction == Direction::Incoming); // in a group, by the owner's id
    CHECK(parsed.messages[7].senderName.isEmpty());
    CHECK(parsed.messages[7].peerName.isEmpty());
    CHECK(parsed.messages[8].text == QStringLiteral("found you")); // chats the owner left are read too

    // Participants: the other people, not the owner (whose messages count for the chat they went to).
    QStringList names;
    for (const auto& p : parsed.summary.participants)
        names << p.name + u'/' + p.address + u'/' + QString::number(p.messages);
    CHECK(names == QStringList{QStringLiteral("Sam/user222/7"), QStringLiteral("/user444/1")});
}

TEST_CASE("a single Telegram chat export without the account's details tells directions by the chat's id")
{
    const Parsed parsed = parseTelegram(R"json({"name": "Sam", "type": "personal_chat", "id": 222, "messages": [
        {"id": 1, "type": "message", "date": "2021-03-01T09:00:00", "from": "Sam", "from_id": "user222", "text": "a"},
        {"id": 2, "type": "message", "date": "2021-03-01T09:01:00", "from": "Jo", "from_id": "user111", "text": "b"}
    ]})json");
    REQUIRE(parsed.messages.size() == 2);
    CHECK(parsed.messages[0].direction == Direction::Incoming);
    CHECK(parsed.messages[1].direction == Direction::Outgoing);
    // Without date_unixtime (exports before 2021) the time is the exporting computer's wall clock.
    CHECK(parsed.messages[0].floating);
    CHECK(iso(parsed.messages[0].time) == QStringLiteral("2021-03-01T09:00:00"));
    CHECK(parsed.summary.floatingTimes);
}

TEST_CASE("an empty Telegram chat gives no messages and no error")
{
    const Parsed parsed = parseTelegram(R"json({"name": "Sam", "type": "personal_chat", "id": 1, "messages": []})json");
    CHECK(parsed.summary.messages == 0);
    CHECK(parsed.messages.empty());
    CHECK_FALSE(parsed.summary.first.isValid());
}

TEST_CASE("broken or wrong Telegram files are refused with a sentence that names the place")
{
    SECTION("cut short")
    {
        const QString m = refusal("{\n \"messages\": [\n  {\"type\": \"message\", \"date_unixtime\": \"1\", \"te");
        CHECK(m.startsWith(QStringLiteral("Line 3, column")));
        CHECK(m.contains(QStringLiteral("cut short")));
        CHECK(m.endsWith(QStringLiteral("Nothing was imported.")));
    }
    SECTION("a list where the export's object should be")
    {
        const QString m = refusal("[1, 2]");
        CHECK(m.contains(QStringLiteral("starts with an object")));
        CHECK(m.contains(QStringLiteral("a list")));
    }
    SECTION("messages that are not a list")
    {
        CHECK(refusal(R"json({"messages": {"a": 1}})json").contains(QStringLiteral("\"messages\" should be a list")));
    }
    SECTION("a message that is not an object")
    {
        CHECK(
            refusal(R"json({"messages": ["hello"]})json").contains(QStringLiteral("each message should be an object")));
    }
    SECTION("JSON of something else")
    {
        CHECK(refusal(R"json({"name": "x", "items": []})json").contains(QStringLiteral("not a Telegram export")));
    }
    SECTION("a message without a date")
    {
        const QString m = refusal("{\"name\": \"Sam\", \"messages\": [\n{\"type\": \"message\",\n \"text\": \"a\"}]}");
        CHECK(m.startsWith(QStringLiteral("Lines 2-3 (a message of the chat \"Sam\"): it has no date")));
    }
    SECTION("text that is neither a string nor pieces")
    {
        CHECK(refusal(R"json({"messages": [{"date_unixtime": "1", "text": 5}]})json")
                  .contains(QStringLiteral("\"text\"")));
    }
    SECTION("an empty file")
    {
        CHECK(refusal("").contains(QStringLiteral("empty")));
    }
    SECTION("two documents")
    {
        CHECK(refusal(R"json({"messages": []} {})json").contains(QStringLiteral("more after the end")));
    }
}
