// The PDF timeline police receive: cover, weekly chart, people and orders, the chronological log, the exhibit
// list and what the fingerprint and hashes prove. Renders ReportData only (already chosen and redacted).
#pragma once

#include "report/ReportData.h"

#include <QIODevice>
#include <atomic>
#include <functional>

namespace daymark::diary {
class Diary;
}

namespace daymark::report {

// Writes the timeline as a PDF/A-1b document (A4, or Letter per data.selection.paper) to `out`, which must be
// writable. `diary` is read only for exhibit thumbnails (made in memory) and the reasons of the latest amendments.
// Needs a QGuiApplication (fonts and the PDF engine); on a machine without a display use the "offscreen" platform.
// `progress` is called with done/total as the work advances (total stays the same during one call). Throws
// daymark::Error: Cancelled when `cancel` becomes true (what was written to `out` is then incomplete and should be
// discarded), Internal without a QGuiApplication, Io when the PDF cannot be written.
void writePdfTimeline(diary::Diary& diary, const ReportData& data, QIODevice& out,
                      const std::function<void(int done, int total)>& progress = {},
                      const std::atomic<bool>* cancel = nullptr);

} // namespace daymark::report
