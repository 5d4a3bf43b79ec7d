// The included incidents as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads it as UTF-8): one row per
// incident, columns as documented in docs/bundle.md.
#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QStringList>

namespace daymark::report {

QStringList incidentCsvColumns(bool privateNotes);
QByteArray incidentsCsv(const ReportData& data);

// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF. Text that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) gets a leading apostrophe; the JSON keeps the exact text.
QString csvField(const QString& value, bool text = true);

} // namespace daymark::report
