// Every version of one incident as a table: a column per version (oldest first), a row per field, after rows for
// what was done, when it was recorded and why. A value that differs from the version before is marked changed.
#pragma once

#include "diary/IncidentRepository.h"
#include "history/IncidentFields.h"

#include <QAbstractTableModel>
#include <vector>

namespace daymark::ui {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row { ActionRow, RecordedRow, ReasonRow, FirstFieldRow };
    static constexpr int kChangedRole = Qt::UserRole + 1;

    HistoryModel(const std::vector<diary::IncidentVersion>& versions, const incidentFields::Names& names,
                 QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // True when the cell differs from the same row in the version before (never for the first version).
    bool changed(int row, int column) const;
    QString text(int row, int column) const;

    // "Written down", "Amended", "Deleted", "Restored".
    static QString actionName(const QString& action);

private:
    struct Column
    {
        int version = 1;
        QString action;
        QStringList cells;
    };
    std::vector<Column> m_columns;
    QStringList m_labels;
};

} // namespace daymark::ui
