// Recognising WhatsApp's own markers in message text, in the spellings of its Android and iOS exports.
#include "importers/WhatsAppText.h"

#include "importers/WhatsAppLine.h"

#include <QRegularExpression>
#include <algorithm>

namespace daymark::importers {
namespace {

QRegularExpression compiled(const char* pattern)
{
    QRegularExpression p(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
    p.optimize();
    return p;
}

} // namespace

bool looksLikePhoneNumber(const QString& text)
{
    // By hand rather than with a regular expression, since every message's sender goes through it. The same as
    // ^\+?[0-9][0-9 ()\-.\x{00A0}\x{202F}]{5,}$ on the text without direction marks and surrounding spaces.
    const bool marked = std::any_of(text.begin(), text.end(), isDirectionMark);
    const QString unmarked = marked ? withoutDirectionMarks(text) : QString();
    QStringView plain = QStringView(marked ? unmarked : text).trimmed();
    if (plain.startsWith(u'+'))
        plain = plain.mid(1);
    auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (plain.size() < 6 || !digit(plain.front()))
        return false;
    return std::all_of(plain.begin() + 1, plain.end(), [&digit](QChar c) {
        return digit(c) || c == u' ' || c == u'(' || c == u')' || c == u'-' || c == u'.' || c == QChar(0x00A0) ||
               c == QChar(0x202F);
    });
}

void splitWhatsAppSender(QStringView rest, ImportedMessage& message)
{
    qsizetype colon = rest.indexOf(u": ");
    qsizetype textStart = colon + 2;
    if (colon < 0 && rest.endsWith(u':')) { // "Luke:" with an empty message
        colon = rest.size() - 1;
        textStart = rest.size();
    }
    // A quote before the colon is a system line quoting a group name ("X changed the subject to "A: b"").
    if (colon <= 0 || rest.left(colon).contains(u'"')) {
        message.kind = MessageKind::System;
        message.text = rest.toString();
        return;
    }
    message.senderName = withoutDirectionMarks(rest.left(colon)).trimmed();
    if (looksLikePhoneNumber(message.senderName))
        message.senderAddress = message.senderName;
    message.text = rest.mid(textStart).toString();
}

void finishWhatsAppMessage(ImportedMessage& message)
{
    if (message.kind == MessageKind::System)
        return;
    // Cheap tests on the first and last characters before any regular expression: most messages are plain words.
    const bool marked = message.text.contains(QChar(0x200E)) || message.text.contains(QChar(0x200F));
    const QString plain = (marked ? withoutDirectionMarks(message.text) : message.text).trimmed();
    const qsizetype newline = plain.indexOf(u'\n');
    const QString firstLine = newline < 0 ? plain : plain.left(newline).trimmed();

    // iOS: "<attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg>"; older iOS: "NAME.jpg <attached>";
    // Android: "IMG-20210428-WA0001.jpg (file attached)" in the phone's language.
    static const QRegularExpression attachedTag = compiled(R"(^<\s*attached:\s*(.+?)\s*>$)");
    static const QRegularExpression attachedAfter = compiled(R"(^(\S.*?\.\w{1,5}) <attached>$)");
    static const QRegularExpression fileAttached = compiled(R"(^(\S[^()]*?\.\w{1,5}) \([^()]+\)$)");
    static const QRegularExpression omitted = compiled(R"(^<[^<>:]+>$)"); // "<Media omitted>", "<Medien ausgelassen>"
    static const QRegularExpression iosOmitted =
        compiled(R"(^(image|video|audio|sticker|GIF|document|Contact card) omitted$)");
    static const QRegularExpression missedCall = compiled(R"(^Missed (voice|video|group voice|group video) call)");
    const bool angle = firstLine.startsWith(u'<') && firstLine.endsWith(u'>');
    QRegularExpressionMatch m;
    if (angle && (m = attachedTag.match(firstLine)).hasMatch())
        message.media.append(MediaReference{m.captured(1), {}, {}, false});
    else if (firstLine.endsWith(QLatin1String("<attached>")) && (m = attachedAfter.match(firstLine)).hasMatch())
        message.media.append(MediaReference{m.captured(1), {}, {}, false});
    else if (firstLine.endsWith(u')') && (m = fileAttached.match(firstLine)).hasMatch())
        message.media.append(MediaReference{m.captured(1), {}, {}, false});
    else if ((angle && newline < 0 && omitted.match(plain).hasMatch() &&
              !plain.contains(QLatin1String("message was edited"), Qt::CaseInsensitive)) ||
             (plain.endsWith(QLatin1String(" omitted")) && iosOmitted.match(plain).hasMatch()))
        message.media.append(MediaReference{{}, {}, {}, true});

    message.edited = plain.endsWith(QLatin1String("<This message was edited>"));
    message.deleted =
        plain == QLatin1String("This message was deleted") || plain == QLatin1String("This message was deleted.") ||
        plain == QLatin1String("You deleted this message") || plain == QLatin1String("You deleted this message.");
    if (plain.startsWith(QLatin1String("Missed ")) && missedCall.match(plain).hasMatch())
        message.kind = MessageKind::CallMissed;
}

} // namespace daymark::importers
