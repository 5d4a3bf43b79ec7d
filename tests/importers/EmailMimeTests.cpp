// The pieces of e-mail parsing: header fields and folding, RFC 2047 encoded words in several charsets, RFC 2231
// parameters, address lists, transfer encodings, HTML as text, and dates in RFC 5322 and obsolete forms.
#include "Catch.h"

#include "importers/EmailDate.h"
#include "importers/MimeBody.h"
#include "importers/MimeHeaders.h"
#include "importers/MimeHtmlText.h"

using namespace daymark::importers;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString isoOf(const std::optional<QDateTime>& t)
{
    return t ? t->toString(Qt::ISODate) : QStringLiteral("(none)");
}

} // namespace

TEST_CASE("header fields are unfolded, found in any case, and non-fields are skipped")
{
    const MimeHeaders h =
        MimeHeaders::parse("Subject: one\r\n two\r\n\tthree\r\nX-Empty:\r\n>From junk\r\nsubject: again\r\n");
    CHECK(h.value("SUBJECT") == "one two\tthree");
    CHECK(h.values("subject").size() == 2);
    CHECK(h.has("x-empty"));
    CHECK(h.value("x-empty").isEmpty());
    CHECK(h.fields().size() == 3);
}

TEST_CASE("encoded words decode in UTF-8, Latin-1, KOI8-R, ISO-2022-JP and Windows-1252")
{
    CHECK(decodeHeaderText("=?UTF-8?B?w5xiZXI=?=") == s("Über"));
    CHECK(decodeHeaderText("=?ISO-8859-1?Q?Andr=E9_M=FCller?=") == s("André Müller"));
    CHECK(decodeHeaderText("=?koi8-r?B?8tXT?=") == s("Рус"));
    CHECK(decodeHeaderText("=?iso-2022-jp?B?GyRCJDMkcyRLJEEkTxsoQg==?=") == s("こんにちは"));
    CHECK(decodeHeaderText("=?windows-1252?Q?=93quoted=94?=") == s("“quoted”"));
    // White space between adjacent encoded words goes; around plain words it stays.
    CHECK(decodeHeaderText("=?utf-8?Q?a?= =?utf-8?Q?b?= c =?utf-8?Q?d?=") == s("ab c d"));
    // A character split across two encoded words of the same charset.
    CHECK(decodeHeaderText("=?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?=") == s("café"));
    // Not an encoded word: left as written.
    CHECK(decodeHeaderText("=?broken") == s("=?broken"));
    CHECK(decodeHeaderText("a =?utf-8?X?zz?= b") == s("a =?utf-8?X?zz?= b"));
}

TEST_CASE("an unknown charset falls back to UTF-8 or Windows-1252 and says so")
{
    QString problem;
    CHECK(decodeCharset("caf\xC3\xA9", "x-nonsense", &problem) == s("café"));
    CHECK(problem == s("x-nonsense"));
    problem.clear();
    CHECK(decodeCharset("caf\xE9", "x-nonsense", &problem) == s("café"));
    CHECK(problem == s("x-nonsense"));
    problem.clear();
    CHECK(decodeCharset("plain ascii", "x-nonsense", &problem) == s("plain ascii"));
    CHECK(problem.isEmpty());
    // Raw 8-bit header bytes: UTF-8 when they are, Windows-1252 otherwise.
    CHECK(decodeHeaderText("Jos\xC3\xA9") == s("José"));
    CHECK(decodeHeaderText("Jos\xE9") == s("José"));
}

TEST_CASE("RFC 2231 continuations and charsets make one file name")
{
    const ContentField f = parseContentField(
        "attachment;\r\n filename*0*=utf-8''Stra%C3%9Fe%20und%20;\r\n filename*1*=%E2%82%AC;\r\n filename*2=\".pdf\"");
    CHECK(f.value == "attachment");
    CHECK(f.parameter("filename") == s("Straße und €.pdf"));
    const ContentField t = parseContentField("Multipart/Mixed; BOUNDARY=\"a;b\\\"c\"; charset=utf-8 (comment)");
    CHECK(t.value == "multipart/mixed");
    CHECK(t.parameter("boundary") == s("a;b\"c"));
    CHECK(parseContentField("text/plain; name=\"=?UTF-8?Q?photo_=C3=A9t=C3=A9.png?=\"").parameter("name") ==
          s("photo été.png"));
    CHECK(parseContentField("text/plain; title*=iso-8859-1'en'caf%E9").parameter("title") == s("café"));
}

TEST_CASE("address lists give names and addresses, with groups, comments and quoted commas")
{
    const auto list = parseAddressList(
        "Alice <a@x.org>, \"Smith, Bob\" <b@y.net>, c@z.com (Carol), Team: d@w.io, =?utf-8?Q?J=C3=B6?= <e@v.de>;");
    REQUIRE(list.size() == 5);
    CHECK(list[0] == MailAddress{s("Alice"), s("a@x.org")});
    CHECK(list[1] == MailAddress{s("Smith, Bob"), s("b@y.net")});
    CHECK(list[2] == MailAddress{s("Carol"), s("c@z.com")});
    CHECK(list[3] == MailAddress{QString(), s("d@w.io")});
    CHECK(list[4] == MailAddress{s("Jö"), s("e@v.de")});
    CHECK(formatAddress(list[1]) == s("Smith, Bob <b@y.net>"));
    CHECK(parseAddressList("<@relay.example:user@host.example>").front().address == s("user@host.example"));
    CHECK(parseAddressList("").isEmpty());
}

TEST_CASE("quoted-printable and base64 decode, and damage is reported")
{
    CHECK(decodeTransferEncoding("caf=C3=A9 =\r\nsoft  \r\nline=3D", "quoted-printable") ==
          "caf\xC3\xA9 soft\r\nline=");
    CHECK(decodeTransferEncoding("a=\nb = c=zz", "quoted-printable") == "ab = c=zz");
    bool damaged = false;
    CHECK(decodeTransferEncoding("aGVs\r\nbG8=\r\n", "base64", &damaged) == "hello");
    CHECK_FALSE(damaged);
    decodeTransferEncoding("aGVsbG8gd29y*bGQ", "base64", &damaged);
    CHECK(damaged);
    CHECK(decodeTransferEncoding("as is", "8bit") == "as is");
}

TEST_CASE("HTML becomes readable text without scripts, styles or tags")
{
    const QString text = htmlToText(
        u"<html><head><style>p{}</style></head><body><p>Hello&nbsp;Jo,</p><div>I am <b>watching</b> &amp; "
        u"&#8220;waiting&#x201D;.</div><ul><li>one</li><li>two</li></ul><a href=\"https://e.example/t\">click</a>"
        u"<script>alert(1)</script><!-- hidden --></body></html>");
    CHECK(text == s("Hello Jo,\nI am watching & “waiting”.\n- one\n- two\nclick <https://e.example/t>"));
    CHECK(htmlToText(u"<pre>a\n  b</pre>") == s("a\n  b"));
    CHECK(htmlToText(u"text <b unclosed") == s("text"));
}

TEST_CASE("Date headers read in RFC 5322 and obsolete forms, with their offset")
{
    CHECK(isoOf(parseEmailDate("Tue, 3 Jan 2023 14:05:00 +0000")) == s("2023-01-03T14:05:00Z"));
    CHECK(isoOf(parseEmailDate("Thu, 5 Jan 2023 22:10:00 -0500")) == s("2023-01-05T22:10:00-05:00"));
    CHECK(isoOf(parseEmailDate("5 Jan 2023 22:10 +0530 (IST)")) == s("2023-01-05T22:10:00+05:30"));
    CHECK(isoOf(parseEmailDate("3 Jan 96 10:00 EST")) == s("1996-01-03T10:00:00-05:00"));
    CHECK(isoOf(parseEmailDate("Wed, 04 Jan 23 09:30:15 GMT")) == s("2023-01-04T09:30:15Z"));
    CHECK(isoOf(parseEmailDate("Sat Jan  3 01:05:34 1996")) == s("1996-01-03T01:05:34Z"));
    CHECK(isoOf(parseEmailDate("Mon, 9 Jan 2023 07:00:00 +0100 (CET)")) == s("2023-01-09T07:00:00+01:00"));
    CHECK(isoOf(parseEmailDate("Monday, January 9, 2023 7:00:00 AM")) == s("(none)")); // "AM" is not RFC
    CHECK(isoOf(parseEmailDate("2023-01-09T07:00:00+01:00")) == s("2023-01-09T07:00:00+01:00"));
    CHECK(isoOf(parseEmailDate("Tue, 31 Feb 2023 10:00:00 +0000")) == s("(none)"));
    CHECK(isoOf(parseEmailDate("yesterday")) == s("(none)"));
    CHECK(isoOf(parseEmailDate("")) == s("(none)"));
    CHECK(isoOf(parseMboxFromDate("From sam@example.net Tue Jan  3 14:05:00 2023")) == s("2023-01-03T14:05:00Z"));
    CHECK(isoOf(parseMboxFromDate("From - Thu Jan 05 20:00:00 2023")) == s("2023-01-05T20:00:00Z"));
    CHECK(isoOf(parseMboxFromDate("From here on I watch")) == s("(none)"));
}

TEST_CASE("a message splits at its first empty line, whatever the line breaks")
{
    CHECK(splitMimeEntity("A: 1\r\nB: 2\r\n\r\nbody\r\n").body == "body\r\n");
    CHECK(splitMimeEntity("A: 1\n\nbody").headers == "A: 1\n");
    CHECK(splitMimeEntity("\nbody only").headers.isEmpty());
    CHECK(splitMimeEntity("A: 1\nB: 2").body.isEmpty());
}
