// SMS Backup & Restore (the Android app) XML: the messages backup (<smses> with <sms> and <mms> elements, MMS text
// and image parts) and the calls backup (<calls> with <call> elements: incoming, outgoing, missed, rejected, with
// durations). Stream-parsed with QXmlStreamReader, so a backup of gigabytes is read in bounded memory (one element
// at a time); the app's quirks ("null" for empty values, emoji as invalid character-reference pairs) are mended.
#pragma once

#include "importers/ImportedMessage.h"

class QIODevice;

namespace daymark::importers {

struct SmsBackupOptions
{
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class SmsBackupParser
{
public:
    // The largest MMS part kept in memory; a bigger one is refused (the person can attach the file by hand).
    static constexpr qint64 kMaxPartBytes = 256 * 1024 * 1024;

    // Throws Error(InvalidInput) naming the line, column and element for XML that is not well formed, a root that
    // is not <smses> or <calls>, or a value that cannot be read (a date that is not a number); Error(Cancelled).
    static ImportSummary parse(QIODevice& device, const SmsBackupOptions& options, const MessageSink& sink);
};

} // namespace daymark::importers
