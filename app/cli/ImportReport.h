// What `daymark-cli import` prints: the export's summary (messages, participants, date range) and what was added,
// as sentences or as the JSON object documented in docs/import.md.
#pragma once

#include "importers/ImportCommitter.h"

#include <QJsonObject>
#include <QTextStream>

namespace daymark::cli {

QJsonObject importJson(const QString& file, importers::ImportFormat format, const importers::CommitResult& result,
                       bool dryRun);
void printImport(QTextStream& out, const QString& file, importers::ImportFormat format,
                 const importers::CommitResult& result, bool dryRun);

} // namespace daymark::cli
