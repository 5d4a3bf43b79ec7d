// A small dialog with one line for the reason; Enter gives it, Escape cancels.
#include "people/ReasonDialog.h"

#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, const QString& okText, bool required,
                           Action action, QWidget* parent)
    : QDialog(parent), m_action(std::move(action)), m_required(required), m_reason(new QLineEdit(this)), m_ok(nullptr),
      m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setMinimumWidth(440);
    m_reason->setObjectName(QStringLiteral("reasonText"));
    m_error->setObjectName(QStringLiteral("reasonError"));
    m_reason->setAccessibleName(question);
    m_reason->setPlaceholderText(required ? tr("Required") : tr("Optional"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("reasonOk"));
    m_ok->setText(okText);
    m_ok->setEnabled(!required);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(pageLayout::makeLabelledField(question, m_reason));
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ok->setEnabled(!m_required || !text.trimmed().isEmpty());
        m_error->dismiss();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

ReasonDialog* ReasonDialog::ask(QWidget* parent, const QString& title, const QString& question, const QString& okText,
                                bool required, Action action)
{
    auto* dialog = new ReasonDialog(title, question, okText, required, std::move(action), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void ReasonDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    if (m_required && reason.isEmpty())
        return;
    const QString error = m_action ? m_action(reason) : QString();
    if (!error.isEmpty()) {
        m_error->showMessage(error);
        return;
    }
    QDialog::accept();
}

} // namespace daymark::ui
