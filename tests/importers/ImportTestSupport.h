// Helpers for importer tests: parsing text or fixture files into a list of messages, and fixture paths.
#pragma once

#include "importers/ImportedMessage.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace daymark::test {

QString importData(const QString& relative); // a file under tests/data/importers

struct Parsed
{
    importers::ImportSummary summary;
    std::vector<importers::ImportedMessage> messages; // system lines included, in file order
};

Parsed parseWhatsApp(const QByteArray& text, const QString& dateOrder = {});
Parsed parseWhatsAppFile(const QString& path, const QString& dateOrder = {});

Parsed parseSmsBackup(const QByteArray& xml);
Parsed parseSmsBackupFile(const QString& path);

// Messages only (no system lines).
std::vector<importers::ImportedMessage> messagesOnly(const Parsed& parsed);

QString iso(const QDateTime& time); // "2018-06-23T13:55:00" (floating wall clock, or UTC)

} // namespace daymark::test
