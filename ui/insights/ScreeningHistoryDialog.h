// A read-only view of the screening answers as they stood after an earlier save: each question with the answer it
// had then, its note and when that answer was given.
#pragma once

#include "insights/Screening.h"

#include <QDialog>
#include <optional>
#include <vector>

class QTableWidget;

namespace daymark::ui {

class ScreeningHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    struct Line
    {
        QString question;
        std::optional<insights::ScreeningAnswer> answer; // none: not answered by then
    };

    ScreeningHistoryDialog(const QString& when, const std::vector<Line>& lines, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace daymark::ui
