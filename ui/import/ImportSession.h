// What the pages of the Import wizard share: the diary, the export chosen and its parser, what the preview found, and
// what was committed. Owned by the wizard; workers use it only while a page's progress dialog holds the wizard.
#pragma once

#include "importers/ImportCommitter.h"

#include <QString>
#include <memory>
#include <optional>

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ImportPreviewModel;

struct ImportSession
{
    diary::Diary* diary = nullptr;
    QString path;
    importers::ImportFormat format = importers::ImportFormat::WhatsApp;
    std::unique_ptr<importers::ImportSource> source;
    std::optional<importers::CsvColumnMapping> csvMapping; // call-log CSV: which column holds what

    // The preview.
    QString dateOrder; // chosen by the person when the file's dates read both ways; empty to infer
    importers::ImportSummary summary;
    bool parsed = false;
    ImportPreviewModel* model = nullptr;

    // Who and which (the choose page): the options the committer gets, less zone, grouping and media.
    importers::CommitOptions selection;

    std::optional<importers::CommitResult> committed;
};

} // namespace daymark::ui
