// Counts and ticks use the same SenderFilter as the committer, so what the page says is what will be added.
#include "import/ImportChoosePage.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/PersonRepository.h"
#include "import/ConversationView.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportSession.h"
#include "importers/SenderFilter.h"
#include "widgets/PageLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

enum WhoRole { KindRole = Qt::UserRole, ValueRole };
const QString kParticipant = QStringLiteral("participant");
const QString kPerson = QStringLiteral("person");
const QString kEveryone = QStringLiteral("everyone");

} // namespace

ImportChoosePage::ImportChoosePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_who(new QComboBox(this)),
      m_all(new QRadioButton(tr("&All of their messages and calls"), this)),
      m_oneByOne(new QRadioButton(tr("Let me &tick the ones to add, one by one"), this)),
      m_tickTheirs(new QPushButton(tr("Tick all of &theirs"), this)),
      m_untickAll(new QPushButton(tr("&Untick all"), this)), m_conversation(new ConversationView(session.model, this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("importChoosePage"));
    setTitle(tr("Who is harassing you, and what to add"));
    setSubTitle(tr("Choose the person whose messages and calls are the evidence. They can be someone in this "
                   "export, or someone already in your diary (matched by their names and numbers)."));
    m_who->setObjectName(QStringLiteral("importWho"));
    m_all->setObjectName(QStringLiteral("importAllOfThem"));
    m_oneByOne->setObjectName(QStringLiteral("importOneByOne"));
    m_tickTheirs->setObjectName(QStringLiteral("importTickTheirs"));
    m_untickAll->setObjectName(QStringLiteral("importUntickAll"));
    m_count->setObjectName(QStringLiteral("importChosenCount"));
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_all->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pageLayout::makeLabelledField(tr("&Who is it?"), m_who));
    layout->addSpacing(4);
    layout->addWidget(m_all);
    layout->addWidget(m_oneByOne);
    auto* ticks = new QHBoxLayout;
    ticks->addWidget(m_tickTheirs);
    ticks->addWidget(m_untickAll);
    ticks->addStretch(1);
    layout->addLayout(ticks);
    layout->addWidget(m_conversation, 1);
    layout->addWidget(m_count);

    connect(m_who, &QComboBox::currentIndexChanged, this, &ImportChoosePage::whoChanged);
    connect(m_all, &QRadioButton::toggled, this, &ImportChoosePage::modeChanged);
    connect(m_tickTheirs, &QPushButton::clicked, this, [this] { m_session.model->chooseWhere(currentMatcher()); });
    connect(m_untickAll, &QPushButton::clicked, this,
            [this] { m_session.model->chooseWhere([](const PreviewRow&) { return false; }); });
    connect(session.model, &ImportPreviewModel::chosenChanged, this, &ImportChoosePage::updateCount);
}

void ImportChoosePage::initializePage()
{
    // Senders counted once; each person or participant is then matched against the senders, not every message.
    struct Sender
    {
        importers::ImportedMessage sample;
        qint64 messages = 0;
    };
    QHash<QPair<QString, QString>, Sender> senders;
    for (const PreviewRow& row : m_session.model->rows()) {
        if (row.kind == importers::MessageKind::System || row.direction == importers::Direction::Outgoing)
            continue; // the phone owner's own messages never match anyone
        Sender& sender = senders[{row.senderName, row.senderAddress}];
        if (sender.messages++ == 0)
            sender.sample = row.forFilter();
    }
    auto count = [&senders](const importers::SenderFilter& filter) {
        qint64 found = 0;
        for (const Sender& sender : std::as_const(senders))
            if (filter.matches(sender.sample))
                found += sender.messages;
        return found;
    };

    const QSignalBlocker blocker(m_who);
    m_who->clear();
    m_who->addItem(tr("Choose who…"));
    int defaultRow = 0;
    // People of the diary that match someone in the export, stalkers first (the list comes in that order).
    if (m_session.diary) {
        try {
            for (const diary::PersonRecord& record : m_session.diary->people().list()) {
                const qint64 found = count(importers::SenderFilter({}, record.person));
                if (found == 0)
                    continue;
                m_who->addItem(
                    tr("%1, from your diary: %n message(s) or call(s)", "", int(found)).arg(record.person.name));
                m_who->setItemData(m_who->count() - 1, kPerson, KindRole);
                m_who->setItemData(m_who->count() - 1, record.person.id.toString(QUuid::WithoutBraces), ValueRole);
                if (defaultRow == 0 && record.person.role == diary::PersonRole::Stalker)
                    defaultRow = m_who->count() - 1;
            }
        } catch (const Error&) {
            // The people list is a convenience; the export's own participants are still offered.
        }
    }
    for (const importers::Participant& p : m_session.summary.participants) {
        const QString name = p.name.isEmpty() ? p.address : p.name;
        const QString who =
            p.address.isEmpty() || p.address == name ? name : tr("%1 (%2)", "name (number)").arg(name, p.address);
        const QString value = p.address.isEmpty() ? p.name : p.address;
        const qint64 found = count(importers::SenderFilter(value, std::nullopt));
        m_who->addItem(found > 0 ? tr("%1: %n message(s) or call(s)", "", int(found)).arg(who)
                                 : tr("%1: only your messages or calls to them").arg(who));
        m_who->setItemData(m_who->count() - 1, kParticipant, KindRole);
        m_who->setItemData(m_who->count() - 1, value, ValueRole);
    }
    m_who->addItem(tr("Everyone in the export: %n message(s) or call(s)", "", int(m_session.summary.messages)));
    m_who->setItemData(m_who->count() - 1, kEveryone, KindRole);
    m_who->setCurrentIndex(defaultRow);
    whoChanged();
}

void ImportChoosePage::cleanupPage()
{
    m_session.model->setCheckable(false);
}

bool ImportChoosePage::chooseParticipant(const QString& nameOrNumber)
{
    for (int row = 0; row < m_who->count(); ++row)
        if (m_who->itemData(row, KindRole) == kParticipant && m_who->itemData(row, ValueRole) == nameOrNumber) {
            m_who->setCurrentIndex(row);
            return true;
        }
    return false;
}

bool ImportChoosePage::choosePerson(const QUuid& person)
{
    const int row = m_who->findData(person.toString(QUuid::WithoutBraces), ValueRole);
    if (row < 0)
        return false;
    m_who->setCurrentIndex(row);
    return true;
}

void ImportChoosePage::chooseEveryone()
{
    m_who->setCurrentIndex(m_who->findData(kEveryone, KindRole));
}

std::function<bool(const PreviewRow&)> ImportChoosePage::currentMatcher() const
{
    const QString kind = m_who->currentData(KindRole).toString();
    if (kind == kEveryone)
        return [](const PreviewRow&) { return true; };
    if (kind.isEmpty())
        return [](const PreviewRow&) { return false; };
    // One filter for every row: a person is read from the diary once, not once per message.
    const QString value = m_who->currentData(ValueRole).toString();
    std::optional<diary::Person> person;
    if (kind == kPerson) {
        try {
            person = m_session.diary->people().get(QUuid::fromString(value)).person;
        } catch (const Error&) {
            return [](const PreviewRow&) { return false; };
        }
    }
    auto filter = std::make_shared<importers::SenderFilter>(kind == kParticipant ? value : QString(), person);
    return [filter](const PreviewRow& row) { return filter->matches(row.forFilter()); };
}

void ImportChoosePage::whoChanged()
{
    m_session.model->chooseWhere(currentMatcher());
    const bool everyone = m_who->currentData(KindRole).toString() == kEveryone;
    m_all->setText(everyone ? tr("&All messages and calls in the export") : tr("&All of their messages and calls"));
    modeChanged();
}

void ImportChoosePage::modeChanged()
{
    const bool oneByOne = m_oneByOne->isChecked();
    m_session.model->setCheckable(oneByOne);
    m_conversation->showChoices(oneByOne);
    m_tickTheirs->setVisible(oneByOne);
    m_untickAll->setVisible(oneByOne);
    updateCount();
}

void ImportChoosePage::updateCount()
{
    const QString kind = m_who->currentData(KindRole).toString();
    const qint64 chosen = m_session.model->chosenCount();
    if (kind.isEmpty())
        m_count->setText(tr("Choose who it is above."));
    else if (chosen == 0)
        m_count->setText(m_oneByOne->isChecked() ? tr("Nothing is ticked yet.")
                                                 : tr("This person sent nothing in this export. Choose someone else, "
                                                      "or tick messages one by one."));
    else
        m_count->setText(tr("%n message(s) and call(s) chosen.", "", int(chosen)));
    Q_EMIT completeChanged();
}

bool ImportChoosePage::isComplete() const
{
    return !m_who->currentData(KindRole).toString().isEmpty() && m_session.model->chosenCount() > 0;
}

bool ImportChoosePage::validatePage()
{
    const QString kind = m_who->currentData(KindRole).toString();
    const QString value = m_who->currentData(ValueRole).toString();
    importers::CommitOptions& selection = m_session.selection;
    selection.from = kind == kParticipant ? value : QString();
    selection.fromPerson = kind == kPerson ? QUuid::fromString(value) : QUuid();
    selection.chosen.reset();
    if (m_oneByOne->isChecked())
        selection.chosen = m_session.model->chosenPlaces();
    return true;
}

} // namespace daymark::ui
