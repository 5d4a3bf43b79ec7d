// Telegram Desktop's JSON export (result.json): one chat ("Export chat history": name, type, id and its "messages")
// or a whole account ("Export Telegram data": "personal_information", and every chat in "chats.list" and
// "left_chats.list"). Read with JsonPullReader, one message at a time, so memory stays bounded by the largest message
// (kMaxMessageBytes) whatever the size of the file. Each message is placed by the lines of its object in the file.
//
// Times: "date_unixtime" is an instant and is used when present (exports since 2021 have it); older exports give
// only "date", the exporting computer's wall clock, which is then kept as a wall clock for the person to place.
#pragma once

#include "importers/ImportedMessage.h"

class QIODevice;

namespace daymark::importers {

struct TelegramOptions
{
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class TelegramParser
{
public:
    static constexpr qint64 kMaxMessageBytes = 64 * 1024 * 1024;

    // Throws Error(InvalidInput) naming the line and column for JSON that is not well formed or cut short, a file
    // that is not a Telegram export (no "messages" or "chats" list), or a message that cannot be read (no date);
    // Error(Cancelled).
    static ImportSummary parse(QIODevice& device, const TelegramOptions& options, const MessageSink& sink);
};

} // namespace daymark::importers
