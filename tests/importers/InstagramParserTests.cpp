// Instagram message_1.json parsing: chat-miner's export against its target.json, Instagram's mis-encoded text mended
// (names, text, emoji), participants, media, shares, unsent messages, and refusals that name the line.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/InstagramParser.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daymark;
using namespace daymark::test;
using importers::InstagramParser;
using importers::MessageKind;

namespace {

Parsed parseInstagram(QIODevice& device)
{
    Parsed parsed;
    parsed.summary = InstagramParser::parse(
        device, {}, [&parsed](importers::ImportedMessage&& m) { parsed.messages.push_back(std::move(m)); });
    return parsed;
}

Parsed parseInstagram(QByteArray json)
{
    QBuffer buffer(&json);
    buffer.open(QIODevice::ReadOnly);
    return parseInstagram(buffer);
}

QString refusal(const QByteArray& json)
{
    try {
        parseInstagram(json);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    FAIL("the export was accepted");
    return {};
}

} // namespace

TEST_CASE("chat-miner's Instagram export gives the authors, times and texts of its target.json")
{
    QFile targetFile(importData(QStringLiteral("chat-miner/instagram/target.json")));
    REQUIRE(targetFile.open(QIODevice::ReadOnly));
    const QJsonArray target = QJsonDocument::fromJson(targetFile.readAll()).array();
    REQUIRE(target.size() == 2);
    QFile file(importData(QStringLiteral("chat-miner/instagram/test_export.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Parsed parsed = parseInstagram(file);
    REQUIRE(parsed.messages.size() == 2);
    CHECK(parsed.summary.messages == 2);
    for (int k = 0; k < 2; ++k) {
        const QJsonObject t = target.at(k).toObject();
        const auto& m = parsed.messages[static_cast<std::size_t>(k)];
        CHECK(iso(m.time) == t.value(u"timestamp").toString()); // timestamp_ms, an instant, shown in UTC
        CHECK_FALSE(m.floating);
        CHECK(m.senderName == t.value(u"author").toString());
        CHECK(m.text == t.value(u"message").toString());
    }
    // Newest first in the file; the summary's range is still earliest to latest.
    CHECK(iso(parsed.summary.first) == QStringLiteral("2019-12-24T11:23:00"));
    CHECK(iso(parsed.summary.last) == QStringLiteral("2020-01-17T20:49:00"));
    CHECK(parsed.messages[0].position.first == 3);
    CHECK(parsed.messages[0].position.last == 7);
}

TEST_CASE("Instagram's mis-encoded names and texts are mended, with emoji and right-to-left text")
{
    // "José", "Zoë ❤️ 😀" and Hebrew, each UTF-8 byte written as a \u00XX escape as Instagram does.
    const QByteArray json = R"json({
  "participants": [{"name": "Jos\u00c3\u00a9 Garc\u00c3\u00ada"}, {"name": "Jane Doe"}, {"name": "Quiet One"}],
  "messages": [
    {"sender_name": "Jos\u00c3\u00a9 Garc\u00c3\u00ada", "timestamp_ms": 1600000000000,
     "content": "Zo\u00c3\u00ab \u00e2\u009d\u00a4\u00ef\u00b8\u008f \u00f0\u009f\u0098\u0080 \u00d7\u00a9\u00d7\u009c\u00d7\u0095\u00d7\u009d",
     "reactions": [{"reaction": "\u00e2\u009d\u00a4", "actor": "Jane Doe"}], "is_geoblocked_for_viewer": false},
    {"sender_name": "Jane Doe", "timestamp_ms": 1600000001000,
     "photos": [{"uri": "messages/inbox/jose_1/photos/1.jpg", "creation_timestamp": 1600000001}],
     "videos": [{"uri": "messages/inbox/jose_1/videos/2.mp4"}], "audio_files": [{"uri": "messages/inbox/jose_1/audio/3.mp4"}]},
    {"sender_name": "Jane Doe", "timestamp_ms": 1600000002000, "content": "Jane Doe sent an attachment.",
     "share": {"link": "https://www.instagram.com/p/abc/", "share_text": "a post", "original_content_owner": "x"}},
    {"sender_name": "Jane Doe", "timestamp_ms": 1600000003000, "content": "gone", "is_unsent": true},
    {"sender_name": "Jane Doe", "timestamp_ms": 1600000004000, "content": "Jane Doe left the group.", "type": "Unsubscribe"}
  ],
  "title": "Jos\u00c3\u00a9 Garc\u00c3\u00ada",
  "is_still_participant": true,
  "thread_path": "inbox/jose_1",
  "magic_words": []
})json";
    const Parsed parsed = parseInstagram(json);
    REQUIRE(parsed.messages.size() == 5);
    const QString jose = QStringLiteral("Jos\u00E9 Garc\u00EDa");
    CHECK(parsed.messages[0].senderName == jose);
    CHECK(parsed.messages[0].text == QStringLiteral("Zo\u00EB \u2764\uFE0F \U0001F600 \u05E9\u05DC\u05D5\u05DD"));
    CHECK(parsed.messages[0].notes == QStringList{QStringLiteral("Reactions: \u2764 Jane Doe")}); // not in the text
    CHECK(parsed.messages[1].media.size() == 3);
    CHECK(parsed.messages[1].media[0].name == QStringLiteral("messages/inbox/jose_1/photos/1.jpg"));
    CHECK(parsed.messages[1].text.isEmpty());
    CHECK(parsed.messages[2].text ==
          QStringLiteral("Jane Doe sent an attachment.\na post\nhttps://www.instagram.com/p/abc/"));
    CHECK(parsed.messages[3].deleted);
    CHECK(parsed.messages[4].kind == MessageKind::System);
    CHECK(parsed.summary.messages == 4);
    CHECK(parsed.summary.mediaReferences == 3);
    // The thread's participants, also those who wrote nothing, with their counts.
    REQUIRE(parsed.summary.participants.size() == 3);
    CHECK(parsed.summary.participants[0] == importers::Participant{jose, QString(), 1});
    CHECK(parsed.summary.participants[1].messages == 3);
    CHECK(parsed.summary.participants[2].messages == 0);
}

TEST_CASE("mending Instagram's text leaves text that is not mis-encoded alone")
{
    CHECK(InstagramParser::repairMojibake(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(InstagramParser::repairMojibake(QStringLiteral("Caf\u00E9")) == QStringLiteral("Caf\u00E9")); // not UTF-8
    CHECK(InstagramParser::repairMojibake(QStringLiteral("Caf\u00C3\u00A9")) == QStringLiteral("Caf\u00E9"));
    CHECK(InstagramParser::repairMojibake(QStringLiteral("\u65E5\u672C \u00C3\u00A9")) ==
          QStringLiteral("\u65E5\u672C \u00C3\u00A9")); // already Unicode beyond Latin-1
}

TEST_CASE("an Instagram thread without messages gives its participants and no error")
{
    const Parsed parsed =
        parseInstagram(R"json({"participants": [{"name": "A"}], "messages": [], "unknown": {"x": [null]}})json");
    CHECK(parsed.summary.messages == 0);
    CHECK(parsed.summary.participants.size() == 1);
}

TEST_CASE("broken or wrong Instagram files are refused with a sentence that names the place")
{
    SECTION("cut short")
    {
        const QString m = refusal("{\n  \"messages\": [\n    {\"sender_name\": \"A\", \"timestamp_ms\": 16");
        CHECK(m.startsWith(QStringLiteral("Line 3,")));
        CHECK(m.contains(QStringLiteral("cut short")));
    }
    SECTION("the older messages.json layout")
    {
        CHECK(refusal(R"json([{"participants": ["a", "b"], "conversation": []}])json")
                  .contains(QStringLiteral("older messages.json")));
    }
    SECTION("no messages list")
    {
        CHECK(refusal(R"json({"participants": []})json").contains(QStringLiteral("not an Instagram messages export")));
    }
    SECTION("a message without a time")
    {
        CHECK(refusal("{\"messages\": [\n{\"sender_name\": \"A\", \"content\": \"x\"}\n]}")
                  .startsWith(QStringLiteral("Lines 2-2 (message 1): it has no time")));
    }
    SECTION("a number that is not one")
    {
        CHECK(refusal(R"json({"messages": [{"timestamp_ms": 12e}]})json").contains(QStringLiteral("is not a number")));
    }
    SECTION("text that is not UTF-8")
    {
        CHECK(refusal("{\"messages\": [{\"content\": \"caf\xE9\"}]}").contains(QStringLiteral("not UTF-8")));
    }
}
