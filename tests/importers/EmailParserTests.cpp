// E-mail files and mailboxes on Daymark's own samples (tests/data/importers/email): headers kept, encoded words,
// multipart and nested messages, attachments with RFC 2231 names, broken and truncated MIME, 8-bit headers, dates
// in obsolete forms or missing, mbox quoting and Thunderbird folders.
#include "Catch.h"
#include "ImportTestSupport.h"

#include "common/Error.h"
#include "importers/EmailParser.h"

#include <QBuffer>

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
    return importData(QStringLiteral("email/") + QLatin1String(name));
}

struct Mail
{
    ImportSummary summary;
    std::vector<ImportedMessage> messages;
};

Mail eml(const QString& path)
{
    Mail mail;
    mail.summary = EmailParser::parseEml(path, {}, [&mail](ImportedMessage&& m) { mail.messages.push_back(m); });
    return mail;
}

Mail mbox(const QString& path)
{
    Mail mail;
    mail.summary = EmailParser::parseMbox(path, {}, [&mail](ImportedMessage&& m) { mail.messages.push_back(m); });
    return mail;
}

Mail mboxBytes(QByteArray bytes)
{
    Mail mail;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    EmailParser::readMbox(buffer, s("test.mbox"), {}, {}, mail.summary,
                          [&mail](ImportedMessage&& m) { mail.messages.push_back(m); });
    return mail;
}

ImportedMessage one(const char* name)
{
    const Mail mail = eml(sample(name));
    REQUIRE(mail.messages.size() == 1);
    return mail.messages.front();
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

} // namespace

TEST_CASE("a plain e-mail keeps its sender, recipients, subject, offset date and the header section as received")
{
    const ImportedMessage m = one("plain-crlf.eml");
    CHECK(m.kind == MessageKind::Email);
    CHECK(m.direction == Direction::Unknown);
    CHECK(m.senderName == s("Sam Stalker"));
    CHECK(m.senderAddress == s("sam@example.net"));
    CHECK(m.recipients ==
          QStringList{s("Jo Bloggs <jo@example.org>"), s("Smith, Pat <pat@example.com>"), s("Lee <lee@example.com>")});
    CHECK(m.subject == s("I know where you live"));
    CHECK(m.time == QDateTime(QDate(2023, 1, 3), QTime(14, 5), Qt::UTC));
    CHECK(m.time.offsetFromUtc() == 0);
    CHECK(m.text == s("I saw you at the station this morning.\nYou looked tired.\n"));
    CHECK(m.messageId == s("<20230103140500.4F2A@example.net>"));
    // Exactly as received, folded lines and the Received chain included (line breaks made "\n").
    CHECK(m.headers.startsWith(s("Return-Path: <sam@example.net>\nReceived: from mail.example.net (mail.example.net "
                                 "[192.0.2.10])\n\tby mx.example.org with ESMTPS id 4F2A\n")));
    CHECK(m.headers.contains(s("Subject: I know where you\n live\n")));
    CHECK_FALSE(m.headers.contains(u'\r'));
    CHECK(m.position == SourcePosition{SourcePosition::Unit::Line, 1, 17});
    CHECK(m.notes.isEmpty());
}

TEST_CASE("encoded words in several charsets and a quoted-printable ISO-8859-15 body are decoded")
{
    const ImportedMessage m = one("encoded-words.eml");
    CHECK(m.senderName == s("Сергей"));
    CHECK(m.recipients == QStringList{s("André Müller <andre@example.de>")});
    CHECK(m.subject == s("Überraschung: ich beobachte dichこんにちは and “quoted”"));
    CHECK(m.time.offsetFromUtc() == 3600);
    CHECK(m.text == s("Pay €500 or else. Café at 9. \nThis line is soft wrapped.\n"));
}

TEST_CASE("multipart/alternative prefers the plain text; an HTML-only mail is read as text")
{
    const ImportedMessage alt = one("alternative-qp.eml");
    CHECK(alt.text == s("You can’t hide from me.\nSecond line."));
    CHECK(alt.time.offsetFromUtc() == -5 * 3600);
    CHECK(alt.media.isEmpty());
    const ImportedMessage html = one("html-only.eml");
    CHECK(html.text == s("Hello Jo,\nI am watching & waiting.\n- one\n- two\nclick here <https://evil.example/track>"));
}

TEST_CASE("attachments keep their bytes, type and RFC 2231 or encoded-word names, never a path")
{
    const ImportedMessage m = one("attachments-rfc2231.eml");
    CHECK(m.text == s("See attached."));
    REQUIRE(m.media.size() == 3);
    CHECK(m.media[0].name == s("Straße und € Rechnung.pdf"));
    CHECK(m.media[0].mediaType == s("application/pdf"));
    CHECK(m.media[0].data.startsWith("%PDF-1.4\n%\xE2\xE3\xCF\xD3"));
    CHECK(m.media[0].data.endsWith("%%EOF\n"));
    CHECK(m.media[1].name == s("photo été.png"));
    CHECK(m.media[1].data.size() == 1024);
    CHECK(static_cast<unsigned char>(m.media[1].data.at(255)) == 255);
    CHECK(m.media[2].name == s("passwd"));
    CHECK(m.media[2].data == "not really");
}

TEST_CASE("a forwarded message/rfc822 is shown inline with its own attachments")
{
    const ImportedMessage m = one("nested-rfc822.eml");
    CHECK(m.text.startsWith(s("Jo, look at what he sent me.")));
    CHECK(m.text.contains(s("---------- Attached message ----------\nFrom: Sam <sam@example.net>\nDate: Sat, 7 Jan "
                            "2023 23:59:00 +0000\nSubject: tell her\nTo: pat@example.com")));
    CHECK(m.text.endsWith(s("Tell her I'm coming.")));
    REQUIRE(m.media.size() == 1);
    CHECK(m.media[0].name == s("note.txt"));
    CHECK(m.media[0].data == "inner attachment");
}

TEST_CASE("a broken boundary and a truncated file are read as far as they go, with a note")
{
    const ImportedMessage broken = one("broken-boundary.eml");
    CHECK(broken.text.contains(s("The text is still here.")));
    REQUIRE(broken.notes.size() == 1);
    CHECK(broken.notes[0].contains(s("never appears")));

    const ImportedMessage cut = one("truncated.eml");
    CHECK(cut.text == s("Before the cut."));
    REQUIRE(cut.media.size() == 1);
    CHECK(cut.media[0].name == s("cut.jpg"));
    CHECK(cut.media[0].data.startsWith("\xFF\xD8\xFF\xE0"));
    CHECK(cut.notes.join(u' ').contains(s("cut short")));
    CHECK(cut.notes.join(u' ').contains(s("base64")));
}

TEST_CASE("8-bit headers are read as UTF-8, or Windows-1252 when they are not, and an unknown charset is noted")
{
    const ImportedMessage utf8 = one("8bit-headers.eml");
    CHECK(utf8.senderName == s("José Núñez"));
    CHECK(utf8.subject == s("Dónde estás — te veo"));
    const ImportedMessage latin = one("latin1-headers.eml");
    CHECK(latin.senderName == s("René"));
    CHECK(latin.subject == s("Café crème"));
    CHECK(latin.text == s("Voilà.\n"));
    REQUIRE(latin.notes.size() == 1);
    CHECK(latin.notes[0].contains(s("x-unknown-charset")));
}

TEST_CASE("an obsolete date is read; a missing or garbled date in an .eml is refused naming the file")
{
    CHECK(one("obsolete-date.eml").time == QDateTime(QDate(1996, 1, 3), QTime(15, 0), Qt::UTC));
    CHECK(errorOf([] { eml(sample("no-date.eml")); }).contains(s("no-date.eml has no Date header")));
    CHECK(errorOf([] { eml(sample("not-email.eml")); }).contains(s("not-email.eml is not an e-mail")));
    QByteArray garbled = "From: a@b\nDate: the day after tomorrow\n\nhi\n";
    QBuffer buffer(&garbled);
    buffer.open(QIODevice::ReadOnly);
    ImportSummary summary;
    CHECK(errorOf([&] {
              EmailParser::readEml(buffer, s("g.eml"), {}, summary, {});
          }).contains(s("g.eml: the Date header \"the day after tomorrow\" is not a date")));
}

TEST_CASE("an mbox splits at From lines, unquotes >From, and falls back to the envelope date")
{
    const Mail mail = mbox(sample("mailbox.mbox"));
    REQUIRE(mail.messages.size() == 3);
    CHECK(mail.summary.messages == 3);
    const ImportedMessage& first = mail.messages[0];
    CHECK(first.text == s("From the moment I saw you.\nFrom here on, I watch.\n>From quoted twice.\n\nSigned\n"));
    CHECK(first.position == SourcePosition{SourcePosition::Unit::Line, 1, 12});
    const ImportedMessage& second = mail.messages[1];
    CHECK(second.time == QDateTime(QDate(2023, 1, 4), QTime(9, 0), Qt::UTC));
    CHECK(second.notes.join(u' ').contains(s("no Date header")));
    CHECK(second.position.first == 14);
    const ImportedMessage& third = mail.messages[2];
    CHECK(third.subject == s("third ✉"));
    CHECK(third.text == s("This paragraph was flowed by the mailer.\n"));
    CHECK(third.headers.startsWith(s("X-Mozilla-Status: 0001")));
    CHECK(third.position.last == 30);
    // Participants are counted by name and address as written.
    CHECK(mail.summary.participants.size() == 2);
    CHECK(mail.summary.first == QDateTime(QDate(2023, 1, 3), QTime(14, 5), Qt::UTC));
}

TEST_CASE("an mbox with CR LF line breaks and no final line break reads the same way")
{
    const Mail mail = mboxBytes("From a Tue Jan  3 14:05:00 2023\r\nFrom: a@x\r\nDate: Tue, 3 Jan 2023 14:05:00 "
                                "+0000\r\n\r\nhi\r\n\r\nFrom b Tue Jan  3 15:05:00 2023\r\nFrom: b@x\r\n\r\nlast");
    REQUIRE(mail.messages.size() == 2);
    CHECK(mail.messages[0].text == s("hi\n"));
    CHECK(mail.messages[1].text == s("last"));
    CHECK(mail.messages[1].time == QDateTime(QDate(2023, 1, 3), QTime(15, 5), Qt::UTC));
    CHECK(mail.messages[1].position == SourcePosition{SourcePosition::Unit::Line, 7, 10});
}

TEST_CASE("a file that is not an mbox, or a message with no date at all, is refused naming the place")
{
    CHECK(errorOf([] { mboxBytes("Subject: hi\n\ntext\n"); }).contains(s("test.mbox is not an mbox mailbox: line 1")));
    CHECK(errorOf([] {
              mboxBytes("From someone\nFrom: a@x\n\nno date anywhere\n");
          }).contains(s("test.mbox, message 1 (lines 1-4) has no Date header")));
}

TEST_CASE("folders: .eml files found recursively, and Thunderbird's mail files without its indexes")
{
    const Mail folder = eml(sample("folder"));
    REQUIRE(folder.messages.size() == 2);
    CHECK(folder.messages[0].file == s("a.eml"));
    CHECK(folder.messages[1].file == s("sub/b.EML"));
    CHECK(EmailParser::mboxFiles(sample("thunderbird")) == QStringList{s("Archives.sbd/2023"), s("Inbox")});
    const Mail tb = mbox(sample("thunderbird"));
    REQUIRE(tb.messages.size() == 4);
    CHECK(tb.messages[0].file == s("Archives.sbd/2023"));
    CHECK(tb.messages[0].subject == s("archived"));
    CHECK(tb.messages[3].file == s("Inbox"));
    CHECK(errorOf([] { mbox(sample("folder")); }).contains(s("holds no mbox mailbox")));
    CHECK(errorOf([] { eml(sample("thunderbird")); }).contains(s("holds no .eml files")));
}

TEST_CASE("a mailbox is read in bounded memory: messages are handed over one at a time")
{
    // 2,000 messages of 4 KiB: the reader never holds more than one message and a block.
    QByteArray box;
    const QByteArray body(4000, 'x');
    for (int k = 0; k < 2000; ++k)
        box += "From x Tue Jan  3 14:05:00 2023\nFrom: a@x\nDate: Tue, 3 Jan 2023 14:05:00 +0000\n\n" + body + "\n\n";
    qint64 count = 0;
    qint64 largest = 0;
    QBuffer buffer(&box);
    buffer.open(QIODevice::ReadOnly);
    ImportSummary summary;
    EmailParser::readMbox(buffer, s("big"), {}, {}, summary, [&](ImportedMessage&& m) {
        ++count;
        largest = std::max<qint64>(largest, m.text.size());
    });
    CHECK(count == 2000);
    CHECK(largest == 4001);
}
