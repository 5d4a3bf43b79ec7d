// SMS Backup & Restore parsing: the fixtures of shruggietech/sms-backup-restore-parser and Daymark's own cases for
// the app's quirks (invalid surrogate references, "null"), calls of every type, and broken files.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/SmsBackupParser.h"
#include "importers/XmlCharRefRepair.h"

#include <QBuffer>
#include <QTimeZone>

using namespace daymark;
using namespace daymark::test;
using importers::Direction;
using importers::MessageKind;

namespace {

QString fixture(const char* name)
{
    return importData(QStringLiteral("sms-backup-restore-parser/tests/fixtures/") + QLatin1String(name));
}

QString errorOf(const QByteArray& xml)
{
    try {
        parseSmsBackup(xml);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    return {};
}

QByteArray repaired(const QByteArray& in)
{
    QByteArray copy = in;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    importers::XmlCharRefRepair repair(buffer);
    return repair.readAll();
}

} // namespace

TEST_CASE("the minimal SMS fixture gives one incoming message with its sender, time and text")
{
    const Parsed p = parseSmsBackupFile(fixture("minimal_sms.xml"));
    REQUIRE(p.messages.size() == 1);
    const auto& m = p.messages.front();
    CHECK(m.direction == Direction::Incoming);
    CHECK(m.senderName == QStringLiteral("Alice Smith"));
    CHECK(m.senderAddress == QStringLiteral("+15551234567"));
    CHECK(m.text == QStringLiteral("Happy New Year! This is a test message."));
    CHECK(m.time == QDateTime::fromMSecsSinceEpoch(1609459200000, QTimeZone::utc()));
    CHECK(m.subject.isEmpty()); // "null"
    CHECK(m.position.first == 1);
    CHECK(m.position.unit == importers::SourcePosition::Unit::Element);
}

TEST_CASE("the minimal MMS fixture gives its text part, its image part's bytes and its sender from the addresses")
{
    const Parsed p = parseSmsBackupFile(fixture("minimal_mms.xml"));
    REQUIRE(p.messages.size() == 1);
    const auto& m = p.messages.front();
    CHECK(m.text == QStringLiteral("Hello from MMS!"));
    CHECK(m.subject == QStringLiteral("Test MMS Subject"));
    // The fixture's "from" address (type 137) is not the conversation's: the conversation's address is the sender.
    CHECK(m.senderAddress == QStringLiteral("+15551234567"));
    CHECK(m.senderName == QStringLiteral("Alice Smith"));
    CHECK(m.direction == Direction::Incoming);
    REQUIRE(m.media.size() == 1); // the SMIL layout part is not media
    CHECK(m.media.front().name == QStringLiteral("image.jpg"));
    CHECK(m.media.front().mediaType == QStringLiteral("image/jpeg"));
    CHECK(m.media.front().data.startsWith("\x89PNG"));
    CHECK(p.summary.mediaReferences == 1);
}

TEST_CASE("the mixed fixture gives four messages in order with their directions")
{
    const Parsed p = parseSmsBackupFile(fixture("mixed.xml"));
    REQUIRE(p.summary.messages == 4);
    REQUIRE(p.messages.size() == 4);
    CHECK(p.messages[0].direction == Direction::Incoming);
    CHECK(p.messages[1].text == QStringLiteral("This is a text-only MMS from Alice."));
    CHECK(p.messages[2].direction == Direction::Outgoing);
    CHECK(p.messages[2].text == QStringLiteral("I'm good, thanks!"));
    CHECK(p.messages[2].recipients == QStringList{QStringLiteral("+15551234567")});
    CHECK(p.messages[3].direction == Direction::Outgoing); // type 3: a draft
    CHECK(p.messages[3].position.first == 4);
    CHECK(p.summary.participants.size() == 2); // Alice (both ways) and Bob
    CHECK(p.summary.first == QDateTime::fromMSecsSinceEpoch(1609459200000, QTimeZone::utc()));
    CHECK(p.summary.last == QDateTime::fromMSecsSinceEpoch(1609470000000, QTimeZone::utc()));
}

TEST_CASE("the edge-case fixture keeps special characters, empty bodies and MMS without parts")
{
    const Parsed p = parseSmsBackupFile(fixture("edge_cases.xml"));
    REQUIRE(p.messages.size() == 4);
    CHECK(p.messages[0].senderName.isEmpty()); // no contact_name
    CHECK(p.messages[1].text ==
          QString::fromUtf8("Hello \xF0\x9F\x8C\x8D \xE2\x80\x94 this has \xC2\xABspecial\xC2\xBB "
                            "chars & symbols < > \" '"));
    CHECK(p.messages[2].text.isEmpty());
    CHECK(p.messages[3].text.isEmpty());
    CHECK(p.messages[3].senderName == QStringLiteral("Eve NoParts"));
}

TEST_CASE("the calls fixture gives an incoming call with its duration")
{
    const Parsed p = parseSmsBackupFile(fixture("minimal_calls.xml"));
    REQUIRE(p.messages.size() == 1);
    CHECK(p.messages.front().kind == MessageKind::CallIncoming);
    CHECK(p.messages.front().durationSeconds == 125);
    CHECK(p.messages.front().senderAddress == QStringLiteral("+15551234567"));
}

TEST_CASE("the malformed fixture is refused naming the line and element, nothing delivered")
{
    std::vector<importers::ImportedMessage> got;
    try {
        parseSmsBackupFile(fixture("malformed.xml"));
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("Line ")));
        CHECK(e.message().contains(QStringLiteral("element 1")));
    }
}

TEST_CASE("a group MMS names its sender among the conversation's addresses")
{
    const Parsed p = parseSmsBackup("<smses><mms date='1' msg_box='1' address='+447700900001~+447700900002' "
                                    "contact_name='A, B'><parts><part ct='text/plain' text='hello all'/></parts>"
                                    "<addrs><addr address='+447700900002' type='137'/>"
                                    "<addr address='+447700900001' type='151'/><addr address='+447700900009' "
                                    "type='151'/></addrs></mms></smses>");
    REQUIRE(p.messages.size() == 1);
    CHECK(p.messages[0].senderAddress == QStringLiteral("+447700900002"));
    CHECK(p.messages[0].recipients == QStringList{QStringLiteral("+447700900001"), QStringLiteral("+447700900009")});
    CHECK(p.messages[0].text == QStringLiteral("hello all"));
}

TEST_CASE("every call type becomes the right kind, with private numbers and 'null' names")
{
    const Parsed p = parseSmsBackup("<?xml version='1.0' encoding='UTF-8'?><calls count='6'>"
                                    "<call number='07700900123' duration='0' date='1000' type='3' contact_name='null'/>"
                                    "<call number='07700900123' duration='0' date='2000' type='5'/>"
                                    "<call number='07700900123' duration='61' date='3000' type='2'/>"
                                    "<call number='07700900123' duration='12' date='4000' type='4'/>"
                                    "<call number='-2' duration='0' date='5000' type='6' contact_name='(Unknown)'/>"
                                    "<call number='07700900123' duration='30' date='6000' type='1'/></calls>");
    REQUIRE(p.messages.size() == 6);
    CHECK(p.messages[0].kind == MessageKind::CallMissed);
    CHECK(p.messages[0].senderName.isEmpty());
    CHECK(p.messages[1].kind == MessageKind::CallRejected);
    CHECK(p.messages[2].kind == MessageKind::CallOutgoing);
    CHECK(p.messages[2].direction == Direction::Outgoing);
    CHECK(p.messages[2].durationSeconds == 61);
    CHECK(p.messages[3].kind == MessageKind::Voicemail);
    CHECK(p.messages[4].kind == MessageKind::CallRejected);
    CHECK(p.messages[5].kind == MessageKind::CallIncoming);
}

TEST_CASE("emoji written as invalid surrogate references are mended, lone halves become U+FFFD")
{
    const Parsed p = parseSmsBackup("<smses><sms address='1' date='1' type='1' body='hi &#55357;&#56832; there'/>"
                                    "<sms address='1' date='2' type='1' body='lone &#55357; half &#xDE00; &#1; x'/>"
                                    "</smses>");
    REQUIRE(p.messages.size() == 2);
    CHECK(p.messages[0].text == QString::fromUtf8("hi \xF0\x9F\x98\x80 there"));
    CHECK(p.messages[1].text == QString::fromUtf8("lone \xEF\xBF\xBD half \xEF\xBF\xBD \xEF\xBF\xBD x"));
}

TEST_CASE("the reference repair leaves valid text byte for byte and mends pairs across its chunk borders")
{
    const QByteArray plain = "<a b='&#128512; &amp; &#x41; &#'/>";
    CHECK(repaired(plain) == plain);
    QByteArray big;
    for (int k = 0; k < 40000; ++k)
        big += "&#55357;&#56832;"; // 640,000 bytes: pairs fall across every 256 KiB chunk border
    const QByteArray out = repaired(big);
    CHECK(out.count("&#128512;") == 40000);
    CHECK(out.size() == 40000 * 9);
}

TEST_CASE("a backup cut short, a wrong root, a bad date and a non-XML file are refused with a sentence")
{
    CHECK(errorOf("<smses><sms address='1' date='1' type='1' body='a'/><sms address='1' da")
              .contains(QStringLiteral("element 2")));
    CHECK(errorOf("<html><body/></html>").contains(QStringLiteral("<html>")));
    CHECK(errorOf("<smses><sms address='1' date='bad' type='1' body='a'/></smses>").contains(QStringLiteral("bad")));
    CHECK_FALSE(errorOf("Just text").isEmpty());
    CHECK_FALSE(errorOf("").isEmpty());
}

TEST_CASE("text in the wrong encoding is refused")
{
    CHECK_FALSE(errorOf("<?xml version='1.0' encoding='UTF-8'?><smses><sms address='1' date='1' type='1' "
                        "body='caf\xE9'/></smses>")
                    .isEmpty());
}
