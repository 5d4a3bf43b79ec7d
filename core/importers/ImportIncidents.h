// Turning imported messages into incidents: one per message or call, or one per day. The summary is a line a person
// can scan ("Sam: I know where you live", "Missed call from +44 7700 900123"); the details keep the exact text.
#pragma once

#include "diary/Incident.h"
#include "importers/ImportSource.h"

#include <QTimeZone>
#include <vector>

namespace daymark::importers {

// The time a message happened in `zone`: a wall clock (WhatsApp) is placed in it, an instant converted to it. A
// wall-clock time the clocks skipped that night is read with the offset before the change (and the incident is
// marked approximate).
QDateTime placedTime(const ImportedMessage& message, const QTimeZone& zone);
bool skippedByClocks(const ImportedMessage& message, const QTimeZone& zone);

// `source` is where it came from, for the incident's tags ("JS/4 line 42").
diary::Incident incidentFor(const ImportedMessage& message, ImportFormat format, const QTimeZone& zone,
                            const QString& source);
// One incident for a day's messages (in file order), each on its own line of the details.
diary::Incident dayIncidentFor(const std::vector<ImportedMessage>& messages, ImportFormat format, const QTimeZone& zone,
                               const QString& source);

} // namespace daymark::importers
