// Instagram's messages export ("Download your information", JSON: messages/inbox/THREAD/message_1.json): the
// thread's participants and its messages (sender_name, timestamp_ms, content, photos, videos, audio files, files,
// sticker, share, unsent), newest first as Instagram writes them. Read with JsonPullReader, one message at a time.
//
// Instagram writes text as UTF-8 bytes each escaped as a Latin-1 character ("Jos\u00c3\u00a9" for "José"); every
// name and text is mended (repairMojibake) before it is used. Reactions are kept as a note beside the text, not in it:
// they change when someone reacts later, and the text is part of the message's key.
#pragma once

#include "importers/ImportedMessage.h"

class QIODevice;

namespace daymark::importers {

struct InstagramOptions
{
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class InstagramParser
{
public:
    static constexpr qint64 kMaxMessageBytes = 64 * 1024 * 1024;

    // Throws Error(InvalidInput) naming the line and column for JSON that is not well formed or cut short, a file
    // that is not an Instagram messages export, or a message without a time; Error(Cancelled).
    static ImportSummary parse(QIODevice& device, const InstagramOptions& options, const MessageSink& sink);

    // Text whose characters are all below U+0100 and whose Latin-1 bytes are valid UTF-8 with at least one byte
    // above 0x7F is decoded as that UTF-8; anything else is returned unchanged.
    static QString repairMojibake(const QString& text);
};

} // namespace daymark::importers
