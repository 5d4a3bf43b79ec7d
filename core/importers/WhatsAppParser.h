// WhatsApp "Export chat" text (the .txt, or _chat.txt from the .zip): messages with their senders, wall-clock times,
// exact text (multi-line kept), media references, edited and deleted markers; system lines counted apart.
//
// Reads the input twice: first to learn the file's line shape and date order from every line (day/month or
// month/day: a day above 12 anywhere settles it), then to deliver the messages. Memory stays bounded by the longest
// message, whatever the size of the file.
#pragma once

#include "importers/ImportedMessage.h"

class QIODevice;

namespace daymark::importers {

struct WhatsAppOptions
{
    // "dmy", "mdy" or "ymd" to override what the file suggests; empty to infer. When the file cannot tell, the
    // summary says so (dateOrderAmbiguous) and no message is delivered.
    QString dateOrder;
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class WhatsAppParser
{
public:
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;
    static constexpr qint64 kMaxMessageChars = 16 * 1024 * 1024;

    // `device` must be open and seekable. Throws Error(InvalidInput) naming the line for text that is not UTF-8,
    // a line or message too long, an impossible date, or a file with no WhatsApp message line; Error(Cancelled).
    static ImportSummary parse(QIODevice& device, const WhatsAppOptions& options, const MessageSink& sink);

    // True when `order` is one the options accept.
    static bool isDateOrder(const QString& order);
};

} // namespace daymark::importers
