// Incidents: recording, amending (keeping every version), deleting as a recoverable tombstone, listing, search.
// Every change appends a journal record in the same transaction.
#pragma once

#include "diary/Incident.h"
#include "diary/IncidentFilter.h"

#include <vector>

namespace daymark {
class Clock;
}
namespace daymark::vault {
class SqlConnection;
}
namespace daymark::evidence {
class Journal;
}

namespace daymark::diary {

// One version of an incident, as the journal holds it.
struct IncidentVersion
{
    int version = 1;   // 1 = as first recorded
    qint64 seq = 0;    // journal record number
    QString action;    // create, amend, delete, restore
    QDateTime at;      // when this change was recorded (UTC)
    QString reason;    // why (amend, delete, restore)
    Incident incident; // the incident's state after this change
};

// What overviews (weekly counts, escalation signals) need of an incident, read without decoding the whole entry.
struct TimelineEntry
{
    qint64 number = 0;
    QUuid id;
    IncidentType type = IncidentType::Other;
    qint64 startUtcMs = 0; // when it happened, milliseconds since the epoch
    int utcOffset = 0;     // seconds east of UTC of the time as given: local time = UTC + offset
    bool breach = false;   // marked as a possible breach of an order
    QString channel;
    QString place;
    QStringList tags;
};

class IncidentRepository
{
public:
    IncidentRepository(vault::SqlConnection& db, evidence::Journal& journal);

    // Records a new incident (an id is assigned when null). Throws Error(InvalidInput) naming the field.
    IncidentRecord add(Incident incident);
    // Saves a changed version; the earlier one stays in the history. A reason is required.
    IncidentRecord amend(const Incident& changed, const QString& reason);
    // Marks an incident deleted, with a reason; it stays recoverable and in the history.
    IncidentRecord remove(const QUuid& id, const QString& reason);
    IncidentRecord restore(const QUuid& id, const QString& reason = {});

    std::optional<IncidentRecord> find(const QUuid& id);
    IncidentRecord get(const QUuid& id); // throws Error(NotFound)
    // Accepts an incident number ("12" or "#12"), a full id, or an unambiguous id prefix of 6+ characters.
    QUuid resolve(const QString& reference);

    // Newest first by when they happened.
    std::vector<IncidentRecord> list(const IncidentFilter& filter, int limit = 100, int offset = 0);
    qint64 count(const IncidentFilter& filter);
    // Every incident the filter selects, oldest first by when it happened: the light form, for overviews.
    std::vector<TimelineEntry> timeline(const IncidentFilter& filter);
    // Full-text search (prefix matching on every word) over what happened, notes, places, people and tags.
    std::vector<IncidentRecord> search(const QString& query, const IncidentFilter& filter, int limit = 100,
                                       int offset = 0);
    std::vector<IncidentVersion> history(const QUuid& id);

    // Re-indexes incidents that mention a person whose names changed.
    void reindexPerson(const QUuid& person);

private:
    void validate(const Incident& incident);
    IncidentRecord write(const Incident& incident, const QString& action, const QString& reason);
    enum class IndexMode {
        New,    // a number written for the first time: nothing to clear
        Replace // an amended or re-indexed incident: its earlier rows go first
    };
    void index(qint64 number, const Incident& incident, IndexMode mode);

    vault::SqlConnection& m_db;
    evidence::Journal& m_journal;
};

} // namespace daymark::diary
