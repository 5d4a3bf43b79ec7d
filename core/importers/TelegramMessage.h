// One message of a Telegram Desktop JSON export mapped onto the common model: sender (name and account id), time,
// text (a string or a list of text pieces), edited mark, photos and files (those left out of the export are kept as
// omitted references), service messages as system lines, and calls (the "phone_call" service message) as calls.
#pragma once

#include "importers/ImportedMessage.h"

#include <QJsonObject>

namespace daymark::importers {

// The chat a message belongs to, and whose account exported it, as far as the export says.
struct TelegramChat
{
    QString name;
    QString type;    // "personal_chat", "private_group", ...; empty in a hand-made export
    QString peerId;  // "user123" for a personal or bot chat: the other party's account
    QString ownerId; // "user456": the exporting account (only a full export names it)
};

// Fills `message` (time, kind, sender, text, media, ...; not its position). Returns an empty string, or a sentence
// saying what is wrong with the object ("it has no date").
QString telegramMessage(const QJsonObject& object, const TelegramChat& chat, ImportedMessage& message);

// The text of a "text" or "text_entities" value: a string, or a list of strings and {"text": ...} pieces joined as
// they are (Telegram keeps the spaces between pieces in the plain strings). Null when the value is neither.
std::optional<QString> telegramText(const QJsonValue& value);

} // namespace daymark::importers
