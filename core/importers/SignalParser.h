// A Signal chat as text (what signal-export and similar tools write, since Signal itself has no export): one message
// per header line "[2019-12-24, 12:23] Jane Doe: Hello" (the comma is optional, seconds too), the lines after it that
// are not headers continuing its text. Times are the phone's wall clock, without a zone, placed by the person like
// WhatsApp's. A header without "Name: " is a line the app wrote itself. Whole-line Markdown links to files
// ("![photo.jpg](media/photo.jpg)") are media references; the line stays in the text. Blank lines at the end of a
// message separate messages and are dropped. Read once, line by line, in memory bounded by the longest message.
#pragma once

#include "importers/ImportedMessage.h"

class QIODevice;

namespace daymark::importers {

struct SignalOptions
{
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class SignalParser
{
public:
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;
    static constexpr qint64 kMaxMessageChars = 16 * 1024 * 1024;

    // Throws Error(InvalidInput) naming the line for text that is not UTF-8, a line or message too long, an
    // impossible date, or a file without any Signal message line; Error(Cancelled).
    static ImportSummary parse(QIODevice& device, const SignalOptions& options, const MessageSink& sink);
};

} // namespace daymark::importers
