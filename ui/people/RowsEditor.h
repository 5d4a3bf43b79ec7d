// A small table of rows with fixed columns (a vehicle's make, model, colour and registration; a platform and
// handle), with buttons to add and remove a row. Empty rows are left out of rows().
#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace daymark::ui {

class RowsEditor : public QWidget
{
    Q_OBJECT

public:
    // `what` names one row for buttons and screen readers ("vehicle", "account").
    RowsEditor(const QStringList& columns, const QString& addText, const QString& removeText,
               QWidget* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    QList<QStringList> rows() const;
    QTableWidget* table() const { return m_table; }
    // Adds an empty row and starts editing its first cell.
    void addRow();

Q_SIGNALS:
    void changed();

private:
    void removeRow();
    void updateHeight();

    int m_columns;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace daymark::ui
