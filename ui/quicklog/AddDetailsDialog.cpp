// The amendment's reason is fixed and plain, so the history reads truthfully: details added after a quick log.
#include "quicklog/AddDetailsDialog.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace daymark::ui {

AddDetailsDialog::AddDetailsDialog(diary::Diary& diary, const QUuid& incident, QWidget* parent)
    : QDialog(parent), m_diary(diary), m_incident(incident), m_details(new QPlainTextEdit(this)),
      m_place(new QLineEdit(this)), m_error(new InlineMessage(InlineMessage::Kind::Error, this))
{
    setObjectName(QStringLiteral("addDetails"));
    setWindowTitle(tr("Add details"));
    resize(520, 380);
    m_details->setObjectName(QStringLiteral("addDetailsText"));
    m_details->setTabChangesFocus(true);
    m_place->setObjectName(QStringLiteral("addDetailsPlace"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("addDetailsSave"));
    auto* more = buttons->addButton(tr("&More details…"), QDialogButtonBox::ActionRole);
    more->setObjectName(QStringLiteral("addDetailsMore"));
    more->setToolTip(tr("Open the full incident: who was there, the police, exhibits and more. What you typed "
                        "here goes with it."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(
        pageLayout::makeLabelledField(tr("&What happened? The exact words, if you know them."), m_details));
    layout->addLayout(pageLayout::makeLabelledField(tr("Wh&ere?"), m_place));
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_error->hide();

    try {
        const diary::IncidentRecord record = m_diary.incidents().get(m_incident);
        m_details->setPlainText(record.incident.details);
        m_place->setText(record.incident.place);
    } catch (const Error& error) {
        m_error->showMessage(error.message());
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &AddDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(more, &QPushButton::clicked, this, [this] {
        // Nothing is saved here: the editor shows what was typed as unsaved changes, and asks before losing them.
        Q_EMIT fullEditorRequested(m_incident, m_details->toPlainText().trimmed(), m_place->text().trimmed());
        QDialog::reject();
    });
    m_details->setFocus();
}

void AddDetailsDialog::accept()
{
    try {
        diary::Incident changed = m_diary.incidents().get(m_incident).incident;
        const QString details = m_details->toPlainText().trimmed();
        const QString place = m_place->text().trimmed();
        if (details == changed.details && place == changed.place) {
            QDialog::accept(); // nothing new: no amendment to record
            return;
        }
        changed.details = details;
        changed.place = place;
        m_diary.incidents().amend(changed, tr("Details added after a quick log"));
    } catch (const Error& error) {
        m_error->showMessage(error.message()); // the text stays, so nothing typed is lost
        return;
    }
    Q_EMIT saved(m_incident);
    QDialog::accept();
}

} // namespace daymark::ui
