// E-mail header fields (RFC 5322): the header section split into fields with folded lines joined, RFC 2047 encoded
// words decoded in any charset Qt knows (ICU), Content-Type / Content-Disposition parameters with RFC 2231
// continuations and charsets, and address lists ("Name <a@b>", "a@b (Name)", groups).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace daymark::importers {

struct MimeField
{
    QByteArray name;  // as written
    QByteArray value; // unfolded (line breaks before white space removed), outer white space trimmed
};

class MimeHeaders
{
public:
    // `block` is the header section, without the empty line that ends it. Lines that are not fields (no colon) are
    // skipped; a continuation line before any field is ignored.
    static MimeHeaders parse(QByteArrayView block);

    QByteArray value(QByteArrayView name) const; // the first field of that name (any case); empty when absent
    QList<QByteArray> values(QByteArrayView name) const;
    bool has(QByteArrayView name) const;
    const QList<MimeField>& fields() const { return m_fields; }

private:
    QList<MimeField> m_fields;
};

// Bytes in the named charset. A charset Qt does not know, or bytes that are not valid in it, are read as UTF-8 when
// they are valid UTF-8 and as Windows-1252 otherwise; `problem` then names the charset (for a note to the person).
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, QString* problem = nullptr);

// A header value as text: encoded words ("=?ISO-8859-1?Q?Andr=E9?=") decoded, the white space between adjacent ones
// dropped; raw 8-bit bytes read as UTF-8 (Windows-1252 when not UTF-8).
QString decodeHeaderText(QByteArrayView value, QString* problem = nullptr);

// Content-Type, Content-Disposition: the value lower-cased ("multipart/mixed", "attachment") and the parameters by
// lower-cased name, RFC 2231 continuations (name*0*=, name*1*=) joined and their charset applied, and RFC 2047
// encoded words in quoted values (what many mailers write) decoded.
struct ContentField
{
    QByteArray value;
    QHash<QByteArray, QString> parameters;
    QString parameter(const char* name) const { return parameters.value(QByteArray(name)); }
};
ContentField parseContentField(QByteArrayView value);

struct MailAddress
{
    QString name;    // display name, decoded; empty when none
    QString address; // "local@domain" as written
    bool operator==(const MailAddress&) const = default;
};
// "Alice <a@x.org>, \"Smith, Bob\" <b@y>, c@z (Carol), Team: d@w, e@v;" → five addresses.
QList<MailAddress> parseAddressList(QByteArrayView value);
QString formatAddress(const MailAddress& address); // "Alice <a@x.org>", or the address alone

} // namespace daymark::importers
