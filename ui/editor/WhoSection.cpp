// Ticked people keep the order they were stored in, newly ticked ones follow, so saving without a change changes
// nothing. People deleted from the diary but named in the incident are still listed, marked as deleted.
#include "editor/WhoSection.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/PersonRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace daymark::ui {
namespace {

QListWidget* makeList(QWidget* parent, const char* objectName)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(objectName));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 5);
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 9);
    return list;
}

QString personText(const diary::PersonRecord& record)
{
    const diary::Person& p = record.person;
    if (record.deleted)
        return WhoSection::tr("%1 (%2, deleted from the diary)", "name, role").arg(p.name, diary::roleName(p.role));
    return WhoSection::tr("%1 (%2)", "name, role").arg(p.name, diary::roleName(p.role));
}

} // namespace

WhoSection::WhoSection(diary::Diary& diary, QWidget* parent)
    : EditorSection(tr("Who"),
                    tr("Tick the people involved and anyone who saw it. Someone not yet in your diary "
                       "can be added by name here; their details can be filled in later under People."),
                    parent),
      m_diary(diary), m_people(makeList(this, "editorPeople")), m_witnesses(makeList(this, "editorWitnesses")),
      m_newName(new QLineEdit(this)), m_add(new QPushButton(tr("Add to the diary"), this)),
      m_witnessNotes(new QPlainTextEdit(this)), m_children(new QCheckBox(tr("&Children were present"), this))
{
    m_newName->setObjectName(QStringLiteral("editorNewPerson"));
    m_newName->setPlaceholderText(tr("A name, e.g. “Dan's brother”"));
    m_add->setObjectName(QStringLiteral("editorAddPerson"));
    m_add->setAutoDefault(false);
    m_add->setAccessibleName(tr("Add this person to the diary"));
    m_witnessNotes->setObjectName(QStringLiteral("editorWitnessNotes"));
    m_witnessNotes->setTabChangesFocus(true);
    m_witnessNotes->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_witnessNotes->setPlaceholderText(tr("Witnesses not in your list: who they are and what they saw"));
    m_children->setObjectName(QStringLiteral("editorChildren"));

    try {
        for (const diary::PersonRecord& record : m_diary.people().list()) {
            addItem(m_people, record.person.id, personText(record));
            addItem(m_witnesses, record.person.id, personText(record));
        }
    } catch (const Error& error) {
        Q_EMIT message(error.message(), true);
    }

    auto* addRowWidget = new QWidget(this);
    auto* addLayout = new QHBoxLayout(addRowWidget);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addWidget(m_newName, 1);
    addLayout->addWidget(m_add);

    addRow(tr("People &involved:"), m_people);
    addRow(tr("&Witnesses:"), m_witnesses);
    addRow(tr("&Quick add:"), addRowWidget)->setBuddy(m_newName);
    m_newName->setAccessibleName(tr("Name of a person to add to the diary"));
    addRow(tr("Oth&er witnesses:"), m_witnessNotes);
    addWideRow(m_children);

    auto add = [this] {
        if (addPerson(m_newName->text()))
            m_newName->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    m_newName->installEventFilter(this);
}

bool WhoSection::eventFilter(QObject* watched, QEvent* event)
{
    // Enter adds the person; it must not also reach the dialog around the editor.
    if (watched == m_newName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (addPerson(m_newName->text()))
                m_newName->clear();
            return true;
        }
    }
    return EditorSection::eventFilter(watched, event);
}

void WhoSection::addItem(QListWidget* list, const QUuid& id, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
}

bool WhoSection::addPerson(const QString& typed)
{
    const QString name = typed.trimmed();
    if (name.isEmpty()) {
        Q_EMIT message(tr("Type the person's name first, then add them."), true);
        return false;
    }
    try {
        diary::Person person;
        person.role = diary::PersonRole::Other; // never called the stalker without the person saying so
        person.name = name;
        const diary::PersonRecord record = m_diary.people().add(person);
        addItem(m_witnesses, record.person.id, personText(record));
        addItem(m_people, record.person.id, personText(record));
        m_people->item(m_people->count() - 1)->setCheckState(Qt::Checked);
        m_people->scrollToItem(m_people->item(m_people->count() - 1));
        Q_EMIT message(tr("%1 is added to your diary's people and ticked as involved.").arg(name), false);
        Q_EMIT edited();
        return true;
    } catch (const Error& error) {
        Q_EMIT message(error.message(), true);
        return false;
    }
}

void WhoSection::ensureListed(const QList<QUuid>& ids)
{
    for (const QUuid& id : ids) {
        bool listed = false;
        for (int row = 0; row < m_people->count() && !listed; ++row)
            listed = m_people->item(row)->data(Qt::UserRole).toUuid() == id;
        if (listed)
            continue;
        QString text = tr("(a person no longer in the diary)");
        try {
            if (auto record = m_diary.people().find(id))
                text = personText(*record);
        } catch (const Error&) {
        }
        addItem(m_people, id, text);
        addItem(m_witnesses, id, text);
    }
}

void WhoSection::check(QListWidget* list, const QList<QUuid>& ids)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toUuid()) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<QUuid> WhoSection::checked(const QListWidget* list, const QList<QUuid>& before)
{
    QList<QUuid> ticked;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ticked << list->item(row)->data(Qt::UserRole).toUuid();
    }
    QList<QUuid> result;
    for (const QUuid& id : before) {
        if (ticked.contains(id) && !result.contains(id))
            result << id;
    }
    for (const QUuid& id : ticked) {
        if (!result.contains(id))
            result << id;
    }
    return result;
}

void WhoSection::load(const diary::Incident& incident)
{
    ensureListed(incident.people);
    ensureListed(incident.witnesses);
    check(m_people, incident.people);
    check(m_witnesses, incident.witnesses);
    m_witnessNotes->setPlainText(incident.witnessNotes);
    m_children->setChecked(incident.childrenPresent);
}

void WhoSection::store(diary::Incident& incident) const
{
    incident.people = checked(m_people, incident.people);
    incident.witnesses = checked(m_witnesses, incident.witnesses);
    incident.witnessNotes = m_witnessNotes->toPlainText();
    incident.childrenPresent = m_children->isChecked();
}

} // namespace daymark::ui
