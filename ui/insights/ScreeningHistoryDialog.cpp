// A table that wraps long questions; nothing in it can be edited.
#include "insights/ScreeningHistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daymark::ui {

ScreeningHistoryDialog::ScreeningHistoryDialog(const QString& when, const std::vector<Line>& lines, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(int(lines.size()), 4, this))
{
    setObjectName(QStringLiteral("screeningHistoryDialog"));
    setWindowTitle(tr("Earlier screening answers"));
    auto* intro = new QLabel(tr("Your answers as they stood after the save of %1. Later answers do not replace "
                                "them: every save is kept.")
                                 .arg(when),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("screeningHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Answer"), tr("Note"), tr("Answered on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(2, 200);
    const QLocale locale;
    for (int row = 0; row < int(lines.size()); ++row) {
        const Line& line = lines[std::size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(line.question));
        if (line.answer) {
            m_table->setItem(row, 1, new QTableWidgetItem(insights::answerName(line.answer->answer)));
            m_table->setItem(row, 2, new QTableWidgetItem(line.answer->note));
            m_table->setItem(row, 3,
                             new QTableWidgetItem(
                                 locale.toString(line.answer->answeredAt.toLocalTime().date(), QLocale::ShortFormat)));
        } else {
            m_table->setItem(row, 1, new QTableWidgetItem(tr("Not answered")));
        }
    }
    m_table->resizeRowsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 560);
}

} // namespace daymark::ui
