// Links one exhibit (an imported export file) to many incidents in a single journal record. ExhibitRepository::link
// rewrites the exhibit's whole incident list per call, which makes 100,000 links quadratic; this does the same
// change once. It mirrors ExhibitRepository's "link" write exactly (payload, row, link table), so the diary check
// finds it consistent. TODO(lead): move into ExhibitRepository as linkMany().
#pragma once

#include <QList>
#include <QUuid>

namespace daymark::diary {
class Diary;
}

namespace daymark::importers {

// Inside the caller's transaction. Incidents already linked are skipped; does nothing when none is new.
void linkExhibitToIncidents(diary::Diary& diary, const QUuid& exhibit, const QList<QUuid>& incidents);

} // namespace daymark::importers
