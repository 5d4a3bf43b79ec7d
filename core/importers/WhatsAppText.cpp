// Recognising WhatsApp's own markers in message text, in the spellings of its Android and iOS exports.
#include "importers/WhatsAppText.h"

#include "importers/WhatsAppLine.h"

#include <QRegularExpression>

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
    static const QRegularExpression phone = compiled(R"(^\+?[0-9][0-9 ()\-.\x{00A0}\x{202F}]{5,}$)");
    return phone.match(withoutDirectionMarks(text).trimmed()).hasMatch();
}

void splitWhatsAppSender(const QString& rest, ImportedMessage& message)
{
    qsizetype colon = rest.indexOf(QStringLiteral(": "));
    qsizetype textStart = colon + 2;
    if (colon < 0 && rest.endsWith(u':')) { // "Luke:" with an empty message
        colon = rest.size() - 1;
        textStart = rest.size();
    }
    // A quote before the colon is a system line quoting a group name ("X changed the subject to "A: b"").
    if (colon <= 0 || rest.left(colon).contains(u'"')) {
        message.kind = MessageKind::System;
        message.text = rest;
        return;
    }
    message.senderName = withoutDirectionMarks(rest.left(colon)).trimmed();
    if (looksLikePhoneNumber(message.senderName))
        message.senderAddress = message.senderName;
    message.text = rest.mid(textStart);
}

void finishWhatsAppMessage(ImportedMessage& message)
{
    if (message.kind == MessageKind::System)
        return;
    const QString plain = withoutDirectionMarks(message.text).trimmed();
    const QString firstLine = plain.section(u'\n', 0, 0).trimmed();

    // iOS: "<attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg>"; older iOS: "NAME.jpg <attached>";
    // Android: "IMG-20210428-WA0001.jpg (file attached)" in the phone's language.
    static const QRegularExpression attachedTag = compiled(R"(^<\s*attached:\s*(.+?)\s*>$)");
    static const QRegularExpression attachedAfter = compiled(R"(^(\S.*?\.\w{1,5}) <attached>$)");
    static const QRegularExpression fileAttached = compiled(R"(^(\S[^()]*?\.\w{1,5}) \([^()]+\)$)");
    static const QRegularExpression omitted = compiled(R"(^<[^<>:]+>$)"); // "<Media omitted>", "<Medien ausgelassen>"
    static const QRegularExpression iosOmitted =
        compiled(R"(^(image|video|audio|sticker|GIF|document|Contact card) omitted$)");
    static const QRegularExpression missedCall = compiled(R"(^Missed (voice|video|group voice|group video) call)");
    if (const auto m = attachedTag.match(firstLine); m.hasMatch())
        message.media.append(MediaReference{m.captured(1), {}, {}, false});
    else if (const auto a = attachedAfter.match(firstLine); a.hasMatch())
        message.media.append(MediaReference{a.captured(1), {}, {}, false});
    else if (const auto f = fileAttached.match(firstLine); f.hasMatch())
        message.media.append(MediaReference{f.captured(1), {}, {}, false});
    else if ((!plain.contains(u'\n') && omitted.match(plain).hasMatch() &&
              !plain.contains(QLatin1String("message was edited"), Qt::CaseInsensitive)) ||
             iosOmitted.match(plain).hasMatch())
        message.media.append(MediaReference{{}, {}, {}, true});

    message.edited = plain.endsWith(QLatin1String("<This message was edited>"));
    message.deleted =
        plain == QLatin1String("This message was deleted") || plain == QLatin1String("This message was deleted.") ||
        plain == QLatin1String("You deleted this message") || plain == QLatin1String("You deleted this message.");
    if (missedCall.match(plain).hasMatch())
        message.kind = MessageKind::CallMissed;
}

} // namespace daymark::importers
