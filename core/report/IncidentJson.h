// The included incidents, people, orders and exhibits as one JSON document (incidents.json in a bundle), in the
// stable schema of docs/bundle.md, built on the same encoding as daymark-cli --json (docs/cli-json.md).
#pragma once

#include "report/ReportData.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace daymark::report {

// `exhibitFiles`: where each exhibit's original is in the bundle ("exhibits/JS-1_photo.jpg"); empty when the
// export carries no files.
QByteArray incidentsJson(const ReportData& data, const QHash<QUuid, QString>& exhibitFiles = {});

// The export's choices without the redacted phrases themselves (only how many there were): for the manifest,
// incidents.json and the journal record of the export.
QJsonObject selectionJson(const ExportSelection& selection);

} // namespace daymark::report
