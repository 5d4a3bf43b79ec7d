// The highlight is a fixed pair of text and background colours (as in InlineMessage), readable in light and dark
// palettes alike; changed cells are also bold and say "changed" to screen readers, so colour is not the only sign.
#include "history/HistoryModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace daymark::ui {

QString HistoryModel::actionName(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Written down");
    if (action == QLatin1String("amend"))
        return tr("Amended");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    return action;
}

HistoryModel::HistoryModel(const std::vector<diary::IncidentVersion>& versions, const incidentFields::Names& names,
                           QObject* parent)
    : QAbstractTableModel(parent), m_labels(incidentFields::labels())
{
    for (const diary::IncidentVersion& v : versions) {
        Column column;
        column.version = v.version;
        column.action = v.action;
        column.cells << actionName(v.action) << incidentFields::when(v.at.toLocalTime())
                     << (v.reason.isEmpty() && v.action == QLatin1String("create") ? tr("First written down")
                                                                                   : v.reason)
                     << incidentFields::values(v.incident, names);
        m_columns.push_back(column);
    }
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFieldRow + static_cast<int>(m_labels.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString HistoryModel::text(int row, int column) const
{
    if (column < 0 || column >= columnCount() || row < 0 || row >= rowCount())
        return {};
    return m_columns[static_cast<size_t>(column)].cells.value(row);
}

bool HistoryModel::changed(int row, int column) const
{
    if (column <= 0 || column >= columnCount())
        return false;
    if (row == ActionRow) // deletions and restorations stand out though no field changes
        return m_columns[static_cast<size_t>(column)].action != QLatin1String("amend");
    if (row < FirstFieldRow)
        return false;
    return text(row, column) != text(row, column - 1);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isChanged = changed(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case Qt::AccessibleTextRole:
        return isChanged ? tr("%1 (changed in this version)").arg(text(index.row(), index.column()))
                         : text(index.row(), index.column());
    case kChangedRole:
        return isChanged;
    case Qt::BackgroundRole:
        return isChanged ? QVariant(QBrush(QColor(0xfd, 0xf0, 0xc4))) : QVariant();
    case Qt::ForegroundRole:
        return isChanged ? QVariant(QBrush(QColor(0x3d, 0x33, 0x10))) : QVariant();
    case Qt::FontRole:
        if (isChanged || index.row() == ActionRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Column& column = m_columns[static_cast<size_t>(section)];
        const QString number = QLocale().toString(column.version);
        // A deletion or restoration changes no field, so it keeps the number of the version it acts on.
        if (column.action == QLatin1String("delete"))
            return tr("Version %1, deleted").arg(number);
        if (column.action == QLatin1String("restore"))
            return tr("Version %1, restored").arg(number);
        return tr("Version %1").arg(number);
    }
    switch (section) {
    case ActionRow:
        return tr("What was done");
    case RecordedRow:
        return tr("Recorded");
    case ReasonRow:
        return tr("Reason");
    default:
        return m_labels.value(section - FirstFieldRow);
    }
}

} // namespace daymark::ui
