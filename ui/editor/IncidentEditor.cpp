// The form keeps what was typed whatever happens: a problem is shown beside its section and the fields stay as
// they are; an error from the diary is shown as its own sentence. Exhibits are written to the diary as they are
// attached (for a new incident, right after its first save), on a worker thread, the editor disabled meanwhile.
#include "editor/IncidentEditor.h"

#include "access/DiaryFileDialog.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "editor/AmendReasonDialog.h"
#include "editor/ExhibitsSection.h"
#include "editor/PoliceSection.h"
#include "editor/TextSection.h"
#include "editor/WhatSection.h"
#include "editor/WhenSection.h"
#include "editor/WhereSection.h"
#include "editor/WhoSection.h"
#include "history/HistoryView.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimeZone>
#include <QVBoxLayout>

namespace daymark::ui {

IncidentEditor::IncidentEditor(diary::Diary& diary, const QUuid& incident, QWidget* parent)
    : QDialog(parent), m_diary(diary), m_navigation(new QListWidget(this)), m_scroll(new QScrollArea(this)),
      m_form(new QWidget), m_message(new InlineMessage(InlineMessage::Kind::Error, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save)), m_history(new QPushButton(tr("&History…"), this)),
      m_attacher(new ExhibitAttacher(diary, this))
{
    setObjectName(QStringLiteral("incidentEditor"));
    setAcceptDrops(true);
    diary::Incident values;
    bool loaded = true;
    if (!incident.isNull()) {
        try {
            m_record = m_diary.incidents().get(incident);
            values = m_record->incident;
        } catch (const Error& error) {
            m_message->showMessage(error.message());
            loaded = false;
        }
    } else {
        // Whole minutes in the computer's zone, from the diary's clock (the one that stamps the recording time).
        const QDateTime now = m_diary.clock().nowUtc().toTimeZone(QTimeZone::systemTimeZone());
        values.start = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), now.timeZone());
    }

    auto* column = new QVBoxLayout(m_form);
    column->setContentsMargins(16, 0, 16, 16);
    addSection(new WhenSection(m_form));
    addSection(new WhatSection(m_form));
    addSection(new WhereSection(m_form));
    m_who = new WhoSection(diary, m_form);
    addSection(m_who);
    addSection(new TextSection(tr("Impact"),
                               tr("How it affected you: fear, distress, what you changed in your daily life because "
                                  "of it. Police and courts need to know this."),
                               tr("Effect o&n you:"), &diary::Incident::impact, "editorImpact", m_form));
    addSection(new PoliceSection(diary, m_form));
    m_exhibits = new ExhibitsSection(m_form);
    addSection(m_exhibits);
    addSection(new TextSection(tr("Private notes"),
                               tr("Only for you: private notes are left out of exports and of the bundle for the "
                                  "police, unless you choose to include them when you export."),
                               tr("Pri&vate notes:"), &diary::Incident::notes, "editorNotes", m_form));
    column->addStretch(1);

    m_navigation->setObjectName(QStringLiteral("editorSections"));
    m_navigation->setAccessibleName(tr("Sections of the incident"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + 40);
    m_scroll->setObjectName(QStringLiteral("editorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_form);

    // Enter in a field does not save: a long form is saved on purpose (the button or Ctrl+S), not by a stray key.
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_save->setToolTip(tr("Save this incident (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("editorCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_history->setObjectName(QStringLiteral("editorHistory"));
    m_history->setToolTip(tr("Every version of this incident, side by side"));
    m_history->setAutoDefault(false);
    m_buttons->addButton(m_history, QDialogButtonBox::ResetRole);
    m_message->setObjectName(QStringLiteral("editorMessage"));

    auto* body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);
    auto* pasteAction = new QAction(this); // Ctrl+V where no text field takes it; text fields: see eventFilter
    pasteAction->setShortcut(QKeySequence::Paste);
    addAction(pasteAction);
    const QList<QWidget*> widgets = m_form->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget))
            widget->installEventFilter(this);
        if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            text->viewport()->installEventFilter(this); // drops arrive at the viewport
    }

    // One label width for every section, so the fields line up down the whole form; very long labels wrap.
    int labelWidth = 0;
    const int labelCap = fontMetrics().averageCharWidth() * 26;
    for (const EditorSection* section : std::as_const(m_sections)) {
        for (const QLabel* label : section->labels())
            labelWidth = std::max(labelWidth, label->fontMetrics().horizontalAdvance(plainLabel(label->text())) + 8);
    }
    for (const EditorSection* section : std::as_const(m_sections)) {
        for (QLabel* label : section->labels())
            label->setMinimumWidth(std::min(labelWidth, labelCap));
    }

    // The Tab order follows the page as it is read: sections, then the buttons.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    QList<QWidget*> order{m_navigation};
    for (const EditorSection* section : std::as_const(m_sections))
        order << section->focusOrder();
    order << m_history << m_save << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_sections.size())
            m_scroll->verticalScrollBar()->setValue(m_sections[row]->y());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IncidentEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IncidentEditor::reject);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (m_record)
            (new HistoryView(m_diary, m_record->incident.id, this))->open();
    });
    connect(saveAction, &QAction::triggered, this, &IncidentEditor::save);
    connect(pasteAction, &QAction::triggered, this, [this] {
        if (!pasteFromClipboard())
            showError(tr("The clipboard holds no picture or file to attach. Copy a screenshot first, then paste."));
    });
    connect(m_exhibits, &ExhibitsSection::attachRequested, this,
            [this] { attachFiles(DiaryFileDialog::chooseEvidenceFiles(this)); });
    connect(m_exhibits, &ExhibitsSection::pasteRequested, this, [this] {
        if (!pasteFromClipboard())
            showError(tr("The clipboard holds no picture or file to attach. Copy a screenshot first, then paste."));
    });
    connect(m_who, &WhoSection::message, this, [this](const QString& text, bool error) {
        m_message->setKind(error ? InlineMessage::Kind::Error : InlineMessage::Kind::Success);
        m_message->showMessage(text);
    });
    connect(m_attacher, &ExhibitAttacher::finished, this, &IncidentEditor::attached);

    m_original = values;
    load(values);
    m_baseline = formValues();
    m_exhibits->setSaved(!isNew());
    refreshExhibits();
    m_save->setEnabled(loaded);
    updateTitle();

    QSize size(940, 760);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    // A new incident starts at what happened (the time is already now); an existing one at the list of sections,
    // so no stray key replaces a field that is shown selected.
    if (auto* summary = m_form->findChild<QLineEdit*>(QStringLiteral("editorSummary")); summary && isNew())
        summary->setFocus();
    else
        m_navigation->setFocus();
}

void IncidentEditor::addSection(EditorSection* section)
{
    m_sections << section;
    m_form->layout()->addWidget(section);
    auto* item = new QListWidgetItem(section->title(), m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() + 14));
    connect(section, &EditorSection::edited, this, [section] {
        if (!section->shownProblem().isEmpty())
            section->showProblem(); // the note goes as soon as the problem is put right
    });
}

void IncidentEditor::load(const diary::Incident& incident)
{
    for (EditorSection* section : std::as_const(m_sections))
        section->load(incident);
}

void IncidentEditor::setDraft(const diary::Incident& values)
{
    load(values);
}

diary::Incident IncidentEditor::formValues() const
{
    diary::Incident incident = m_record ? m_record->incident : m_original;
    for (const EditorSection* section : m_sections)
        section->store(incident);
    return incident;
}

bool IncidentEditor::hasChanges() const
{
    return !m_waiting.isEmpty() || formValues() != m_baseline;
}

bool IncidentEditor::checkForm()
{
    EditorSection* first = nullptr;
    for (EditorSection* section : std::as_const(m_sections)) {
        if (!section->showProblem() && !first)
            first = section;
    }
    if (!first)
        return true;
    QWidget* field = nullptr;
    first->problem(&field);
    showError(tr("This cannot be saved yet: see the note under “%1”. Nothing you typed is lost.").arg(first->title()));
    m_scroll->ensureWidgetVisible(first);
    if (field) {
        m_scroll->ensureWidgetVisible(field);
        field->setFocus();
    }
    return false;
}

void IncidentEditor::save()
{
    if (isBusy() || !m_save->isEnabled() || !checkForm())
        return;
    const diary::Incident incident = formValues();
    if (isNew()) {
        saveNew(incident);
    } else if (incident == m_baseline) {
        QDialog::accept(); // nothing changed: no amendment to record
    } else if (!m_fixedReason.isEmpty()) {
        saveAmendment(incident, m_fixedReason);
    } else {
        askReason(incident);
    }
}

bool IncidentEditor::saveBeforeLock()
{
    if (!hasChanges() || isBusy())
        return !hasChanges();
    if (!checkForm())
        return false;
    const diary::Incident incident = formValues();
    try {
        if (isNew())
            m_record = m_diary.incidents().add(incident);
        else
            m_record = m_diary.incidents().amend(incident, m_fixedReason.isEmpty()
                                                               ? tr("Saved automatically when the diary was locked")
                                                               : m_fixedReason);
    } catch (const Error&) {
        return false;
    }
    m_baseline = formValues();
    return true;
}

void IncidentEditor::saveNew(const diary::Incident& incident)
{
    try {
        m_record = m_diary.incidents().add(incident);
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    m_baseline = formValues();
    m_exhibits->setSaved(true);
    updateTitle();
    if (m_waiting.isEmpty()) {
        finishSaved();
        return;
    }
    const QList<AttachItem> waiting = std::exchange(m_waiting, {});
    m_exhibits->setWaiting({});
    m_closeAfterAttach = true;
    attach(waiting);
}

void IncidentEditor::askReason(const diary::Incident& incident)
{
    auto* dialog = new AmendReasonDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, incident] { saveAmendment(incident, dialog->reason()); });
    dialog->open();
}

void IncidentEditor::saveAmendment(const diary::Incident& incident, const QString& reason)
{
    try {
        m_record = m_diary.incidents().amend(incident, reason);
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    m_baseline = formValues();
    finishSaved();
}

void IncidentEditor::finishSaved()
{
    Q_EMIT saved(*m_record);
    QDialog::accept();
}

void IncidentEditor::reject()
{
    if (isBusy())
        return; // the progress dialog's Cancel stops the work first
    if (hasChanges()) {
        askUnsaved();
        return;
    }
    QDialog::reject();
}

void IncidentEditor::askUnsaved()
{
    const auto boxes = findChildren<QMessageBox*>(QStringLiteral("editorUnsaved"));
    for (const QMessageBox* box : boxes) {
        if (box->isVisible())
            return; // already asking (a closed one may linger until deleted)
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Save the changes?"),
                                isNew() ? tr("This incident is not saved yet. Save it before closing?")
                                        : tr("You changed this incident. Save the changes before closing?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("editorUnsaved"));
    box->setInformativeText(tr("If you discard them, what you typed here is lost."));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->button(QMessageBox::Discard)->setText(tr("Discard"));
    box->button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            save();
        } else if (answer == QMessageBox::Discard) {
            m_waiting.clear(); // pasted pictures go with the rest
            QDialog::reject();
        }
    });
    box->open();
}

void IncidentEditor::setBusy(bool busy)
{
    // Nothing else may use the diary while the worker does; the progress dialog covers only the slow case.
    m_navigation->setEnabled(!busy);
    m_scroll->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void IncidentEditor::showError(const QString& text)
{
    m_message->setKind(InlineMessage::Kind::Error);
    m_message->showMessage(text);
}

void IncidentEditor::updateTitle()
{
    setWindowTitle(isNew() ? tr("New incident") : tr("Incident no. %1").arg(QLocale().toString(m_record->number)));
    m_history->setVisible(!isNew());
}

} // namespace daymark::ui
