// An export file to import: its format, the file itself (a WhatsApp .txt or .zip, an SMS Backup & Restore XML) and
// the parser that reads it. Formats Daymark cannot read yet are named, and refused with a sentence.
#pragma once

#include "importers/CallLogCsv.h"
#include "importers/ImportedMessage.h"

#include <QString>
#include <memory>
#include <optional>

namespace daymark::importers {

class ChatZip;

enum class ImportFormat { WhatsApp, SmsBackup, Calls, Eml, Mbox, Csv, Telegram, Instagram, Signal };

std::optional<ImportFormat> formatFromCode(const QString& code); // "whatsapp", "sms-backup", "calls", "eml", ...
QString formatCode(ImportFormat format);
QStringList formatCodes();
QString formatName(ImportFormat format); // "WhatsApp chat export", translated
bool isImplemented(ImportFormat format);

struct ParseSettings
{
    QString dateOrder; // WhatsApp: "dmy", "mdy", "ymd" or empty to infer
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class ImportSource
{
public:
    // Checks the file can be read as `format` (for a zip: its names and sizes). Throws Error: NotFound,
    // InvalidInput (a format not implemented yet, an unsafe zip, ...).
    ImportSource(ImportFormat format, const QString& path);
    ~ImportSource();
    ImportSource(const ImportSource&) = delete;
    ImportSource& operator=(const ImportSource&) = delete;

    ImportFormat format() const { return m_format; }
    const QString& path() const { return m_path; }
    bool isZip() const { return m_zip != nullptr; }
    // eml and mbox: `path` is a folder of them; each message names its file (ImportedMessage::file).
    bool isFolder() const { return m_folder; }

    // csv: which column holds what. Without it, parse() uses guessCsvMapping() of the header, and refuses with a
    // sentence when the guess lacks a required column.
    void setCsvMapping(const CsvColumnMapping& mapping) { m_csvMapping = mapping; }
    const std::optional<CsvColumnMapping>& csvMapping() const { return m_csvMapping; }

    // Reads the whole export, handing each message to `sink` in file order. May be called again.
    ImportSummary parse(const ParseSettings& settings, const MessageSink& sink);

    // A media file a message names, from a WhatsApp zip (or beside a Telegram, Instagram or Signal export, by its
    // relative path); empty when the export does not hold it.
    QByteArray media(const QString& name) const;

private:
    // Telegram, Instagram, Signal.
    ImportSummary parseChatExport(const ParseSettings& settings, const MessageSink& sink);

    ImportSummary parseMailOrCallLog(const ParseSettings& settings, const MessageSink& sink); // eml, mbox, csv

    ImportFormat m_format;
    QString m_path;
    std::unique_ptr<ChatZip> m_zip;
    bool m_folder = false;
    std::optional<CsvColumnMapping> m_csvMapping;
};

} // namespace daymark::importers
