// The list is rebuilt from the diary after every change, so it always shows what is saved.
#include "people/PeoplePanel.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/PersonRepository.h"
#include "people/PersonEditor.h"
#include "people/ReasonDialog.h"
#include "timeline/TimelineText.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDeletedRole = Qt::UserRole + 2;

} // namespace

PeoplePanel::PeoplePanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_new(new QPushButton(tr("&New person"), this)),
      m_showDeleted(new QCheckBox(tr("Show &deleted people"), this)), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_message(new InlineMessage(InlineMessage::Kind::Success, this)),
      m_editor(new PersonEditor(this)), m_delete(new QPushButton(tr("De&lete…"), this)),
      m_restore(new QPushButton(tr("Res&tore…"), this)), m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("peoplePanel"));
    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People in the diary"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_new->setObjectName(QStringLiteral("peopleNew"));
    m_new->setToolTip(tr("Add someone to the diary: the person harassing you, a witness, an officer (Alt+N)"));
    m_showDeleted->setObjectName(QStringLiteral("peopleShowDeleted"));
    m_title->setObjectName(QStringLiteral("peopleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setObjectName(QStringLiteral("peopleStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_editor->setObjectName(QStringLiteral("personEditor"));
    m_delete->setObjectName(QStringLiteral("peopleDelete"));
    m_delete->setToolTip(tr("Delete this person, giving a reason (Delete in the list). They can be restored."));
    m_restore->setObjectName(QStringLiteral("peopleRestore"));
    m_save->setObjectName(QStringLiteral("peopleSave"));
    m_save->setToolTip(tr("Save this person (Ctrl+S)"));
    m_save->setDefault(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_showDeleted);

    auto* formHolder = new QWidget;
    auto* formLayout = new QVBoxLayout(formHolder);
    formLayout->setContentsMargins(6, 0, 12, 12);
    formLayout->addWidget(m_editor);
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(formHolder);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 12, 12, 12);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 34, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_list);
    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_showDeleted);
    setTabOrder(m_showDeleted, m_editor);

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto* deleteAction = new QAction(tr("Delete"), m_list);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);

    connect(saveAction, &QAction::triggered, this, &PeoplePanel::save);
    connect(deleteAction, &QAction::triggered, this, &PeoplePanel::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &PeoplePanel::save);
    connect(m_new, &QPushButton::clicked, this, &PeoplePanel::newPerson);
    connect(m_delete, &QPushButton::clicked, this, &PeoplePanel::deleteSelected);
    connect(m_restore, &QPushButton::clicked, this, &PeoplePanel::restoreSelected);
    connect(m_showDeleted, &QCheckBox::toggled, this, [this] { reloadAndSelect(m_current); });
    connect(m_list, &QListWidget::currentItemChanged, this, &PeoplePanel::currentItemChanged);
    // Enter on a person goes to their details.
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_editor->nameField()->setFocus(); });
    connect(m_editor, &PersonEditor::changed, this, [this] {
        if (m_message->kind() == InlineMessage::Kind::Success)
            m_message->dismiss();
    });
    setDiary(nullptr);
}

void PeoplePanel::setDiary(diary::Diary* diary)
{
    closeDialogs();
    m_diary = diary;
    m_message->dismiss();
    {
        const QSignalBlocker blocker(m_showDeleted);
        m_showDeleted->setChecked(false);
    }
    m_current = QUuid();
    m_currentDeleted = false;
    reloadAndSelect({});
    showNewPerson();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0); // the person harassing you comes first
}

void PeoplePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_diary && !hasUnsavedChanges())
        reload();
}

void PeoplePanel::reload()
{
    reloadAndSelect(m_current);
}

void PeoplePanel::reloadAndSelect(const QUuid& id)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_diary) {
        try {
            for (const diary::PersonRecord& record : m_diary->people().list(m_showDeleted->isChecked())) {
                const diary::Person& p = record.person;
                const QString name = record.deleted ? tr("%1 (deleted)", "person's name").arg(p.name) : p.name;
                auto* item = new QListWidgetItem(tr("%1\n%2", "name, then role").arg(name, diary::roleName(p.role)));
                item->setData(kIdRole, p.id);
                item->setData(kDeletedRole, record.deleted);
                item->setData(Qt::AccessibleTextRole, tr("%1, %2", "name, role").arg(name, diary::roleName(p.role)));
                if (record.deleted) {
                    QFont font = item->font();
                    font.setItalic(true);
                    item->setFont(font);
                }
                m_list->addItem(item);
                if (p.id == id)
                    m_list->setCurrentItem(item);
            }
        } catch (const Error& error) {
            m_message->setKind(InlineMessage::Kind::Error);
            m_message->showMessage(error.message());
        }
    }
    if (!id.isNull() && m_list->currentItem())
        showPerson(id);
    else if (!id.isNull())
        showNewPerson(); // the person shown is no longer listed (deleted, with deleted people hidden)
    updateButtons();
}

void PeoplePanel::currentItemChanged(QListWidgetItem* current, QListWidgetItem* previous)
{
    if (!current)
        return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(previous);
        if (!previous)
            m_list->clearSelection();
        return;
    }
    m_message->dismiss();
    showPerson(current->data(kIdRole).toUuid());
}

void PeoplePanel::showPerson(const QUuid& id)
{
    if (!m_diary)
        return;
    try {
        const diary::PersonRecord record = m_diary->people().get(id);
        m_current = id;
        m_currentDeleted = record.deleted;
        m_editor->setPerson(record.person);
        m_baseline = m_editor->person();
        m_title->setText(record.person.name);
        const QDateTime local = record.recordedAt.toLocalTime();
        const QString recorded =
            tr("%1 at %2", "date at time")
                .arg(QLocale().toString(local.date(), QLocale::LongFormat), timelineText::timeText(local.time()));
        m_status->setText(
            record.deleted ? tr("Deleted. Restore this person to change their details.")
            : record.version > 1
                ? tr("First written down %1. Changed since: this is version %2.").arg(recorded).arg(record.version)
                : tr("First written down %1.").arg(recorded));
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message());
    }
    updateButtons();
}

bool PeoplePanel::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The details in the form are not saved yet. Do you want to leave them?"), QMessageBox::NoButton,
                    this);
    auto* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.addButton(tr("&Leave without saving"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() != keep;
}

void PeoplePanel::newPerson()
{
    if (confirmLeave())
        showNewPerson();
}

void PeoplePanel::showNewPerson()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_current = QUuid();
    m_currentDeleted = false;
    m_editor->setPerson({});
    m_baseline = m_editor->person();
    m_title->setText(tr("New person"));
    m_status->setText(m_diary && m_list->count() == 0
                          ? tr("Nobody is written down yet. Start with the person harassing you, if you know who it "
                               "is; a description will do if you do not know their name.")
                          : tr("Fill in what you know; everything but the name can wait."));
    updateButtons();
    if (m_diary && isVisible())
        m_editor->nameField()->setFocus();
}

bool PeoplePanel::hasUnsavedChanges() const
{
    return m_diary && !m_currentDeleted && m_editor->person() != m_baseline;
}

void PeoplePanel::save()
{
    if (!m_diary || m_currentDeleted)
        return;
    const diary::Person person = m_editor->person();
    if (m_current.isNull()) {
        try {
            const diary::PersonRecord record = m_diary->people().add(person);
            reloadAndSelect(record.person.id);
            m_message->setKind(InlineMessage::Kind::Success);
            m_message->showMessage(tr("%1 is saved in the diary.").arg(record.person.name));
        } catch (const Error& error) {
            m_message->setKind(InlineMessage::Kind::Error);
            m_message->showMessage(error.message());
        }
        return;
    }
    if (person == m_baseline) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Nothing was changed, so there is nothing to save."));
        return;
    }
    const QUuid id = m_current;
    ReasonDialog::ask(this, tr("Why change these details?"),
                      tr("&Why are you changing these details? The earlier version stays in the diary's history."),
                      tr("&Save the change"), true, [this, id, person](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              const diary::PersonRecord record = m_diary->people().amend(person, reason);
                              reloadAndSelect(id);
                              m_message->setKind(InlineMessage::Kind::Success);
                              m_message->showMessage(
                                  tr("Saved as version %1. The earlier version is kept.").arg(record.version));
                          } catch (const Error& error) {
                              m_message->setKind(InlineMessage::Kind::Error);
                              m_message->showMessage(error.message());
                          }
                          return QString();
                      });
}

void PeoplePanel::deleteSelected()
{
    if (!m_diary || m_current.isNull() || m_currentDeleted)
        return;
    const QUuid id = m_current;
    ReasonDialog::ask(this, tr("Delete %1?").arg(m_baseline.name),
                      tr("&Why are you deleting this person? They stay in the diary's history and can be restored."),
                      tr("&Delete"), true, [this, id](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              const diary::PersonRecord record = m_diary->people().remove(id, reason);
                              reloadAndSelect(id);
                              m_message->setKind(InlineMessage::Kind::Success);
                              m_message->showMessage(
                                  tr("%1 is deleted. To bring them back, tick Show deleted people and choose "
                                     "Restore.")
                                      .arg(record.person.name));
                          } catch (const Error& error) {
                              return error.message();
                          }
                          return QString();
                      });
}

void PeoplePanel::restoreSelected()
{
    if (!m_diary || m_current.isNull() || !m_currentDeleted)
        return;
    const QUuid id = m_current;
    ReasonDialog::ask(this, tr("Restore %1?").arg(m_baseline.name),
                      tr("&Why are you restoring this person? (You may leave this empty.)"), tr("&Restore"), false,
                      [this, id](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              const diary::PersonRecord record = m_diary->people().restore(id, reason);
                              reloadAndSelect(id);
                              m_message->setKind(InlineMessage::Kind::Success);
                              m_message->showMessage(tr("%1 is restored.").arg(record.person.name));
                          } catch (const Error& error) {
                              return error.message();
                          }
                          return QString();
                      });
}

void PeoplePanel::updateButtons()
{
    const bool open = m_diary != nullptr;
    const bool existing = open && !m_current.isNull();
    m_new->setEnabled(open);
    m_showDeleted->setEnabled(open);
    m_editor->setEnabled(open && !m_currentDeleted);
    m_save->setEnabled(open && !m_currentDeleted);
    m_save->setText(existing ? tr("&Save changes…") : tr("&Save"));
    m_delete->setVisible(existing && !m_currentDeleted);
    m_restore->setVisible(existing && m_currentDeleted);
}

void PeoplePanel::closeDialogs()
{
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs)
        delete dialog;
}

} // namespace daymark::ui
