// Walking a Telegram export: the outer objects token by token, each message whole.
#include "importers/TelegramParser.h"

#include "common/Error.h"
#include "importers/JsonPullReader.h"
#include "importers/TelegramMessage.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

constexpr qint64 kMaxFieldBytes = 1024 * 1024; // a chat's name, type or id; the account's details

class Walker
{
public:
    Walker(QIODevice& device, const TelegramOptions& options, const MessageSink& sink)
        : m_device(device), m_reader(device), m_options(options), m_sink(sink)
    {}

    ImportSummary run();

private:
    void readChatField(const QString& key, TelegramChat& chat, std::optional<qint64>& id);
    void readMessages(TelegramChat chat, std::optional<qint64> id);
    void readChatList();
    void readChat();
    void tick();

    QIODevice& m_device;
    JsonPullReader m_reader;
    const TelegramOptions& m_options;
    const MessageSink& m_sink;
    ImportSummary m_summary;
    QString m_ownerId;
    qint64 m_count = 0;
    bool m_found = false;
};

void Walker::tick()
{
    if (++m_count % 256 != 0)
        return;
    if (m_options.cancel && m_options.cancel->load())
        throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
    if (m_options.progress)
        m_options.progress(m_reader.offset(), m_device.size());
}

void Walker::readChatField(const QString& key, TelegramChat& chat, std::optional<qint64>& id)
{
    const QJsonValue v = m_reader.readValue(kMaxFieldBytes);
    if (key == QLatin1String("name"))
        chat.name = v.toString();
    else if (key == QLatin1String("type"))
        chat.type = v.toString();
    else if (v.isDouble())
        id = v.toInteger();
}

void Walker::readMessages(TelegramChat chat, std::optional<qint64> id)
{
    m_found = true;
    chat.ownerId = m_ownerId;
    // The other party of a one-to-one chat is the account whose id the chat has.
    if (id && (chat.type == QLatin1String("personal_chat") || chat.type == QLatin1String("bot_chat")))
        chat.peerId = QStringLiteral("user") + QString::number(*id);
    if (m_reader.peek() != JsonPullReader::Type::Array)
        m_reader.fail(tr("\"messages\" should be a list of messages ([…]), not %1.")
                          .arg(JsonPullReader::typeName(m_reader.peek())));
    m_reader.beginArray();
    while (m_reader.nextItem()) {
        tick();
        const JsonPullReader::Type type = m_reader.peek();
        const qint64 first = m_reader.line();
        if (type != JsonPullReader::Type::Object)
            m_reader.fail(tr("each message should be an object ({…}), not %1.").arg(JsonPullReader::typeName(type)));
        const QJsonObject object = m_reader.readValue(TelegramParser::kMaxMessageBytes).toObject();
        ImportedMessage m;
        if (const QString problem = telegramMessage(object, chat, m); !problem.isEmpty())
            throw Error(Error::Kind::InvalidInput, tr("Lines %1-%2 (a message of the chat \"%3\"): %4 Nothing was "
                                                      "imported.")
                                                       .arg(first)
                                                       .arg(m_reader.line())
                                                       .arg(chat.name, problem));
        m.position = {SourcePosition::Unit::Line, first, m_reader.line()};
        m_summary.add(m);
        if (m_sink)
            m_sink(std::move(m));
    }
}

void Walker::readChat()
{
    const JsonPullReader::Type type = m_reader.peek();
    if (type != JsonPullReader::Type::Object)
        m_reader.fail(
            tr("each chat in \"list\" should be an object ({…}), not %1.").arg(JsonPullReader::typeName(type)));
    m_reader.beginObject();
    TelegramChat chat;
    std::optional<qint64> id;
    QString key;
    while (m_reader.nextKey(key)) {
        if (key == QLatin1String("messages"))
            readMessages(chat, id);
        else if (key == QLatin1String("name") || key == QLatin1String("type") || key == QLatin1String("id"))
            readChatField(key, chat, id);
        else
            m_reader.skipValue();
    }
}

void Walker::readChatList()
{
    const JsonPullReader::Type type = m_reader.peek();
    if (type != JsonPullReader::Type::Object)
        m_reader.fail(
            tr("\"chats\" should be an object with a \"list\" of chats, not %1.").arg(JsonPullReader::typeName(type)));
    m_reader.beginObject();
    QString key;
    while (m_reader.nextKey(key)) {
        if (key != QLatin1String("list")) {
            m_reader.skipValue();
            continue;
        }
        m_found = true;
        m_reader.beginArray();
        while (m_reader.nextItem())
            readChat();
    }
}

ImportSummary Walker::run()
{
    if (m_device.size() == 0)
        throw Error(Error::Kind::InvalidInput,
                    tr("The file is empty: it holds no messages. Export the chat again from Telegram Desktop."));
    const JsonPullReader::Type type = m_reader.peek();
    if (type != JsonPullReader::Type::Object)
        m_reader.fail(tr("a Telegram export (result.json) starts with an object ({…}), not %1.")
                          .arg(JsonPullReader::typeName(type)));
    m_reader.beginObject();
    TelegramChat chat;
    std::optional<qint64> id;
    QString key;
    while (m_reader.nextKey(key)) {
        if (key == QLatin1String("messages")) {
            readMessages(chat, id);
        } else if (key == QLatin1String("chats") || key == QLatin1String("left_chats")) {
            readChatList();
        } else if (key == QLatin1String("personal_information") && m_reader.peek() == JsonPullReader::Type::Object) {
            const QJsonValue userId = m_reader.readValue(kMaxFieldBytes).toObject().value(u"user_id");
            if (userId.isDouble())
                m_ownerId = QStringLiteral("user") + QString::number(userId.toInteger());
        } else if (key == QLatin1String("name") || key == QLatin1String("type") || key == QLatin1String("id")) {
            readChatField(key, chat, id);
        } else {
            m_reader.skipValue();
        }
    }
    m_reader.expectEnd();
    if (!m_found)
        throw Error(Error::Kind::InvalidInput,
                    tr("This is not a Telegram export: it has neither a \"messages\" list (one chat) nor a \"chats\" "
                       "list (a whole account). In Telegram Desktop choose Export chat history (or Export Telegram "
                       "data) with the format \"Machine-readable JSON\", and import its result.json."));
    if (m_options.progress)
        m_options.progress(m_device.size(), m_device.size());
    return m_summary;
}

} // namespace

ImportSummary TelegramParser::parse(QIODevice& device, const TelegramOptions& options, const MessageSink& sink)
{
    Walker walker(device, options, sink);
    return walker.run();
}

} // namespace daymark::importers
