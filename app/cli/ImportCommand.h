// daymark-cli import: messages, calls and e-mails from phone and app exports, as incidents with the export kept as
// an exhibit (docs/import.md).
#pragma once

#include <QStringList>

namespace daymark::cli {

class CliContext;

int runImport(CliContext& context, const QStringList& arguments);

} // namespace daymark::cli
