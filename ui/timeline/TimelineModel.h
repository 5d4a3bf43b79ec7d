// The timeline as a flat list model: incidents newest first, with a header row before each day's first incident.
// Rows are fetched from the diary a page at a time as the view scrolls, so a diary of 100,000 incidents opens as
// quickly as one of ten; each row keeps only what the timeline paints, not the whole incident.
#pragma once

#include "diary/IncidentFilter.h"
#include "diary/IncidentType.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QUuid>
#include <vector>

namespace daymark::diary {
class IncidentRepository;
struct IncidentRecord;
} // namespace daymark::diary

namespace daymark::ui {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class RowKind { Day, Incident };
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind as int
        IdRole,                      // QUuid (incident rows)
        NumberRole,                  // qint64
        TypeRole,                    // int (diary::IncidentType)
        TimeTextRole,                // "21:40", local time
        DayRole,                     // QDate, local (both kinds of row)
        ApproximateRole,
        ExhibitCountRole,
        BreachRole,   // a breach of an order, or marked as a possible breach of one
        ReportedRole, // reported to the police
        AmendedRole,
        DeletedRole, // a deleted incident (shown only when the filter asks for deleted ones)
    };

    static constexpr int kDefaultPageSize = 100; // a page read while scrolling fits well inside one frame

    explicit TimelineModel(QObject* parent = nullptr, int pageSize = kDefaultPageSize);

    // Shows the incidents of `repository` (which must outlive the model or be replaced first); null empties it.
    void setRepository(diary::IncidentRepository* repository);
    // Forgets the fetched rows and starts again from the newest incident (after a change to the diary).
    void reload();
    // Which incidents to show (default: every incident not deleted); reloads.
    void setFilter(const diary::IncidentFilter& filter);
    const diary::IncidentFilter& filter() const { return m_filter; }
    // Words to search for (every word matched as a prefix); empty shows all that the filter lets through. Reloads.
    void setQuery(const QString& query);
    const QString& query() const { return m_query; }
    // When set, no words means no rows (a search list), rather than every incident the filter lets through.
    void setRequireQuery(bool require) { m_requireQuery = require; }
    // True once every matching incident has been fetched.
    bool isComplete() const { return m_exhausted; }

    // The row of the incident with `id` among the rows fetched so far, or an invalid index.
    QModelIndex indexOf(const QUuid& id) const;
    // Incident rows fetched so far (day headers not counted).
    int fetchedIncidents() const { return static_cast<int>(m_entries.size()); }
    // The sentence of the last failure to read the diary, empty when none.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);
    // After each fetch, also one that found nothing more.
    void pageFetched();

private:
    struct Entry
    {
        QUuid id;
        qint64 number = 0;
        diary::IncidentType type = diary::IncidentType::Other;
        QDateTime start; // local time
        QString summary;
        int exhibitCount = 0;
        bool approximate = false;
        bool breach = false;
        bool reported = false;
        bool amended = false;
        bool deleted = false;
    };
    struct Row
    {
        RowKind kind;
        QDate day;
        int entry = -1; // index into m_entries for incident rows
    };
    static Entry entryFrom(const diary::IncidentRecord& record);
    QVariant incidentData(const Entry& entry, int role) const;
    QVariant dayData(const QDate& day, int role) const;

    diary::IncidentRepository* m_repository = nullptr;
    diary::IncidentFilter m_filter;
    QString m_query;
    QDateTime m_boundary;          // UTC start of the last row fetched
    QSet<qint64> m_seenAtBoundary; // numbers of the rows fetched that start in that same second
    bool m_requireQuery = false;
    int m_pageSize;
    bool m_exhausted = true;
    QString m_error;
    std::vector<Entry> m_entries;
    std::vector<Row> m_rows;
};

} // namespace daymark::ui
