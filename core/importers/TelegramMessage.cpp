// Telegram message objects onto the common model.
#include "importers/TelegramMessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

// Account ids are "user123" (or "channel123"); very old exports wrote the bare number of a user.
QString accountId(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QStringLiteral("user") + QString::number(v.toInteger());
    return {};
}

std::optional<qint64> wholeNumber(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// The instant "date_unixtime" gives; otherwise the wall clock of "date" (the exporting computer's local time).
QString readTime(const QJsonObject& o, ImportedMessage& m)
{
    constexpr qint64 kLatest = 253402300799; // 9999-12-31T23:59:59Z
    if (o.contains(u"date_unixtime")) {
        const auto seconds = wholeNumber(o.value(u"date_unixtime"));
        if (!seconds || *seconds < 0 || *seconds > kLatest)
            return tr("its \"date_unixtime\" is not a number of seconds since 1970.");
        m.time = QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc());
        return {};
    }
    const QString date = o.value(u"date").toString();
    const QDateTime wall = QDateTime::fromString(date, Qt::ISODate);
    if (date.isEmpty())
        return tr("it has no date (\"date_unixtime\" or \"date\").");
    if (!wall.isValid() || date.size() != 19)
        return tr("its date \"%1\" is not written the way Telegram writes dates (2018-12-05T11:39:10).")
            .arg(date.left(40));
    m.time = QDateTime(wall.date(), wall.time(), Qt::UTC);
    m.floating = true;
    return {};
}

void readMedia(const QJsonObject& o, ImportedMessage& m)
{
    auto add = [&m](const QString& path, const QString& type) {
        MediaReference media;
        media.mediaType = type;
        // A file the export left out is named by a sentence in brackets: "(File not included. Change data
        // exporting settings to download.)", "(File exceeds maximum size. ...)".
        if (path.startsWith(u'('))
            media.omitted = true;
        else
            media.name = path;
        m.media << media;
    };
    if (o.value(u"photo").isString())
        add(o.value(u"photo").toString(), QStringLiteral("image/jpeg"));
    if (o.value(u"file").isString())
        add(o.value(u"file").toString(), o.value(u"mime_type").toString());
}

void setDirection(const TelegramChat& chat, ImportedMessage& m)
{
    const QString& who = m.senderAddress;
    if (!who.isEmpty() && !chat.ownerId.isEmpty())
        m.direction = who == chat.ownerId ? Direction::Outgoing : Direction::Incoming;
    else if (!who.isEmpty() && !chat.peerId.isEmpty())
        m.direction = who == chat.peerId ? Direction::Incoming : Direction::Outgoing;
    if (!chat.peerId.isEmpty()) {
        m.peerName = chat.name;
        m.peerAddress = chat.peerId;
    } else if (m.direction == Direction::Outgoing) {
        m.peerName = chat.name; // the owner's message to a group
    }
    if (m.direction == Direction::Outgoing)
        m.recipients = {chat.peerId.isEmpty() ? chat.name : chat.peerId};
}

// What the export says beside the text, kept with the incident as notes (they are not part of the message's key, so a
// reaction added later does not make a re-import see a new message).
void readNotes(const QJsonObject& o, ImportedMessage& m)
{
    if (o.value(u"forwarded_from").isString())
        m.notes << tr("Forwarded from %1.").arg(o.value(u"forwarded_from").toString());
    if (const auto edited = wholeNumber(o.value(u"edited_unixtime")))
        m.notes << tr("Edited at %1.").arg(QDateTime::fromSecsSinceEpoch(*edited, Qt::UTC).toString(Qt::ISODate));
    if (o.value(u"sticker_emoji").isString())
        m.notes << tr("A sticker: %1").arg(o.value(u"sticker_emoji").toString());
    const QJsonObject place = o.value(u"location_information").toObject();
    if (!place.isEmpty())
        m.notes << tr("A location: %1, %2.")
                       .arg(place.value(u"latitude").toDouble(), 0, 'f', 6)
                       .arg(place.value(u"longitude").toDouble(), 0, 'f', 6);
    const QJsonObject contact = o.value(u"contact_information").toObject();
    if (!contact.isEmpty())
        m.notes << tr("A contact: %1 %2, %3.")
                       .arg(contact.value(u"first_name").toString(), contact.value(u"last_name").toString(),
                            contact.value(u"phone_number").toString());
    if (o.value(u"poll").isObject())
        m.notes << tr("A poll: %1").arg(o.value(u"poll").toObject().value(u"question").toString());
    for (const MediaReference& media : std::as_const(m.media))
        if (media.omitted)
            m.notes << tr("The export left out a file of this message (%1).")
                           .arg(o.value(u"media_type").toString(QStringLiteral("photo")));
    QStringList reactions;
    for (const QJsonValue& v : o.value(u"reactions").toArray()) {
        const QJsonObject r = v.toObject();
        QStringList who;
        for (const QJsonValue& p : r.value(u"recent").toArray())
            who << p.toObject().value(u"from").toString();
        const QString emoji = r.value(u"emoji").toString(r.value(u"type").toString());
        reactions << (who.isEmpty() ? tr("%1 ×%2").arg(emoji).arg(r.value(u"count").toInteger())
                                    : tr("%1 %2").arg(emoji, who.join(QStringLiteral(", "))));
    }
    if (!reactions.isEmpty())
        m.notes << tr("Reactions: %1").arg(reactions.join(QStringLiteral("; ")));
}

MessageKind callKind(const QString& reason, Direction direction)
{
    if (direction == Direction::Outgoing)
        return MessageKind::CallOutgoing;
    if (reason == QLatin1String("missed"))
        return MessageKind::CallMissed;
    if (reason == QLatin1String("busy"))
        return MessageKind::CallRejected;
    return MessageKind::CallIncoming;
}

} // namespace

std::optional<QString> telegramText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (!value.isArray())
        return std::nullopt;
    QString text;
    for (const QJsonValue& piece : value.toArray()) {
        if (piece.isString())
            text += piece.toString();
        else if (piece.isObject() && piece.toObject().value(u"text").isString())
            text += piece.toObject().value(u"text").toString();
        else
            return std::nullopt;
    }
    return text;
}

QString telegramMessage(const QJsonObject& o, const TelegramChat& chat, ImportedMessage& m)
{
    if (QString problem = readTime(o, m); !problem.isEmpty())
        return problem;
    const bool service = o.value(u"type").toString() == QLatin1String("service");
    m.senderName = o.value(service ? u"actor" : u"from").toString();
    m.senderAddress = accountId(o.value(service ? u"actor_id" : u"from_id"));
    setDirection(chat, m);

    std::optional<QString> text = QString();
    if (o.contains(u"text"))
        text = telegramText(o.value(u"text"));
    else if (o.contains(u"text_entities"))
        text = telegramText(o.value(u"text_entities"));
    if (!text)
        return tr("its \"text\" is neither a text nor a list of text pieces.");
    m.text = *text;
    m.edited = o.contains(u"edited") || o.contains(u"edited_unixtime");
    readMedia(o, m);
    readNotes(o, m);

    if (service) {
        const QString action = o.value(u"action").toString();
        if (action == QLatin1String("phone_call")) {
            m.kind = callKind(o.value(u"discard_reason").toString(), m.direction);
            m.durationSeconds = std::max<qint64>(0, wholeNumber(o.value(u"duration_seconds")).value_or(0));
        } else {
            m.kind = MessageKind::System;
            if (m.text.isEmpty())
                m.text = action;
        }
    }
    return {};
}

} // namespace daymark::importers
