// Which import format a file probably is, from its name and first bytes: .zip and WhatsApp-looking .txt files are
// WhatsApp, XML with <smses> or <calls> is SMS Backup & Restore, .eml, .mbox and .csv are what they say. Formats the
// core does not know are never guessed, so a format appears here once it exists there.
#pragma once

#include "importers/ImportSource.h"

#include <optional>

namespace daymark::ui {

std::optional<importers::ImportFormat> guessImportFormat(const QString& path);

} // namespace daymark::ui
