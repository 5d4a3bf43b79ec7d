// From raw e-mail bytes to the common model.
#include "importers/EmailMessage.h"

#include "common/Error.h"
#include "importers/EmailDate.h"
#include "importers/MimeBody.h"
#include "importers/MimeHeaders.h"

#include <QCoreApplication>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

} // namespace

ImportedMessage readEmail(QByteArrayView raw, const EmailOrigin& origin)
{
    const MimeSplit split = splitMimeEntity(raw);
    const MimeHeaders headers = MimeHeaders::parse(split.headers);
    if (headers.fields().isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    tr("%1 is not an e-mail: it has no header lines (such as \"From:\" and \"Date:\") before its "
                       "text.")
                        .arg(origin.where));
    ImportedMessage m;
    m.kind = MessageKind::Email;
    m.position = origin.position;
    m.file = origin.file;
    // The header section as received, line breaks made "\n": what police read to trace a message.
    m.headers = decodeCharset(split.headers, "utf-8").trimmed();
    m.headers.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    const QByteArray dateValue = headers.value("Date");
    if (const auto date = parseEmailDate(dateValue)) {
        m.time = *date;
    } else if (origin.envelopeDate) {
        m.time = *origin.envelopeDate;
        m.notes << (dateValue.isEmpty()
                        ? tr("The message has no Date header; the time is the mailbox's own record of when it arrived.")
                        : tr("The Date header \"%1\" is not a date Daymark can read; the time is the mailbox's own "
                             "record of when it arrived.")
                              .arg(decodeHeaderText(dateValue.left(80))));
    } else {
        throw Error(Error::Kind::InvalidInput,
                    dateValue.isEmpty()
                        ? tr("%1 has no Date header, so Daymark cannot tell when it was sent. Import it from the "
                             "mailbox (mbox) it came from, which records when it arrived.")
                              .arg(origin.where)
                        : tr("%1: the Date header \"%2\" is not a date Daymark can read (it should look like \"Tue, 3 "
                             "Jan 2023 14:05:00 +0000\").")
                              .arg(origin.where, decodeHeaderText(dateValue.left(80))));
    }

    QString problem;
    QList<MailAddress> from = parseAddressList(headers.value("From"));
    if (from.isEmpty())
        from = parseAddressList(headers.value("Sender"));
    if (!from.isEmpty()) {
        m.senderName = from.front().name;
        m.senderAddress = from.front().address;
    }
    for (const char* field : {"To", "Cc", "Bcc"})
        for (const QByteArray& value : headers.values(QByteArrayView(field, qstrlen(field))))
            for (const MailAddress& a : parseAddressList(value))
                m.recipients << formatAddress(a);
    m.subject = decodeHeaderText(headers.value("Subject"), &problem).simplified();
    m.messageId = QString::fromLatin1(headers.value("Message-ID").trimmed());
    if (!problem.isEmpty())
        m.notes << tr("The subject is in the character set \"%1\", which Daymark could not read as such; some letters "
                      "may be wrong.")
                       .arg(problem);

    MimeContent content;
    readMimeBody(headers, split.body, content);
    m.text = content.text;
    m.media = content.attachments;
    m.notes += content.notes;
    return m;
}

} // namespace daymark::importers
