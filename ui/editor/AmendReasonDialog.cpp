// Suggestions complete as the person types; any words of their own are as good.
#include "editor/AmendReasonDialog.h"

#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {

AmendReasonDialog::AmendReasonDialog(QWidget* parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_problem(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setObjectName(QStringLiteral("amendReason"));
    setWindowTitle(tr("Why is it changed?"));
    setMinimumWidth(460);
    m_reason->setObjectName(QStringLiteral("amendReasonText"));
    m_reason->setPlaceholderText(tr("e.g. I remembered the exact words"));
    const QStringList suggestions{tr("I remembered more of what happened"),
                                  tr("I remembered the exact words"),
                                  tr("Corrected the time"),
                                  tr("Corrected a mistake"),
                                  tr("Added the police reference"),
                                  tr("Added who was there")};
    auto* completer = new QCompleter(suggestions, m_reason);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_reason->setCompleter(completer);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("amendReasonSave"));
    save->setText(tr("Save the change"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back to the incident"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(pageLayout::makeParagraph(
        tr("The entry as it was stays in the diary's history, with the time you wrote it. Say in a few words why "
           "you are changing it; the reason is kept beside the change."),
        this));
    layout->addLayout(pageLayout::makeLabelledField(tr("&Reason for the change:"), m_reason));
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

QString AmendReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void AmendReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_problem->showMessage(tr("Say in a few words why you are changing it, for example “Corrected the time”."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace daymark::ui
