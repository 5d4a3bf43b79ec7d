// Choosing a new password: the password twice, its strength as it is typed, and what is wrong with it, shown
// right beside the fields. A very weak password needs an explicit "use it anyway".
#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace daymark::ui {

class InlineMessage;
class PasswordStrengthMeter;

class NewPasswordFields : public QWidget
{
    Q_OBJECT

public:
    explicit NewPasswordFields(QWidget* parent = nullptr);

    // True when the password can be used; otherwise says why beside the fields and focuses the one to fix.
    bool validate();
    // The password as bytes that are wiped when freed; both fields are emptied.
    crypto::SecureBytes takePassword();
    void clear();
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    // The last widget of the fields in tab order (the "use it anyway" box).
    QWidget* lastInput() const;

Q_SIGNALS:
    // Enter was pressed in one of the fields.
    void submitted();

private:
    void updateFeedback();

    QLineEdit* m_password;
    QLineEdit* m_repeat;
    PasswordStrengthMeter* m_meter;
    QCheckBox* m_acceptWeak;
    InlineMessage* m_problem;
    bool m_checkedOnce = false;
};

} // namespace daymark::ui
