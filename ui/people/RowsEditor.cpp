// The table grows with its rows (no scroll bar inside a scrolling form) and is edited in place by keyboard: Tab
// moves between cells, F2 or typing edits, the buttons add and remove rows.
#include "people/RowsEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace daymark::ui {

RowsEditor::RowsEditor(const QStringList& columns, const QString& addText, const QString& removeText, QWidget* parent)
    : QWidget(parent), m_columns(static_cast<int>(columns.size())), m_table(new QTableWidget(0, m_columns, this)),
      m_add(new QPushButton(addText, this)), m_remove(new QPushButton(removeText, this))
{
    m_table->setHorizontalHeaderLabels(columns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, so the form can be crossed by keyboard
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_remove->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, &RowsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowsEditor::removeRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::itemChanged, this, &RowsEditor::changed);
    updateHeight();
}

void RowsEditor::setRows(const QList<QStringList>& rows)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QStringList& values : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < m_columns; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(values.value(column)));
    }
    m_remove->setEnabled(false);
    updateHeight();
}

QList<QStringList> RowsEditor::rows() const
{
    QList<QStringList> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList values;
        bool empty = true;
        for (int column = 0; column < m_columns; ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            values << (item ? item->text().trimmed() : QString());
            empty = empty && values.constLast().isEmpty();
        }
        if (!empty)
            out << values;
    }
    return out;
}

void RowsEditor::addRow()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        for (int column = 0; column < m_columns; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    updateHeight();
    m_table->setFocus();
    m_table->setCurrentCell(row, 0);
    // After the layout has made room for the new row: an editor cannot open on a row not yet shown.
    QTimer::singleShot(0, m_table, [table = m_table, row] {
        if (row < table->rowCount() && table->isVisible())
            table->editItem(table->item(row, 0));
    });
}

void RowsEditor::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateHeight();
    Q_EMIT changed();
    if (m_table->rowCount() == 0)
        m_add->setFocus();
}

void RowsEditor::updateHeight()
{
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    height += std::max(1, m_table->rowCount()) * rowHeight;
    m_table->setFixedHeight(height);
}

} // namespace daymark::ui
