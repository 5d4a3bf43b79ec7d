// Typing waits a moment before searching (each search is a query on the diary); filters apply at once.
#include "browse/IncidentBrowserPanel.h"

#include "browse/IncidentFilterBar.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "timeline/TimelineDelegate.h"
#include "timeline/TimelineModel.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

constexpr int kTypingPauseMs = 200;

std::optional<QString> askWithDialog(QWidget* parent, const QString& title, const QString& question)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(parent, title, question, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason;
}

} // namespace

IncidentBrowserPanel::IncidentBrowserPanel(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_filters(new IncidentFilterBar(mode == Mode::Browse, this)),
      m_model(new TimelineModel(this)), m_view(new QListView(this)), m_status(new QLabel(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Error, this)), m_open(new QPushButton(tr("&Open"), this)),
      m_typing(new QTimer(this))
{
    const bool search = mode == Mode::Search;
    setObjectName(search ? QStringLiteral("searchPanel") : QStringLiteral("incidentsPanel"));
    m_model->setRequireQuery(search);
    askReason = [this](const QString& title, const QString& question) { return askWithDialog(this, title, question); };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(pageLayout::makeTitle(search ? tr("Search") : tr("Incidents"), this));
    if (search) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("searchField"));
        m_search->setPlaceholderText(tr("Words to find: what was said, places, names, tags…"));
        m_search->setAccessibleName(tr("Search the diary"));
        m_search->setClearButtonEnabled(true);
        layout->addLayout(pageLayout::makeLabelledField(tr("&Find (Ctrl+F):"), m_search));
    }
    layout->addWidget(m_filters);
    m_status->setObjectName(search ? QStringLiteral("searchStatus") : QStringLiteral("incidentsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    m_view->setObjectName(search ? QStringLiteral("searchResults") : QStringLiteral("incidentsView"));
    m_view->setAccessibleName(search ? tr("Incidents found, newest first") : tr("Incidents, newest first"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    if (!search) {
        m_new = new QPushButton(tr("&New incident…"), this);
        m_new->setObjectName(QStringLiteral("incidentsNew"));
        buttons->addWidget(m_new);
        connect(m_new, &QPushButton::clicked, this, &IncidentBrowserPanel::newRequested);
    }
    buttons->addStretch(1);
    m_open->setObjectName(search ? QStringLiteral("searchOpen") : QStringLiteral("incidentsOpen"));
    buttons->addWidget(m_open);
    if (!search) {
        m_delete = new QPushButton(tr("De&lete…"), this);
        m_delete->setObjectName(QStringLiteral("incidentsDelete"));
        m_delete->setToolTip(tr("Delete the selected incident, with a reason. It can be restored."));
        m_restore = new QPushButton(tr("Rest&ore…"), this);
        m_restore->setObjectName(QStringLiteral("incidentsRestore"));
        buttons->addWidget(m_delete);
        buttons->addWidget(m_restore);
        connect(m_delete, &QPushButton::clicked, this, &IncidentBrowserPanel::deleteCurrent);
        connect(m_restore, &QPushButton::clicked, this, &IncidentBrowserPanel::restoreCurrent);
    }
    layout->addLayout(buttons);
    setFocusProxy(search ? static_cast<QWidget*>(m_search) : m_view);
    if (search)
        setTabOrder(m_search, m_filters);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    if (m_search) {
        connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
        connect(m_search, &QLineEdit::returnPressed, this, &IncidentBrowserPanel::searchNow);
    }
    connect(m_typing, &QTimer::timeout, this, &IncidentBrowserPanel::searchNow);
    connect(m_filters, &IncidentFilterBar::changed, this, &IncidentBrowserPanel::applyFilters);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        const QUuid id = index.data(TimelineModel::IdRole).toUuid();
        if (!id.isNull())
            Q_EMIT openRequested(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QUuid id = currentIncident(); !id.isNull())
            Q_EMIT openRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentBrowserPanel::updateStatus);
    connect(m_model, &TimelineModel::pageFetched, this, &IncidentBrowserPanel::updateStatus);
    connect(m_model, &TimelineModel::loadFailed, m_message,
            [this](const QString& text) { m_message->showMessage(text); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &IncidentBrowserPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentBrowserPanel::updateActions);
    updateStatus();
    updateActions();
}

void IncidentBrowserPanel::setDiary(diary::Diary* diary)
{
    m_diary = diary;
    m_message->dismiss();
    m_filters->setDiary(diary);
    if (!diary && m_search)
        m_search->clear(); // the words searched for are diary content too
    m_typing->stop();
    m_model->setFilter(m_filters->filter());
    m_model->setRepository(diary ? &diary->incidents() : nullptr);
}

void IncidentBrowserPanel::reload()
{
    m_filters->setDiary(m_diary);
    m_model->reload();
}

void IncidentBrowserPanel::focusSearch()
{
    if (m_search) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    } else {
        m_view->setFocus(Qt::ShortcutFocusReason);
    }
}

void IncidentBrowserPanel::searchNow()
{
    m_typing->stop();
    if (m_search && m_search->text().trimmed() != m_model->query())
        m_model->setQuery(m_search->text());
}

void IncidentBrowserPanel::applyFilters()
{
    m_message->dismiss();
    m_model->setFilter(m_filters->filter());
}

void IncidentBrowserPanel::updateStatus()
{
    if (!m_diary) {
        m_status->clear();
        return;
    }
    // Fetch the first page now, so the count below is right as soon as the list shows.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int shown = m_model->fetchedIncidents();
    const QString count = QLocale().toString(shown);
    if (m_mode == Mode::Search && m_model->query().isEmpty()) {
        m_status->setText(tr("Type a word to search every incident: what was said, places, people, tags and notes."));
        return;
    }
    if (shown == 0) {
        m_status->setText(m_mode == Mode::Search
                              ? tr("Nothing found for these words. Try fewer or shorter words, or clear the filters.")
                              : (m_filters->isNarrowed() ? tr("No incidents match these filters.")
                                                         : tr("No incidents are written down yet.")));
        return;
    }
    if (m_model->isComplete())
        m_status->setText(m_mode == Mode::Search ? tr("%n found, newest first.", "", shown)
                                                 : tr("%n incident(s), newest first.", "", shown));
    else
        m_status->setText(tr("The newest %1 are shown; more load as you scroll.").arg(count));
}

void IncidentBrowserPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool incident = !current.data(TimelineModel::IdRole).toUuid().isNull();
    const bool deleted = current.data(TimelineModel::DeletedRole).toBool();
    m_open->setEnabled(incident);
    if (m_delete)
        m_delete->setEnabled(incident && !deleted);
    if (m_restore) {
        m_restore->setEnabled(incident && deleted);
        m_restore->setVisible(m_filters->deletedBox() && m_filters->deletedBox()->isChecked());
    }
    if (m_new)
        m_new->setEnabled(m_diary != nullptr);
}

QUuid IncidentBrowserPanel::currentIncident() const
{
    return m_view->currentIndex().data(TimelineModel::IdRole).toUuid();
}

void IncidentBrowserPanel::deleteCurrent()
{
    const QUuid id = currentIncident();
    if (!m_diary || id.isNull())
        return;
    const std::optional<QString> reason =
        askReason(tr("Delete incident"), tr("Why is this incident being deleted? The reason is kept in the diary's "
                                            "history, and the incident can be restored later."));
    if (!reason || !m_diary || currentIncident() != id)
        return; // cancelled, or the diary locked while the question was open
    if (reason->trimmed().isEmpty()) {
        m_message->showMessage(tr("Nothing was deleted: a reason is needed. Write a few words, such as \"logged "
                                  "twice\", and try again."));
        return;
    }
    try {
        m_diary->incidents().remove(id, reason->trimmed());
        m_message->dismiss();
        m_model->reload();
        Q_EMIT diaryChanged();
    } catch (const Error& error) {
        m_message->showMessage(error.message());
    }
}

void IncidentBrowserPanel::restoreCurrent()
{
    const QUuid id = currentIncident();
    if (!m_diary || id.isNull())
        return;
    const std::optional<QString> reason =
        askReason(tr("Restore incident"), tr("Why is this incident being restored? (optional)"));
    if (!reason || !m_diary || currentIncident() != id)
        return; // cancelled, or the diary locked while the question was open
    try {
        m_diary->incidents().restore(id, reason->trimmed());
        m_message->dismiss();
        m_model->reload();
        Q_EMIT diaryChanged();
    } catch (const Error& error) {
        m_message->showMessage(error.message());
    }
}

} // namespace daymark::ui
