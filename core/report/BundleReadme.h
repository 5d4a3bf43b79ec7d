// README.txt of an evidence bundle: what is inside and how to check it, in plain words for a police officer.
#pragma once

#include "report/ReportData.h"

#include <QByteArray>

namespace daymark::report {

// UTF-8 with Windows line endings (Notepad shows it as written).
QByteArray bundleReadme(const ReportData& data, bool withExhibitFiles);

} // namespace daymark::report
