// The bundle and export-pdf make the timeline here, and only here: core/report/pdf's writePdfTimeline.
#include "report/TimelinePdf.h"

#include "report/pdf/PdfTimeline.h"

namespace daymark::report {

void writeTimelinePdf(diary::Diary& diary, const ReportData& data, QIODevice& out,
                      const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    writePdfTimeline(diary, data, out, progress, cancel);
}

} // namespace daymark::report
