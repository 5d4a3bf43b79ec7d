// Instagram messages: the thread object token by token, each message whole.
#include "importers/InstagramParser.h"

#include "common/Error.h"
#include "importers/JsonPullReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

QString textOf(const QJsonValue& v)
{
    return InstagramParser::repairMojibake(v.toString());
}

void addMedia(const QJsonValue& v, ImportedMessage& m)
{
    const QString uri = v.toObject().value(u"uri").toString();
    if (uri.isEmpty())
        return;
    MediaReference media;
    media.name = uri; // relative to the export's root folder ("messages/inbox/jane_123/photos/1.jpg")
    m.media << media;
}

QString instagramMessage(const QJsonObject& o, ImportedMessage& m)
{
    const QJsonValue stamp = o.value(u"timestamp_ms");
    bool ok = stamp.isDouble();
    const qint64 ms = ok ? stamp.toInteger() : stamp.toString().toLongLong(&ok);
    if (!ok || ms < 0 || ms > 253402300799999)
        return o.contains(u"timestamp_ms") ? tr("its \"timestamp_ms\" is not a number of milliseconds since 1970.")
                                           : tr("it has no time (\"timestamp_ms\").");
    m.time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    m.senderName = textOf(o.value(u"sender_name"));
    m.text = textOf(o.value(u"content"));
    const QJsonObject share = o.value(u"share").toObject();
    // A shared post or link: its address is the evidence, so it joins the text when the text does not hold it.
    for (const QString& extra : {textOf(share.value(u"share_text")), textOf(share.value(u"link"))})
        if (!extra.isEmpty() && !m.text.contains(extra))
            m.text += (m.text.isEmpty() ? QString() : QStringLiteral("\n")) + extra;
    for (const char16_t* key : {u"photos", u"videos", u"audio_files", u"files", u"gifs"})
        for (const QJsonValue& v : o.value(QStringView(key)).toArray())
            addMedia(v, m);
    if (o.value(u"sticker").isObject())
        addMedia(o.value(u"sticker"), m);
    m.deleted = o.value(u"is_unsent").toBool();
    // Reactions are kept as a note: not part of the message's key, so one added later is not a new message.
    QStringList reactions;
    for (const QJsonValue& v : o.value(u"reactions").toArray())
        reactions << tr("%1 %2").arg(textOf(v.toObject().value(u"reaction")), textOf(v.toObject().value(u"actor")));
    if (!reactions.isEmpty())
        m.notes << tr("Reactions: %1").arg(reactions.join(QStringLiteral(", ")));
    if (o.value(u"call_duration").isDouble())
        m.durationSeconds = std::max<qint64>(0, o.value(u"call_duration").toInteger());
    const QString type = o.value(u"type").toString();
    if (type == QLatin1String("Subscribe") || type == QLatin1String("Unsubscribe"))
        m.kind = MessageKind::System; // "X joined / left the group"
    return {};
}

class Walker
{
public:
    Walker(QIODevice& device, const InstagramOptions& options, const MessageSink& sink)
        : m_device(device), m_reader(device), m_options(options), m_sink(sink)
    {}

    ImportSummary run();

private:
    void readParticipants();
    void readMessages();

    QIODevice& m_device;
    JsonPullReader m_reader;
    const InstagramOptions& m_options;
    const MessageSink& m_sink;
    ImportSummary m_summary;
};

void Walker::readParticipants()
{
    if (m_reader.peek() != JsonPullReader::Type::Array) {
        m_reader.skipValue();
        return;
    }
    m_reader.beginArray();
    while (m_reader.nextItem()) {
        const QString name = textOf(m_reader.readValue(1024 * 1024).toObject().value(u"name"));
        if (!name.isEmpty())
            m_summary.participant(name, QString()); // counted as their messages come
    }
}

void Walker::readMessages()
{
    const JsonPullReader::Type listType = m_reader.peek();
    if (listType != JsonPullReader::Type::Array)
        m_reader.fail(
            tr("\"messages\" should be a list of messages ([…]), not %1.").arg(JsonPullReader::typeName(listType)));
    m_reader.beginArray();
    qint64 count = 0;
    while (m_reader.nextItem()) {
        if (++count % 256 == 0) {
            if (m_options.cancel && m_options.cancel->load())
                throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
            if (m_options.progress)
                m_options.progress(m_reader.offset(), m_device.size());
        }
        const JsonPullReader::Type type = m_reader.peek();
        const qint64 first = m_reader.line();
        if (type != JsonPullReader::Type::Object)
            m_reader.fail(tr("each message should be an object ({…}), not %1.").arg(JsonPullReader::typeName(type)));
        const QJsonObject object = m_reader.readValue(InstagramParser::kMaxMessageBytes).toObject();
        ImportedMessage m;
        if (const QString problem = instagramMessage(object, m); !problem.isEmpty())
            throw Error(Error::Kind::InvalidInput, tr("Lines %1-%2 (message %3): %4 Nothing was imported.")
                                                       .arg(first)
                                                       .arg(m_reader.line())
                                                       .arg(count)
                                                       .arg(problem));
        m.position = {SourcePosition::Unit::Line, first, m_reader.line()};
        m_summary.add(m);
        if (m_sink)
            m_sink(std::move(m));
    }
}

ImportSummary Walker::run()
{
    if (m_device.size() == 0)
        throw Error(Error::Kind::InvalidInput,
                    tr("The file is empty: it holds no messages. Download your information from Instagram again."));
    const JsonPullReader::Type type = m_reader.peek();
    if (type == JsonPullReader::Type::Array)
        m_reader.fail(tr("this file is a list, as Instagram's older messages.json was; Daymark reads the current "
                         "export, where each conversation is a message_1.json file in messages/inbox."));
    if (type != JsonPullReader::Type::Object)
        m_reader.fail(tr("an Instagram messages file (message_1.json) starts with an object ({…}), not %1.")
                          .arg(JsonPullReader::typeName(type)));
    m_reader.beginObject();
    bool found = false;
    QString key;
    while (m_reader.nextKey(key)) {
        if (key == QLatin1String("participants")) {
            readParticipants();
        } else if (key == QLatin1String("messages")) {
            found = true;
            readMessages();
        } else {
            m_reader.skipValue();
        }
    }
    m_reader.expectEnd();
    if (!found)
        throw Error(Error::Kind::InvalidInput,
                    tr("This is not an Instagram messages export: it has no \"messages\" list. Choose the "
                       "message_1.json file of a conversation (messages/inbox/NAME/message_1.json) from Instagram's "
                       "Download your information, in the JSON format."));
    if (m_options.progress)
        m_options.progress(m_device.size(), m_device.size());
    return m_summary;
}

} // namespace

QString InstagramParser::repairMojibake(const QString& text)
{
    bool high = false;
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return text;
        high = high || c.unicode() >= 0x80;
    }
    if (!high)
        return text;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString repaired = decoder(text.toLatin1());
    return decoder.hasError() ? text : repaired;
}

ImportSummary InstagramParser::parse(QIODevice& device, const InstagramOptions& options, const MessageSink& sink)
{
    Walker walker(device, options, sink);
    return walker.run();
}

} // namespace daymark::importers
