// The export commands (export-pdf, export-bundle) and verify: what main's command table calls.
#pragma once

#include <QStringList>

namespace daymark::cli {

class CliContext;

int runExportPdf(CliContext& context, const QStringList& arguments);
int runExportBundle(CliContext& context, const QStringList& arguments);
int runVerify(CliContext& context, const QStringList& arguments);

// Commands that lay out text (the PDF) need a QGuiApplication; the rest run on QCoreApplication.
bool needsGuiApplication(const char* command);

} // namespace daymark::cli
