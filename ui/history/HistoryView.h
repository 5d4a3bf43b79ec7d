// The history of one incident: every version side by side, oldest on the left, changed values highlighted, with
// what was done, when it was recorded and the reason given. Deletions and restorations are shown too.
#pragma once

#include <QDialog>
#include <QUuid>

class QTableView;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class HistoryModel;

class HistoryView : public QDialog
{
    Q_OBJECT

public:
    // Reads the history and the names of people and orders now; keeps no reference to the diary.
    HistoryView(diary::Diary& diary, const QUuid& incident, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    HistoryModel* m_model = nullptr;
    QTableView* m_table;
};

} // namespace daymark::ui
