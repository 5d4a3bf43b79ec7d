// Signal text export parsing: chat-miner's export against its target.json, and Daymark's own cases (header shapes,
// multi-line messages, separators, system lines, media links, emoji and right-to-left text) and refusals.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/SignalParser.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daymark;
using namespace daymark::test;
using importers::MessageKind;

namespace {

Parsed parseSignal(QIODevice& device)
{
    Parsed parsed;
    parsed.summary = importers::SignalParser::parse(
        device, {}, [&parsed](importers::ImportedMessage&& m) { parsed.messages.push_back(std::move(m)); });
    return parsed;
}

Parsed parseSignal(QByteArray text)
{
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    return parseSignal(buffer);
}

QString refusal(const QByteArray& text)
{
    try {
        parseSignal(text);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    FAIL("the export was accepted");
    return {};
}

} // namespace

TEST_CASE("chat-miner's Signal export gives the authors, times and texts of its target.json")
{
    QFile targetFile(importData(QStringLiteral("chat-miner/signal/target.json")));
    REQUIRE(targetFile.open(QIODevice::ReadOnly));
    const QJsonArray target = QJsonDocument::fromJson(targetFile.readAll()).array();
    REQUIRE(target.size() == 2);
    QFile file(importData(QStringLiteral("chat-miner/signal/test_export.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Parsed parsed = parseSignal(file);
    REQUIRE(parsed.messages.size() == 2);
    CHECK(parsed.summary.messages == 2);
    // target.json lists the messages newest first and joins the lines of a multi-line message with a space; Daymark
    // keeps the line break.
    for (int k = 0; k < 2; ++k) {
        const QJsonObject t = target.at(1 - k).toObject();
        const auto& m = parsed.messages[static_cast<std::size_t>(k)];
        CHECK(iso(m.time) == t.value(u"timestamp").toString()); // the phone's wall clock, as written
        CHECK(m.floating);
        CHECK(m.senderName == t.value(u"author").toString());
        CHECK(QString(m.text).replace(u'\n', u' ') == t.value(u"message").toString());
    }
    CHECK(parsed.messages[1].text == QStringLiteral("Hello\nJane!"));
    CHECK(parsed.messages[1].position == importers::SourcePosition{importers::SourcePosition::Unit::Line, 2, 3});
    CHECK(parsed.summary.floatingTimes);
    CHECK(parsed.summary.participants.size() == 2);
}

TEST_CASE("Signal headers with or without a comma and seconds, separators, system lines and media links")
{
    const Parsed parsed = parseSignal("Conversation with Sam\r\n"
                                      "\r\n"
                                      "[2021-03-01 09:00:05] Sam: first\r\n"
                                      "\r\n"
                                      "[2021-03-01, 9:01] Sam: second\r\n"
                                      "  indented line\r\n"
                                      "![photo.jpg](media/2021-03-01-photo.jpg)\r\n"
                                      "\r\n"
                                      "\r\n"
                                      "[2021-03-01, 09:02] Sam set the disappearing message time to 1 week\r\n"
                                      "[2021-03-01, 09:03] Jo: \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\r\n"
                                      "[2021-03-01, 09:04] Sam:\r\n"
                                      "on the next line: with a colon\r\n");
    REQUIRE(parsed.messages.size() == 5);
    CHECK(parsed.summary.systemLines == 2); // the title before the first message, and the timer line
    CHECK(parsed.summary.messages == 4);

    CHECK(parsed.messages[0].text == QStringLiteral("first")); // the blank line after it is a separator
    CHECK(iso(parsed.messages[0].time) == QStringLiteral("2021-03-01T09:00:05"));
    CHECK(parsed.messages[0].position.first == 3);
    CHECK(parsed.messages[0].position.last == 3);

    const auto& second = parsed.messages[1];
    CHECK(iso(second.time) == QStringLiteral("2021-03-01T09:01:00"));
    CHECK(second.text == QStringLiteral("second\n  indented line\n![photo.jpg](media/2021-03-01-photo.jpg)"));
    CHECK(second.position.last == 7);
    REQUIRE(second.media.size() == 1);
    CHECK(second.media[0].name == QStringLiteral("media/2021-03-01-photo.jpg"));

    CHECK(parsed.messages[2].kind == MessageKind::System);
    CHECK(parsed.messages[3].senderName == QStringLiteral("Jo"));
    CHECK(parsed.messages[3].text == QStringLiteral("\U0001F600 \u05E9\u05DC\u05D5\u05DD"));
    CHECK(parsed.messages[4].senderName == QStringLiteral("Sam"));
    CHECK(parsed.messages[4].text == QStringLiteral("\non the next line: with a colon"));
}

TEST_CASE("broken or wrong Signal files are refused with a sentence that names the line")
{
    CHECK(refusal("").contains(QStringLiteral("empty")));
    CHECK(refusal("hello\nthere\n").contains(QStringLiteral("not a Signal chat export")));
    CHECK(refusal("[2021-03-01, 09:00] A: ok\n[2021-02-30, 09:00] A: no\n")
              .startsWith(QStringLiteral("Line 2: \"[2021-02-30, 09:00]\" is not a valid date")));
    CHECK(refusal("[2021-03-01, 25:00] A: no\n").startsWith(QStringLiteral("Line 1:")));
    CHECK(refusal("[2021-03-01, 09:00] A: ok\ncaf\xE9\n").startsWith(QStringLiteral("Line 2 is not UTF-8")));
}
