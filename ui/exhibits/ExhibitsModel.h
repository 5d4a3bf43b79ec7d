// The exhibits as a table model: one row per exhibit in number order (JS/1, JS/2, …), with a thumbnail for images
// made lazily by ThumbnailCache. Rows hold the exhibit records; nothing decrypted beyond the pictures is kept.
#pragma once

#include "evidence/Exhibit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ThumbnailCache;

class ExhibitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, NameColumn, SizeColumn, TypeColumn, HowColumn, AddedColumn, IncidentsColumn, Columns };
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        SortRole,                  // a value that sorts the column properly (numbers, times)
    };

    explicit ExhibitsModel(QObject* parent = nullptr);

    // Shows the exhibits of `diary` (which must stay open until setDiary(nullptr)); null empties the model.
    void setDiary(diary::Diary* diary);
    void reload();
    ThumbnailCache* thumbnails() const { return m_thumbnails; }

    // The record of a row of this model (not of a proxy), or null.
    const evidence::ExhibitRecord* record(int row) const;
    int rowOf(const QUuid& id) const;
    // "No. 3, No. 12": the incidents an exhibit belongs to, by their numbers.
    QString incidentNumbers(const evidence::Exhibit& exhibit) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    diary::Diary* m_diary = nullptr;
    std::vector<evidence::ExhibitRecord> m_records;
    QHash<QUuid, qint64> m_incidentNumbers;
    ThumbnailCache* m_thumbnails;
    QString m_error;
};

} // namespace daymark::ui
