// Asks why an incident is being changed. The reason is required: it is kept beside both versions in the history,
// as a police notebook keeps a correction beside the first entry.
#pragma once

#include <QDialog>

class QLineEdit;

namespace daymark::ui {

class InlineMessage;

class AmendReasonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AmendReasonDialog(QWidget* parent = nullptr);

    QString reason() const;
    void accept() override;

private:
    QLineEdit* m_reason;
    InlineMessage* m_problem;
};

} // namespace daymark::ui
