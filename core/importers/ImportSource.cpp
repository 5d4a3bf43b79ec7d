// Opening an export and choosing its parser.
#include "importers/ImportSource.h"

#include "common/Error.h"
#include "importers/ChatZip.h"
#include "importers/EmailParser.h"
#include "importers/InstagramParser.h"
#include "importers/SignalParser.h"
#include "importers/SmsBackupParser.h"
#include "importers/TelegramParser.h"
#include "importers/WhatsAppParser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

struct FormatInfo
{
    ImportFormat format;
    const char* code;
    const char* name;
    bool implemented;
};

constexpr FormatInfo kFormats[] = {
    {ImportFormat::WhatsApp, "whatsapp", QT_TRANSLATE_NOOP("daymark::importers", "WhatsApp chat export"), true},
    {ImportFormat::SmsBackup, "sms-backup", QT_TRANSLATE_NOOP("daymark::importers", "SMS Backup & Restore messages"),
     true},
    {ImportFormat::Calls, "calls", QT_TRANSLATE_NOOP("daymark::importers", "SMS Backup & Restore call log"), true},
    {ImportFormat::Eml, "eml", QT_TRANSLATE_NOOP("daymark::importers", "e-mail (.eml)"), true},
    {ImportFormat::Mbox, "mbox", QT_TRANSLATE_NOOP("daymark::importers", "mailbox (.mbox)"), true},
    {ImportFormat::Csv, "csv", QT_TRANSLATE_NOOP("daymark::importers", "call log (.csv)"), true},
    {ImportFormat::Telegram, "telegram", QT_TRANSLATE_NOOP("daymark::importers", "Telegram export (result.json)"),
     true},
    {ImportFormat::Instagram, "instagram", QT_TRANSLATE_NOOP("daymark::importers", "Instagram messages (JSON)"), true},
    {ImportFormat::Signal, "signal", QT_TRANSLATE_NOOP("daymark::importers", "Signal chat (text)"), true},
};

const FormatInfo& infoOf(ImportFormat format)
{
    for (const FormatInfo& info : kFormats)
        if (info.format == format)
            return info;
    return kFormats[0];
}

// A file a Telegram, Instagram or Signal export names by a relative path: beside the export ("photos/photo_1.jpg"
// next to result.json), or from the export's root a few folders up (Instagram's "messages/inbox/x/photos/1.jpg"
// from messages/inbox/x/message_1.json). Absolute paths and paths that climb out with ".." are not followed; empty
// when the file is not there (the export left media out) or is larger than a zip's media may be.
QByteArray mediaBeside(const QString& exportPath, const QString& name)
{
    if (name.isEmpty() || QDir::isAbsolutePath(name) || name.contains(u'\\') ||
        name.split(u'/').contains(QStringLiteral("..")))
        return {};
    QDir dir = QFileInfo(exportPath).absoluteDir();
    for (int up = 0; up < 6; ++up) {
        const QFileInfo info(dir.filePath(name));
        if (info.isFile()) {
            QFile file(info.filePath());
            if (info.size() > ChatZip::kMaxMediaBytes || !file.open(QIODevice::ReadOnly))
                return {};
            return file.readAll();
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace

std::optional<ImportFormat> formatFromCode(const QString& code)
{
    for (const FormatInfo& info : kFormats)
        if (code == QLatin1String(info.code))
            return info.format;
    return std::nullopt;
}

QString formatCode(ImportFormat format)
{
    return QString::fromLatin1(infoOf(format).code);
}

QStringList formatCodes()
{
    QStringList codes;
    for (const FormatInfo& info : kFormats)
        codes << QString::fromLatin1(info.code);
    return codes;
}

QString formatName(ImportFormat format)
{
    return QCoreApplication::translate("daymark::importers", infoOf(format).name);
}

bool isImplemented(ImportFormat format)
{
    return infoOf(format).implemented;
}

ImportSource::ImportSource(ImportFormat format, const QString& path) : m_format(format), m_path(path)
{
    if (!isImplemented(format))
        throw Error(Error::Kind::InvalidInput,
                    tr("Importing %1 files is not available yet. Daymark can import: WhatsApp chat exports "
                       "(whatsapp), SMS Backup & Restore messages (sms-backup) and call logs (calls), Telegram exports "
                       "(telegram), Instagram messages (instagram) and Signal chats (signal).")
                        .arg(formatName(format)));
    if ((format == ImportFormat::Eml || format == ImportFormat::Mbox) && QFileInfo(path).isDir()) {
        m_folder = true; // the files are listed and checked when read
        return;
    }
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw Error(Error::Kind::NotFound, tr("There is no file %1. Check the name and try again.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), file.errorString());
    if (format == ImportFormat::WhatsApp && file.peek(4) == QByteArrayLiteral("PK\x03\x04"))
        m_zip = std::make_unique<ChatZip>(path);
}

ImportSource::~ImportSource() = default;

ImportSummary ImportSource::parse(const ParseSettings& settings, const MessageSink& sink)
{
    if (m_format == ImportFormat::Eml || m_format == ImportFormat::Mbox || m_format == ImportFormat::Csv)
        return parseMailOrCallLog(settings, sink);
    if (m_format == ImportFormat::Telegram || m_format == ImportFormat::Instagram || m_format == ImportFormat::Signal)
        return parseChatExport(settings, sink);
    if (m_format == ImportFormat::WhatsApp) {
        WhatsAppOptions options;
        options.dateOrder = settings.dateOrder;
        options.progress = settings.progress;
        options.cancel = settings.cancel;
        if (m_zip) {
            QByteArray text = m_zip->chatText();
            QBuffer buffer(&text);
            buffer.open(QIODevice::ReadOnly);
            return WhatsAppParser::parse(buffer, options, sink);
        }
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
        return WhatsAppParser::parse(file, options, sink);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
    SmsBackupOptions options;
    options.progress = settings.progress;
    options.cancel = settings.cancel;
    return SmsBackupParser::parse(file, options, sink);
}

ImportSummary ImportSource::parseChatExport(const ParseSettings& settings, const MessageSink& sink)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
    if (m_format == ImportFormat::Telegram)
        return TelegramParser::parse(file, {settings.progress, settings.cancel}, sink);
    if (m_format == ImportFormat::Instagram)
        return InstagramParser::parse(file, {settings.progress, settings.cancel}, sink);
    return SignalParser::parse(file, {settings.progress, settings.cancel}, sink);
}

ImportSummary ImportSource::parseMailOrCallLog(const ParseSettings& settings, const MessageSink& sink)
{
    if (m_format != ImportFormat::Csv) {
        const EmailOptions options{settings.progress, settings.cancel};
        return m_format == ImportFormat::Eml ? EmailParser::parseEml(m_path, options, sink)
                                             : EmailParser::parseMbox(m_path, options, sink);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(m_path, file.errorString()));
    CallLogCsvOptions options;
    options.mapping = m_csvMapping ? *m_csvMapping : guessCsvMapping(csvHeader(file, QFileInfo(m_path).fileName()));
    file.seek(0);
    options.progress = settings.progress;
    options.cancel = settings.cancel;
    return CallLogCsvParser::parse(file, QFileInfo(m_path).fileName(), options, sink);
}

QByteArray ImportSource::media(const QString& name) const
{
    if (!m_zip &&
        (m_format == ImportFormat::Telegram || m_format == ImportFormat::Instagram || m_format == ImportFormat::Signal))
        return mediaBeside(m_path, name);
    return m_zip && m_zip->hasMedia(name) ? m_zip->media(name) : QByteArray();
}

} // namespace daymark::importers
