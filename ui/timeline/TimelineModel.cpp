// Paging uses the repository's list(filter, limit, offset); a page shorter than asked for means the end.
#include "timeline/TimelineModel.h"

#include "common/Error.h"
#include "diary/Incident.h"
#include "diary/IncidentRepository.h"
#include "timeline/TimelineText.h"

#include <QLocale>

namespace daymark::ui {

TimelineModel::TimelineModel(QObject* parent, int pageSize) : QAbstractListModel(parent), m_pageSize(pageSize) {}

void TimelineModel::setRepository(diary::IncidentRepository* repository)
{
    m_repository = repository;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_entries.shrink_to_fit(); // a locked diary leaves nothing of itself in memory that can be freed
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_error.clear();
    m_boundary = QDateTime();
    m_seenAtBoundary.clear();
    m_exhausted = m_repository == nullptr || (m_requireQuery && m_query.isEmpty());
    endResetModel();
}

void TimelineModel::setFilter(const diary::IncidentFilter& filter)
{
    m_filter = filter;
    reload();
}

void TimelineModel::setQuery(const QString& query)
{
    m_query = query.trimmed();
    reload();
}

QModelIndex TimelineModel::indexOf(const QUuid& id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows[row];
        if (r.kind == RowKind::Incident && m_entries[static_cast<std::size_t>(r.entry)].id == id)
            return index(static_cast<int>(row));
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows[static_cast<std::size_t>(index.row())].kind == RowKind::Day)
        return Qt::ItemIsEnabled; // a heading: not something to select or open
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == KindRole)
        return static_cast<int>(row.kind);
    if (role == DayRole)
        return row.day;
    if (row.kind == RowKind::Day)
        return dayData(row.day, role);
    return incidentData(m_entries[static_cast<std::size_t>(row.entry)], role);
}

QVariant TimelineModel::dayData(const QDate& day, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return timelineText::dayHeading(day, QDate::currentDate());
    return {};
}

QVariant TimelineModel::incidentData(const Entry& entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return entry.summary;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return timelineText::describe(entry.start, entry.approximate, entry.type, entry.summary, entry.exhibitCount,
                                      entry.breach, entry.reported, entry.amended);
    case IdRole:
        return entry.id;
    case NumberRole:
        return entry.number;
    case TypeRole:
        return static_cast<int>(entry.type);
    case TimeTextRole:
        return timelineText::timeText(entry.start.time());
    case ApproximateRole:
        return entry.approximate;
    case ExhibitCountRole:
        return entry.exhibitCount;
    case BreachRole:
        return entry.breach;
    case ReportedRole:
        return entry.reported;
    case AmendedRole:
        return entry.amended;
    case DeletedRole:
        return entry.deleted;
    default:
        return {};
    }
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<diary::IncidentRecord> page;
    try {
        // Keyset paging: the next page starts at the last row's second, not at an offset, so reading page 900 costs
        // what page 1 does. Rows of that second already shown are skipped by number.
        diary::IncidentFilter filter = m_filter;
        if (m_boundary.isValid() && (!filter.to.isValid() || m_boundary.addSecs(1) < filter.to))
            filter.to = m_boundary.addSecs(1);
        const int wanted = m_pageSize + static_cast<int>(m_seenAtBoundary.size());
        page = m_query.isEmpty() ? m_repository->list(filter, wanted, 0)
                                 : m_repository->search(m_query, filter, wanted, 0);
        m_exhausted = static_cast<int>(page.size()) < wanted;
        std::erase_if(page,
                      [this](const diary::IncidentRecord& record) { return m_seenAtBoundary.contains(record.number); });
        if (!page.empty()) {
            const QDateTime last = page.back().incident.start.toUTC();
            if (last != m_boundary)
                m_seenAtBoundary.clear();
            m_boundary = last;
            for (auto it = page.rbegin(); it != page.rend() && it->incident.start.toUTC() == last; ++it)
                m_seenAtBoundary.insert(it->number);
        }
    } catch (const Error& error) {
        m_exhausted = true; // no retry loop against a broken file; reloading tries again
        m_error = error.message();
        Q_EMIT loadFailed(m_error);
        return;
    }
    if (page.empty()) {
        Q_EMIT pageFetched();
        return;
    }

    std::vector<Row> added;
    added.reserve(page.size() + 8);
    QDate lastDay = m_rows.empty() ? QDate() : m_rows.back().day;
    int entry = static_cast<int>(m_entries.size());
    for (const diary::IncidentRecord& record : page) {
        Entry e = entryFrom(record);
        const QDate day = e.start.date();
        if (day != lastDay) {
            added.push_back({RowKind::Day, day, -1});
            lastDay = day;
        }
        added.push_back({RowKind::Incident, day, entry++});
        m_entries.push_back(std::move(e));
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.insert(m_rows.end(), added.begin(), added.end());
    endInsertRows();
    Q_EMIT pageFetched();
}

TimelineModel::Entry TimelineModel::entryFrom(const diary::IncidentRecord& record)
{
    const diary::Incident& i = record.incident;
    Entry e;
    e.id = i.id;
    e.number = record.number;
    e.type = i.type;
    e.start = i.start.toLocalTime();
    e.summary = i.summary;
    e.exhibitCount = record.exhibitCount;
    e.approximate = i.approximate;
    e.breach = i.type == diary::IncidentType::Breach || !i.breaches.isEmpty();
    e.reported = i.reportedToPolice;
    e.amended = record.amended();
    e.deleted = record.deleted;
    return e;
}

} // namespace daymark::ui
