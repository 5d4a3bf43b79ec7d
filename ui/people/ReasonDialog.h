// Asks why a change is made (an amendment, a deletion, a restoration): the diary keeps the reason in its journal,
// as a police notebook would. The action runs when the reason is given; a failure is shown in the dialog, which
// stays open with the reason typed so far. Used by the People, Orders and Exhibits panels.
#pragma once

#include <QDialog>
#include <functional>

class QLineEdit;
class QPushButton;

namespace daymark::ui {

class InlineMessage;

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    // Runs with the reason given; returns an error sentence to show, or an empty string when it succeeded.
    using Action = std::function<QString(const QString& reason)>;

    // `required`: the OK button stays disabled until a reason is typed.
    ReasonDialog(const QString& title, const QString& question, const QString& okText, bool required, Action action,
                 QWidget* parent = nullptr);

    // Opens a window-modal dialog that deletes itself when closed.
    static ReasonDialog* ask(QWidget* parent, const QString& title, const QString& question, const QString& okText,
                             bool required, Action action);

    void accept() override;

private:
    Action m_action;
    bool m_required;
    QLineEdit* m_reason;
    QPushButton* m_ok;
    InlineMessage* m_error;
};

} // namespace daymark::ui
