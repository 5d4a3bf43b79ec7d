// The one place exports make the PDF timeline (timeline.pdf in a bundle, or export-pdf's file). Needs a
// QGuiApplication (text layout).
#pragma once

#include "report/ReportData.h"

#include <QIODevice>
#include <atomic>
#include <functional>

namespace daymark::diary {
class Diary;
}

namespace daymark::report {

// Writes the PDF of `data` to `out`. `progress` gets steps done and the total. Throws Error (Cancelled).
void writeTimelinePdf(diary::Diary& diary, const ReportData& data, QIODevice& out,
                      const std::function<void(int done, int total)>& progress = {},
                      const std::atomic<bool>* cancel = nullptr);

} // namespace daymark::report
