// Mismatches are reported while typing only once they can be told apart from "not finished yet": after the first
// attempt to go on, or when the repeated password is as long as the first.
#include "password/NewPasswordFields.h"

#include "password/PasswordStrengthMeter.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QLineEdit* makePasswordEdit(const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

NewPasswordFields::NewPasswordFields(QWidget* parent)
    : QWidget(parent), m_password(makePasswordEdit(tr("Password"), this)),
      m_repeat(makePasswordEdit(tr("Repeat the password"), this)), m_meter(new PasswordStrengthMeter(this)),
      m_acceptWeak(new QCheckBox(tr("Use this password anyway, although it is easy to guess"), this)),
      m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
{
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_meter->setObjectName(QStringLiteral("passwordStrength"));
    m_acceptWeak->setObjectName(QStringLiteral("acceptWeakPassword"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(pageLayout::makeLabelledField(tr("&Password"), m_password));
    layout->addWidget(m_meter);
    layout->addSpacing(4);
    layout->addLayout(pageLayout::makeLabelledField(tr("&Repeat the password"), m_repeat));
    layout->addWidget(m_problem);
    layout->addWidget(m_acceptWeak);
    m_acceptWeak->setVisible(false);
    m_meter->setAccessibleName(tr("Password strength"));
    setFocusProxy(m_password);

    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::updateFeedback);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::updateFeedback);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_repeat->text().isEmpty() && !m_password->text().isEmpty())
            m_repeat->setFocus(); // Enter after the first password goes on to repeating it
        else
            Q_EMIT submitted();
    });
    connect(m_repeat, &QLineEdit::returnPressed, this, &NewPasswordFields::submitted);
}

QWidget* NewPasswordFields::lastInput() const
{
    return m_acceptWeak;
}

bool NewPasswordFields::validate()
{
    m_checkedOnce = true;
    if (m_password->text().isEmpty()) {
        m_problem->showMessage(tr("Type a password to protect the diary."));
        m_password->setFocus();
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        m_problem->showMessage(tr("The two passwords are not the same. Type the same password in both fields."));
        m_repeat->setFocus();
        m_repeat->selectAll();
        return false;
    }
    if (m_meter->level() == PasswordStrength::Level::VeryWeak && !m_acceptWeak->isChecked()) {
        m_problem->showMessage(tr("This password is very easy to guess. Choose a stronger one, or tick “Use this "
                                  "password anyway” below if you need to keep it."));
        m_password->setFocus();
        return false;
    }
    m_problem->dismiss();
    return true;
}

crypto::SecureBytes NewPasswordFields::takePassword()
{
    // Empty the fields first, so our copy of the text is the last one and wiping it reaches the memory.
    QString typed = m_password->text();
    clear();
    crypto::SecureBytes password = crypto::secureUtf8(typed);
    crypto::wipe(typed);
    return password;
}

void NewPasswordFields::clear()
{
    m_password->setText(QString());
    m_repeat->setText(QString());
    m_acceptWeak->setChecked(false);
    m_checkedOnce = false;
    m_problem->dismiss();
}

void NewPasswordFields::updateFeedback()
{
    m_meter->setPassword(m_password->text());
    const bool veryWeak = m_meter->level() == PasswordStrength::Level::VeryWeak;
    if (!veryWeak)
        m_acceptWeak->setChecked(false);
    m_acceptWeak->setVisible(veryWeak);

    const QString first = m_password->text();
    const QString second = m_repeat->text();
    const bool judgeable = m_checkedOnce || second.size() >= first.size();
    if (!second.isEmpty() && judgeable && first != second)
        m_problem->showMessage(tr("The two passwords are not the same yet."));
    else if (m_problem->isVisible() && (first == second || second.isEmpty()))
        m_problem->dismiss();
}

} // namespace daymark::ui
