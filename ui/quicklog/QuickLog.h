// Saving a quick log: an incident of the chosen type, happening now in the computer's time zone, with the type's
// name as its summary until details are added.
#pragma once

#include "diary/Incident.h"

namespace daymark::diary {
class Diary;
}

namespace daymark::ui::quickLog {

// The summary a quick log starts with ("Phone call"), translated.
QString summaryFor(diary::IncidentType type);
// Records the incident through the diary (and its journal) at once; throws daymark::Error.
diary::IncidentRecord logNow(diary::Diary& diary, diary::IncidentType type);

} // namespace daymark::ui::quickLog
