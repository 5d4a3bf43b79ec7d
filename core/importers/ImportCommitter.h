// Committing an import in one transaction: the original export file kept as an exhibit (its SHA-256 taken as it is
// stored), an incident per message or call (or per day), each linked to that exhibit and tagged with the line or
// element it came from, media from the export attached to their incidents, and one journal record listing every
// message added (see ImportLedger). Messages already imported are skipped, so re-importing adds only what is new.
// Cancelled or failed: nothing is kept.
#pragma once

#include "importers/ImportSource.h"

#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>
#include <optional>

namespace daymark::diary {
class Diary;
}

namespace daymark::importers {

struct CommitOptions
{
    QString dateOrder; // WhatsApp: "dmy", "mdy", "ymd"; empty to infer
    QString from;      // keep only this participant's messages (name or number); empty for all
    QUuid fromPerson;  // or a person of the diary, matched by their names, numbers and addresses
    // Messages chosen one by one (the Import wizard): when set, exactly the messages at these places in the order
    // the export delivers them (0 for the first; lines the app wrote itself counted too) are kept, whoever sent
    // them; `from` is then not applied, and `fromPerson` only names the person the incidents are linked to.
    std::optional<QSet<qint64>> chosen;
    bool groupByDay = false;
    QTimeZone zone = QTimeZone::systemTimeZone(); // where WhatsApp's wall-clock times were shown; days for grouping
    bool dryRun = false;                          // parse and count what would be added; the diary is not changed
    bool attachMedia = true;
    ParseProgress progress; // bytes of the export read
    const std::atomic<bool>* cancel = nullptr;
};

struct CommitResult
{
    ImportSummary summary;      // everything the export holds
    qint64 selected = 0;        // messages kept by --from that were not imported before
    qint64 skippedOther = 0;    // messages of other participants (--from)
    qint64 alreadyImported = 0; // found in an earlier import
    qint64 incidentsAdded = 0;
    qint64 mediaAttached = 0;
    qint64 mediaMissing = 0; // named by a message but not in the export
    QString exhibitLabel;    // the export file's exhibit ("JS/4"); empty when nothing was added
    QUuid exhibit;
    QStringList exhibitLabels; // every file's exhibit, first to last: one for an export file, more for a folder
    qint64 firstIncident = 0;  // numbers of the incidents added
    qint64 lastIncident = 0;
};

class ImportCommitter
{
public:
    // The detail of the Error thrown when a WhatsApp chat's date order must be chosen by the person.
    static constexpr auto kDateOrderAmbiguous = "date-order-ambiguous";

    // Throws Error: InvalidInput (bad export, ambiguous dates with no order given, unknown person), Cancelled, and
    // the diary's own errors. Nothing is written unless it returns.
    static CommitResult run(diary::Diary& diary, ImportSource& source, const CommitOptions& options);
};

} // namespace daymark::importers
