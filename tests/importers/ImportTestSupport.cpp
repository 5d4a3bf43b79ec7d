// Importer test helpers.
#include "ImportTestSupport.h"

#include "importers/SmsBackupParser.h"
#include "importers/WhatsAppParser.h"

#include <QBuffer>
#include <QFile>

namespace daymark::test {

QString importData(const QString& relative)
{
    return QStringLiteral(DAYMARK_IMPORT_DATA "/") + relative;
}

namespace {

Parsed parseDevice(QIODevice& device, const QString& dateOrder)
{
    Parsed parsed;
    importers::WhatsAppOptions options;
    options.dateOrder = dateOrder;
    parsed.summary = importers::WhatsAppParser::parse(
        device, options, [&parsed](importers::ImportedMessage&& m) { parsed.messages.push_back(std::move(m)); });
    return parsed;
}

} // namespace

Parsed parseWhatsApp(const QByteArray& text, const QString& dateOrder)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(buffer, dateOrder);
}

Parsed parseWhatsAppFile(const QString& path, const QString& dateOrder)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    return parseDevice(file, dateOrder);
}

namespace {

Parsed parseSmsDevice(QIODevice& device)
{
    Parsed parsed;
    parsed.summary = importers::SmsBackupParser::parse(
        device, {}, [&parsed](importers::ImportedMessage&& m) { parsed.messages.push_back(std::move(m)); });
    return parsed;
}

} // namespace

Parsed parseSmsBackup(const QByteArray& xml)
{
    QByteArray copy = xml;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return parseSmsDevice(buffer);
}

Parsed parseSmsBackupFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    return parseSmsDevice(file);
}

std::vector<importers::ImportedMessage> messagesOnly(const Parsed& parsed)
{
    std::vector<importers::ImportedMessage> out;
    for (const auto& m : parsed.messages)
        if (m.kind != importers::MessageKind::System)
            out.push_back(m);
    return out;
}

QString iso(const QDateTime& time)
{
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace daymark::test
