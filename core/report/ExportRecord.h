// An export is itself a journal record ("export", entity "diary"): what was chosen (never the redacted phrases),
// which incidents and exhibits went out, and the SHA-256 that identifies the file (a bundle's manifest.json, or
// the PDF).
#pragma once

#include "report/ReportData.h"

#include <functional>

namespace daymark::diary {
class Diary;
}

namespace daymark::report {

enum class ExportKind { Pdf, Bundle };

// Appends the record in one transaction; `beforeCommit` (putting the file in place) runs inside it, so a failure
// there leaves no record, and a failure to record leaves the caller to remove the file. Throws Error.
void recordExport(diary::Diary& diary, ExportKind kind, const ReportData& data, const QString& fileName,
                  const QByteArray& sha256, const std::function<void()>& beforeCommit);

} // namespace daymark::report
