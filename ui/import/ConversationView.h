// The conversation of an export as it was: a table of messages and calls (when, who, what, with a tick per message
// when they are chosen one by one), two lines of each message in the list and the whole of the selected one below it
// in large type. Rows have one fixed height, so a chat of 100,000 messages scrolls as quickly as one of ten.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace daymark::ui {

class ImportPreviewModel;

class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(ImportPreviewModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLabel* details() const { return m_details; }
    // Shows the check-box column (the model must be checkable too).
    void showChoices(bool show);

private:
    void showDetails();

    ImportPreviewModel* m_model;
    QTableView* m_table;
    QLabel* m_details;
};

} // namespace daymark::ui
