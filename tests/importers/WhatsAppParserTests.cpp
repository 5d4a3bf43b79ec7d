// WhatsApp parsing: Daymark's own cases for every edge the format has (clocks, marks, media, markers, bad input).
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/WhatsAppParser.h"

#include <QBuffer>

using namespace daymark;
using namespace daymark::test;
using importers::MessageKind;

namespace {

QString errorOf(const QByteArray& text, const QString& order = {})
{
    try {
        parseWhatsApp(text, order);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("Windows line endings and a byte-order mark do not reach senders or text")
{
    const Parsed p = parseWhatsApp("\xEF\xBB\xBF"
                                   "13/06/2018, 21:25 - Sam: first\r\nsecond line\r\n"
                                   "14/06/2018, 08:00 - Sam: next\r\n");
    const auto m = messagesOnly(p);
    REQUIRE(m.size() == 2);
    CHECK(m[0].text == QStringLiteral("first\nsecond line"));
    CHECK(m[1].text == QStringLiteral("next"));
}

TEST_CASE("12-hour clocks place midnight and noon correctly")
{
    const auto m = messagesOnly(parseWhatsApp("1/13/21, 12:05 AM - a: night\n1/13/21, 12:05 PM - a: noon\n"
                                              "1/13/21, 11:59 PM - a: late\n"));
    REQUIRE(m.size() == 3);
    CHECK(iso(m[0].time) == QStringLiteral("2021-01-13T00:05:00"));
    CHECK(iso(m[1].time) == QStringLiteral("2021-01-13T12:05:00"));
    CHECK(iso(m[2].time) == QStringLiteral("2021-01-13T23:59:00"));
}

TEST_CASE("invisible spaces and marks in text are kept exactly; in the header they are read as spaces")
{
    const QByteArray line = "[3/6/18, 1:55:00\xE2\x80\xAFPM] \xE2\x80\x8E"
                            "Alex: see\xC2\xA0you at 5\xE2\x80\xAF"
                            "pm\n[13/6/18, 1:55:00\xE2\x80\xAFPM] Alex: x\n";
    const auto m = messagesOnly(parseWhatsApp(line));
    REQUIRE(m.size() == 2);
    CHECK(m[0].senderName == QStringLiteral("Alex"));
    CHECK(m[0].text == QString::fromUtf8("see\xC2\xA0you at 5\xE2\x80\xAFpm"));
    CHECK(iso(m[0].time) == QStringLiteral("2018-06-03T13:55:00"));
}

TEST_CASE("media left out, media attached, deleted and edited messages are marked; their text stays")
{
    const auto m = messagesOnly(parseWhatsApp("13/06/2018, 10:00 - Sam: <Media omitted>\n"
                                              "13/06/2018, 10:01 - Sam: This message was deleted\n"
                                              "13/06/2018, 10:02 - Sam: I know where you are <This message was "
                                              "edited>\n"
                                              "13/06/2018, 10:03 - Sam: IMG-20180613-WA0001.jpg (file attached)\n"
                                              "look at this\n"
                                              "13/06/2018, 10:04 - Sam: \xE2\x80\x8Eimage omitted\n"
                                              "13/06/2018, 10:05 - Sam: \xE2\x80\x8EMissed voice call\n"));
    REQUIRE(m.size() == 6);
    CHECK(m[0].media.size() == 1);
    CHECK(m[0].media.front().omitted);
    CHECK(m[0].text == QStringLiteral("<Media omitted>"));
    CHECK(m[1].deleted);
    CHECK(m[2].edited);
    CHECK(m[2].text == QStringLiteral("I know where you are <This message was edited>"));
    CHECK_FALSE(m[2].deleted);
    CHECK(m[3].media.front().name == QStringLiteral("IMG-20180613-WA0001.jpg"));
    CHECK(m[3].text == QStringLiteral("IMG-20180613-WA0001.jpg (file attached)\nlook at this"));
    CHECK(m[4].media.front().omitted);
    CHECK(m[5].kind == MessageKind::CallMissed);
}

TEST_CASE("system lines are counted apart and never taken for a sender")
{
    const Parsed p = parseWhatsApp("13/06/2018, 10:00 - Messages and calls are end-to-end encrypted. Tap to learn "
                                   "more.\n"
                                   "13/06/2018, 10:00 - Sam changed the subject to \"Us: again\"\n"
                                   "13/06/2018, 10:01 - Sam: hi\n");
    CHECK(p.summary.systemLines == 2);
    CHECK(p.summary.messages == 1);
    REQUIRE(p.summary.participants.size() == 1);
    CHECK(p.summary.participants.front().name == QStringLiteral("Sam"));
}

TEST_CASE("a date order the file cannot tell is reported, and the person's choice is then used")
{
    const QByteArray text = "03/04/2021, 10:00 - Sam: a\n05/04/2021, 10:00 - Sam: b\n";
    const Parsed unsure = parseWhatsApp(text);
    CHECK(unsure.summary.dateOrderAmbiguous);
    CHECK(unsure.summary.dateOrder.isEmpty());
    CHECK_FALSE(unsure.summary.first.isValid());
    CHECK(unsure.messages.empty());
    CHECK(iso(messagesOnly(parseWhatsApp(text, QStringLiteral("mdy")))[1].time) ==
          QStringLiteral("2021-05-04T10:00:00"));
    CHECK(iso(messagesOnly(parseWhatsApp(text, QStringLiteral("dmy")))[1].time) ==
          QStringLiteral("2021-04-05T10:00:00"));
}

TEST_CASE("one day above 12 anywhere in the file settles the order for every line")
{
    QByteArray text;
    for (int k = 0; k < 50; ++k)
        text += "03/04/2021, 10:00 - Sam: a\n";
    text += "04/13/2021, 10:00 - Sam: b\n";
    const Parsed p = parseWhatsApp(text);
    CHECK(p.summary.dateOrder == QStringLiteral("mdy"));
    CHECK(iso(p.messages.front().time) == QStringLiteral("2021-03-04T10:00:00"));
}

TEST_CASE("dates that contradict each other, impossible dates and wrong orders are refused naming the line")
{
    CHECK(errorOf("13/01/2021, 10:00 - a: x\n01/13/2021, 10:00 - a: y\n").contains(QStringLiteral("one order")));
    const QString impossible = errorOf("31/02/2021, 10:00 - a: x\n");
    CHECK(impossible.contains(QStringLiteral("Line 1")));
    CHECK(errorOf("13/01/2021, 10:00 - a: x\n", QStringLiteral("mdy")).contains(QStringLiteral("Line 1")));
    CHECK(errorOf("2021/01/13, 10:00 - a: x\n", QStringLiteral("dmy")).contains(QStringLiteral("dmy")));
    CHECK(errorOf("x\n", QStringLiteral("ydm")).contains(QStringLiteral("ydm")));
}

TEST_CASE("text that is not UTF-8, a binary file and a line beyond the limit are refused naming the line")
{
    CHECK(
        errorOf("13/06/2018, 10:00 - Sam: ok\n13/06/2018, 10:01 - Sam: caf\xE9\n").contains(QStringLiteral("Line 2")));
    CHECK(errorOf(QByteArray("1\x00\x00\x00", 4)).contains(QStringLiteral("Line 1")));
    QByteArray huge = "13/06/2018, 10:00 - Sam: ";
    huge += QByteArray(importers::WhatsAppParser::kMaxLineBytes + 10, 'x');
    CHECK(errorOf(huge).contains(QStringLiteral("Line 1")));
    CHECK(errorOf("Dear diary,\nthis is not a chat.\n").contains(QStringLiteral("not a WhatsApp chat export")));
}

TEST_CASE("a continuation line shaped like a header of another shape stays in its message")
{
    const auto m = messagesOnly(parseWhatsApp("[13/06/2018, 10:00:00] Sam: the log says\n"
                                              "13/06/2018, 09:00 - Sam: old\n"
                                              "[13/06/2018, 10:01:00] Sam: bye\n"));
    REQUIRE(m.size() == 2);
    CHECK(m[0].text == QStringLiteral("the log says\n13/06/2018, 09:00 - Sam: old"));
}

TEST_CASE("the parse stops when cancelled")
{
    QByteArray text;
    for (int k = 0; k < 5000; ++k)
        text += "13/06/2018, 10:00 - Sam: again\n";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    std::atomic<bool> cancel{true};
    importers::WhatsAppOptions options;
    options.cancel = &cancel;
    try {
        importers::WhatsAppParser::parse(buffer, options, {});
        FAIL("not cancelled");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Cancelled);
    }
}

TEST_CASE("progress reaches the whole of both passes")
{
    QByteArray text;
    for (int k = 0; k < 10000; ++k)
        text += "13/06/2018, 10:00 - Sam: again\n";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    importers::WhatsAppOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    const auto summary = importers::WhatsAppParser::parse(buffer, options, {});
    CHECK(summary.messages == 10000);
    CHECK(lastDone == lastTotal);
    CHECK(lastTotal == 2 * text.size());
}
