// Turns an ExportSelection into ReportData: picks the incidents, gathers their history, exhibits, people and
// orders, and applies the redactions, so no writer ever sees a redacted value.
#pragma once

#include "report/ReportData.h"

namespace daymark::diary {
class Diary;
}

namespace daymark::report {

// Reads only. Throws daymark::Error (NotFound for an incident, person or order id not in the diary).
ReportData collectReport(diary::Diary& diary, const ExportSelection& selection);

} // namespace daymark::report
