// One e-mail (the bytes of an .eml file, or one message of an mbox) as an imported message: sender, recipients (To,
// Cc, Bcc), subject, date with its offset, Message-ID, the header section exactly as received (for police: the
// Received chain), the readable text and the attachments.
#pragma once

#include "importers/ImportedMessage.h"

#include <optional>

namespace daymark::importers {

struct EmailOrigin
{
    QString where;                         // names the message in errors: "message.eml", "Inbox, message 12"
    std::optional<QDateTime> envelopeDate; // the mbox "From " line's date, used when the Date header cannot be
    SourcePosition position;
    QString file; // for a folder import: the file, relative to the folder
};

// Throws Error(InvalidInput) naming `origin.where` when the message has neither a readable Date header nor an
// envelope date, or holds no header at all.
ImportedMessage readEmail(QByteArrayView raw, const EmailOrigin& origin);

} // namespace daymark::importers
