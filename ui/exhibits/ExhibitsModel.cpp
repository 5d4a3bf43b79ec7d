// Times are shown in local time without seconds; sizes as a person reads them ("2.4 MB").
#include "exhibits/ExhibitsModel.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "exhibits/ThumbnailCache.h"
#include "timeline/TimelineText.h"

#include <QLocale>
#include <QPixmap>

namespace daymark::ui {

ExhibitsModel::ExhibitsModel(QObject* parent) : QAbstractTableModel(parent), m_thumbnails(new ThumbnailCache(this))
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QUuid& id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, LabelColumn), index(row, LabelColumn), {Qt::DecorationRole});
    });
}

void ExhibitsModel::setDiary(diary::Diary* diary)
{
    m_diary = diary;
    m_thumbnails->setRepository(diary ? &diary->exhibits() : nullptr);
    reload();
}

void ExhibitsModel::reload()
{
    beginResetModel();
    m_records.clear();
    m_incidentNumbers.clear();
    m_error.clear();
    if (m_diary) {
        try {
            m_records = m_diary->exhibits().list();
            for (const evidence::ExhibitRecord& record : m_records)
                for (const QUuid& incident : record.exhibit.incidents)
                    if (!m_incidentNumbers.contains(incident))
                        if (const auto found = m_diary->incidents().find(incident))
                            m_incidentNumbers.insert(incident, found->number);
        } catch (const Error& error) {
            m_error = error.message();
        }
    }
    endResetModel();
}

const evidence::ExhibitRecord* ExhibitsModel::record(int row) const
{
    return row >= 0 && row < static_cast<int>(m_records.size()) ? &m_records[static_cast<size_t>(row)] : nullptr;
}

int ExhibitsModel::rowOf(const QUuid& id) const
{
    for (size_t row = 0; row < m_records.size(); ++row)
        if (m_records[row].exhibit.id == id)
            return static_cast<int>(row);
    return -1;
}

QString ExhibitsModel::incidentNumbers(const evidence::Exhibit& exhibit) const
{
    QStringList numbers;
    for (const QUuid& incident : exhibit.incidents) {
        const auto found = m_incidentNumbers.constFind(incident);
        numbers << (found == m_incidentNumbers.constEnd() ? tr("a deleted incident")
                                                          : tr("No. %1").arg(QLocale().toString(*found)));
    }
    return numbers.isEmpty() ? tr("None") : numbers.join(tr(", ", "between incident numbers"));
}

int ExhibitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ExhibitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Columns;
}

QVariant ExhibitsModel::data(const QModelIndex& index, int role) const
{
    const evidence::ExhibitRecord* r = index.isValid() ? record(index.row()) : nullptr;
    if (!r)
        return {};
    const evidence::Exhibit& e = r->exhibit;
    if (role == IdRole)
        return e.id;
    if (role == Qt::DecorationRole && index.column() == LabelColumn) {
        if (!e.mediaType.startsWith(QLatin1String("image/")))
            return {};
        QImage image = m_thumbnails->thumbnail(e.id);
        return image.isNull() ? QVariant() : QVariant(QPixmap::fromImage(image));
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return e.description.isEmpty() ? e.originalName : tr("%1\n%2").arg(e.originalName, e.description);
    const QDateTime added = r->addedAt.toLocalTime();
    if (role == SortRole) {
        switch (index.column()) {
        case LabelColumn:
            return r->number;
        case SizeColumn:
            return e.size;
        case AddedColumn:
            return r->addedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return e.label;
    case NameColumn:
        return e.originalName;
    case SizeColumn:
        return QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat);
    case TypeColumn:
        return e.mediaType;
    case HowColumn: {
        const QString how = evidence::howObtainedName(e.howObtained);
        return how.isEmpty() ? e.howObtained : how;
    }
    case AddedColumn:
        return tr("%1 %2", "date time")
            .arg(QLocale().toString(added.date(), QLocale::ShortFormat), timelineText::timeText(added.time()));
    case IncidentsColumn:
        return incidentNumbers(e);
    default:
        return {};
    }
}

QVariant ExhibitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Exhibit");
    case NameColumn:
        return tr("Original name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case HowColumn:
        return tr("How obtained");
    case AddedColumn:
        return tr("Added");
    case IncidentsColumn:
        return tr("Incidents");
    default:
        return {};
    }
}

} // namespace daymark::ui
