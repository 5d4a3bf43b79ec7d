// The body of a MIME message (RFC 2045-2049): multipart recursion (alternative: text/plain preferred, otherwise the
// HTML as text), quoted-printable and base64, charsets, format=flowed, attachments with their names and types
// (RFC 2231 names), and nested message/rfc822 messages shown inline. Lenient: a broken boundary, a damaged
// encoding or an unknown charset is read as well as it can be, and noted in a sentence.
#pragma once

#include "importers/ImportedMessage.h"
#include "importers/MimeHeaders.h"

namespace daymark::importers {

struct MimeContent
{
    QString text;                      // the readable text, parts joined by blank lines; line breaks are "\n"
    QList<MediaReference> attachments; // files carried by the message, decoded, with their name and type
    QStringList notes;                 // what could not be read exactly, as sentences for the incident's details
};

// Splits a message or part into its header section and its body (after the first empty line).
struct MimeSplit
{
    QByteArrayView headers;
    QByteArrayView body;
};
MimeSplit splitMimeEntity(QByteArrayView entity);

// Reads the body of an entity whose header section is `headers`, adding to `out`.
void readMimeBody(const MimeHeaders& headers, QByteArrayView body, MimeContent& out);

// Content-Transfer-Encoding: base64 and quoted-printable decoded, anything else as it is. `damaged` is set when
// the base64 held characters outside its alphabet or was cut short.
QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding, bool* damaged = nullptr);

} // namespace daymark::importers
