// The options of export-pdf and export-bundle: which incidents (dates, types, people, orders, or picked by hand),
// what is left out or redacted, and how the PDF looks. They become a report::ExportSelection.
#pragma once

#include "report/ExportSelection.h"

#include <QCommandLineParser>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

class ExportOptions
{
public:
    static void addTo(QCommandLineParser& parser, bool bundle);
    // Checks what needs no diary (dates, types, field codes, paper). Throws Error(InvalidInput).
    static report::ExportSelection parse(const QCommandLineParser& parser);
    // Resolves --person, --order and --incident in `diary`. Throws Error(InvalidInput).
    static void resolve(const QCommandLineParser& parser, diary::Diary& diary, report::ExportSelection& selection);
    // The options' help, for the command's description.
    static QString redactableFieldsHelp();
};

} // namespace daymark::cli
