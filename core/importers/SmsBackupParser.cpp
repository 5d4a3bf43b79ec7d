// SMS Backup & Restore parsing: one element at a time, mapped onto the common model.
#include "importers/SmsBackupParser.h"

#include "common/Error.h"
#include "importers/XmlCharRefRepair.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

// The app writes "null" where a value is missing.
QString value(const QXmlStreamAttributes& a, QLatin1String name)
{
    const QStringView v = a.value(name);
    return v == QLatin1String("null") ? QString() : v.toString();
}

QString contactName(const QXmlStreamAttributes& a)
{
    const QString name = value(a, QLatin1String("contact_name"));
    return name == QLatin1String("(Unknown)") ? QString() : name;
}

// Qt's XML errors end with or without a full stop.
QString sentence(QString text)
{
    return text.endsWith(u'.') ? text : text + u'.';
}

class Reader
{
public:
    Reader(QIODevice& device, const SmsBackupOptions& options, const MessageSink& sink)
        : m_device(device), m_repair(device), m_xml(&m_repair), m_options(options), m_sink(sink)
    {}

    ImportSummary run();

private:
    [[noreturn]] void fail(const QString& problem)
    {
        throw Error(Error::Kind::InvalidInput, tr("Line %1, column %2 (element %3): %4 Nothing was imported.")
                                                   .arg(m_xml.lineNumber())
                                                   .arg(m_xml.columnNumber())
                                                   .arg(m_inElement ? m_element : m_element + 1)
                                                   .arg(problem));
    }
    QDateTime time(const QXmlStreamAttributes& a);
    void deliver(ImportedMessage&& message);
    void readSms();
    void readMms();
    void readCall();
    void readPart(ImportedMessage& m, QStringList& texts);
    void readAddress(ImportedMessage& m, QString& from);

    QIODevice& m_device;
    XmlCharRefRepair m_repair;
    QXmlStreamReader m_xml;
    const SmsBackupOptions& m_options;
    const MessageSink& m_sink;
    ImportSummary m_summary;
    qint64 m_element = 0;     // messages and calls met so far
    bool m_inElement = false; // reading the m_element-th; otherwise looking for the next
};

QDateTime Reader::time(const QXmlStreamAttributes& a)
{
    bool ok = false;
    const qint64 ms = a.value(QLatin1String("date")).toLongLong(&ok);
    if (!ok || ms < 0)
        fail(tr("the date \"%1\" is not a time SMS Backup & Restore writes (milliseconds since 1970).")
                 .arg(a.value(QLatin1String("date")).left(40)));
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

void Reader::deliver(ImportedMessage&& message)
{
    message.position = {SourcePosition::Unit::Element, m_element, m_element};
    m_summary.add(message);
    if (m_sink)
        m_sink(std::move(message));
}

void Reader::readSms()
{
    const auto a = m_xml.attributes();
    ImportedMessage m;
    m.time = time(a);
    const int type = a.value(QLatin1String("type")).toInt();
    m.direction = type == 1 ? Direction::Incoming : type >= 2 && type <= 6 ? Direction::Outgoing : Direction::Unknown;
    m.peerName = contactName(a);
    m.peerAddress = value(a, QLatin1String("address"));
    if (m.direction == Direction::Outgoing)
        m.recipients = m.peerAddress.split(u'~', Qt::SkipEmptyParts);
    else {
        m.senderName = m.peerName;
        m.senderAddress = m.peerAddress;
    }
    m.subject = value(a, QLatin1String("subject"));
    m.text = value(a, QLatin1String("body"));
    m_xml.skipCurrentElement();
    deliver(std::move(m));
}

void Reader::readMms()
{
    const auto a = m_xml.attributes();
    ImportedMessage m;
    m.time = time(a);
    const int box = a.value(QLatin1String("msg_box")).toInt();
    m.direction = box == 1 ? Direction::Incoming : box >= 2 && box <= 4 ? Direction::Outgoing : Direction::Unknown;
    m.peerName = contactName(a);
    m.peerAddress = value(a, QLatin1String("address"));
    m.subject = value(a, QLatin1String("sub"));
    QStringList texts;
    QString from;
    while (m_xml.readNextStartElement()) {
        const bool parts = m_xml.name() == QLatin1String("parts");
        if (!parts && m_xml.name() != QLatin1String("addrs")) {
            m_xml.skipCurrentElement();
            continue;
        }
        while (m_xml.readNextStartElement()) {
            if (parts && m_xml.name() == QLatin1String("part"))
                readPart(m, texts);
            else if (!parts && m_xml.name() == QLatin1String("addr"))
                readAddress(m, from);
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return; // reported by the caller with the reader's position
    m.text = texts.join(u'\n');
    if (m.direction != Direction::Outgoing) {
        // The "from" address names the sender of a group MMS; it must be one of the conversation's addresses (some
        // backups give the phone's own number or the service centre there), otherwise the conversation is the sender.
        const QStringList conversation = m.peerAddress.split(u'~', Qt::SkipEmptyParts);
        m.senderAddress = conversation.contains(from) || conversation.isEmpty() ? from : conversation.constFirst();
        m.senderName = m.peerName;
        m.recipients.removeAll(m.senderAddress);
    }
    deliver(std::move(m));
}

void Reader::readPart(ImportedMessage& m, QStringList& texts)
{
    const auto p = m_xml.attributes();
    const QString type = value(p, QLatin1String("ct")).toLower();
    if (type == QLatin1String("text/plain")) {
        texts << value(p, QLatin1String("text"));
        return;
    }
    if (type == QLatin1String("application/smil"))
        return; // the slide layout, not content
    MediaReference media;
    media.mediaType = type;
    for (const auto* key : {"fn", "cl", "name"})
        if (media.name.isEmpty())
            media.name = value(p, QLatin1String(key));
    const QStringView data = p.value(QLatin1String("data"));
    if (data.size() / 4 * 3 > SmsBackupParser::kMaxPartBytes)
        fail(tr("an MMS part (%1) is larger than Daymark reads from a backup.").arg(media.name));
    if (data.isEmpty()) {
        media.omitted = true;
    } else {
        auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(tr("the picture or file \"%1\" in an MMS is not valid base64.").arg(media.name));
        media.data = std::move(*decoded);
    }
    m.media << media;
}

// Address types of MMS (from the MMS encapsulation spec): 137 from, 151 to, 130 cc, 129 bcc.
void Reader::readAddress(ImportedMessage& m, QString& from)
{
    const auto p = m_xml.attributes();
    const int type = p.value(QLatin1String("type")).toInt();
    const QString address = value(p, QLatin1String("address"));
    if (type == 137)
        from = address;
    else if (type == 151 || type == 130 || type == 129)
        m.recipients << address;
}

void Reader::readCall()
{
    const auto a = m_xml.attributes();
    ImportedMessage m;
    m.time = time(a);
    const int type = a.value(QLatin1String("type")).toInt();
    switch (type) {
    case 1:
    case 7: // answered on another device
        m.kind = MessageKind::CallIncoming;
        break;
    case 2:
        m.kind = MessageKind::CallOutgoing;
        break;
    case 3:
        m.kind = MessageKind::CallMissed;
        break;
    case 4:
        m.kind = MessageKind::Voicemail;
        break;
    default: // 5 rejected, 6 blocked
        m.kind = MessageKind::CallRejected;
        break;
    }
    m.direction = m.kind == MessageKind::CallOutgoing ? Direction::Outgoing : Direction::Incoming;
    m.peerName = contactName(a);
    m.peerAddress = value(a, QLatin1String("number"));
    if (m.direction == Direction::Incoming) {
        m.senderName = m.peerName;
        m.senderAddress = m.peerAddress;
    } else {
        m.recipients << m.peerAddress;
    }
    bool ok = false;
    m.durationSeconds = a.value(QLatin1String("duration")).toLongLong(&ok);
    if (!ok)
        m.durationSeconds = 0;
    m_xml.skipCurrentElement();
    deliver(std::move(m));
}

ImportSummary Reader::run()
{
    const qint64 total = m_device.size();
    if (!m_xml.readNextStartElement()) {
        if (m_xml.hasError())
            fail(sentence(m_xml.errorString()));
        throw Error(Error::Kind::InvalidInput,
                    tr("The file is empty or holds no XML; it is not an SMS Backup & Restore "
                       "backup."));
    }
    if (m_xml.name() != QLatin1String("smses") && m_xml.name() != QLatin1String("calls"))
        throw Error(Error::Kind::InvalidInput,
                    tr("This XML file starts with <%1>, not <smses> or <calls>: it is not an SMS Backup & Restore "
                       "backup.")
                        .arg(m_xml.name()));
    while (m_xml.readNextStartElement()) {
        ++m_element;
        if (m_element % 256 == 0) {
            if (m_options.cancel && m_options.cancel->load())
                throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
            if (m_options.progress)
                m_options.progress(m_device.pos(), total);
        }
        const auto name = m_xml.name();
        m_inElement = true;
        if (name == QLatin1String("sms"))
            readSms();
        else if (name == QLatin1String("mms"))
            readMms();
        else if (name == QLatin1String("call"))
            readCall();
        else {
            --m_element; // not a message or call: not counted
            m_xml.skipCurrentElement();
        }
        m_inElement = m_xml.hasError();
    }
    if (m_xml.hasError())
        fail(sentence(m_xml.errorString()));
    if (m_options.progress)
        m_options.progress(total, total);
    return m_summary;
}

} // namespace

ImportSummary SmsBackupParser::parse(QIODevice& device, const SmsBackupOptions& options, const MessageSink& sink)
{
    Reader reader(device, options, sink);
    return reader.run();
}

} // namespace daymark::importers
