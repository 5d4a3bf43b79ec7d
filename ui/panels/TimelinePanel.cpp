// The view uses uniform row heights (headers and incidents alike) so scrolling never measures rows.
#include "panels/TimelinePanel.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "editor/IncidentEditor.h"
#include "history/HistoryView.h"
#include "incident/IncidentDetailDialog.h"
#include "quicklog/AddDetailsDialog.h"
#include "timeline/TimelineDelegate.h"
#include "timeline/TimelineText.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {

TimelinePanel::TimelinePanel(QWidget* parent, int pageSize)
    : QWidget(parent), m_model(new TimelineModel(this, pageSize)), m_view(new QListView(this)),
      m_empty(new QLabel(this)), m_logged(new InlineMessage(InlineMessage::Kind::Success, this)),
      m_addDetails(new QPushButton(tr("&Add details…"), this)), m_addDetailsAction(new QAction(tr("Add details"), this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline of incidents, newest first"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Nothing is written down yet. When something happens, press Quick log (Ctrl+N): "
                        "it saves the time at once, and you can add the details later."));
    m_empty->setContentsMargins(40, 40, 40, 40);
    m_logged->setObjectName(QStringLiteral("timelineLogged"));
    m_addDetails->setObjectName(QStringLiteral("timelineAddDetails"));
    m_addDetails->setToolTip(tr("Add what happened and where to the incident just logged (Ctrl+E)"));
    m_addDetails->setVisible(false);
    // A shortcut that works wherever the focus is in the window, like Quick log's Ctrl+N.
    m_addDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addDetailsAction->setEnabled(false);
    addAction(m_addDetailsAction);

    auto* note = new QHBoxLayout;
    note->setContentsMargins(12, 8, 12, 0);
    note->addWidget(m_logged, 1);
    note->addWidget(m_addDetails);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(note);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_view, &QListView::activated, this, &TimelinePanel::openIncident);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateEmptyState);
    connect(m_model, &TimelineModel::pageFetched, this, &TimelinePanel::updateEmptyState);
    connect(m_model, &TimelineModel::loadFailed, this, [this](const QString& message) {
        m_logged->setKind(InlineMessage::Kind::Error);
        m_logged->showMessage(message);
        setAddDetailsOffered(false);
    });
    connect(m_addDetails, &QPushButton::clicked, this, &TimelinePanel::addDetails);
    connect(m_addDetailsAction, &QAction::triggered, this, &TimelinePanel::addDetails);
    updateEmptyState();
}

void TimelinePanel::setDiary(diary::Diary* diary)
{
    closeDialogs();
    m_diary = diary;
    m_logged->dismiss();
    setAddDetailsOffered(false);
    m_loggedId = QUuid();
    m_model->setRepository(diary ? &diary->incidents() : nullptr);
}

void TimelinePanel::reload()
{
    m_model->reload();
}

void TimelinePanel::showLogged(const diary::IncidentRecord& record)
{
    m_model->reload();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    const QModelIndex index = m_model->indexOf(record.incident.id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_loggedId = record.incident.id;
    m_logged->setKind(InlineMessage::Kind::Success);
    m_logged->showMessage(
        tr("Saved: “%1” at %2. You can add the details now (Ctrl+E) or later.")
            .arg(record.incident.summary, timelineText::timeText(record.incident.start.toLocalTime().time())));
    setAddDetailsOffered(true);
}

void TimelinePanel::setAddDetailsOffered(bool offered)
{
    m_addDetails->setVisible(offered);
    m_addDetailsAction->setEnabled(offered);
}

void TimelinePanel::addDetails()
{
    if (!m_diary || m_loggedId.isNull() || findChild<AddDetailsDialog*>())
        return;
    auto* dialog = new AddDetailsDialog(*m_diary, m_loggedId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddDetailsDialog::saved, this, [this](const QUuid& id) {
        m_model->reload();
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        m_logged->setKind(InlineMessage::Kind::Success);
        m_logged->showMessage(tr("The details are saved. The quick log stays in the incident's history."));
        setAddDetailsOffered(false);
    });
    connect(dialog, &AddDetailsDialog::fullEditorRequested, this,
            [this](const QUuid& id, const QString& details, const QString& place) {
                try {
                    diary::Incident draft = m_diary->incidents().get(id).incident;
                    draft.details = details;
                    draft.place = place;
                    editIncident(id, draft, tr("Details added after a quick log"));
                } catch (const Error& error) {
                    m_logged->setKind(InlineMessage::Kind::Error);
                    m_logged->showMessage(error.message());
                }
            });
    dialog->open();
}

void TimelinePanel::newIncident()
{
    editIncident(QUuid());
}

void TimelinePanel::editIncident(const QUuid& id, const std::optional<diary::Incident>& draft,
                                 const QString& fixedReason)
{
    if (!m_diary || findChild<IncidentEditor*>(QString(), Qt::FindDirectChildrenOnly))
        return; // one editor at a time: it is window-modal
    auto* editor = new IncidentEditor(*m_diary, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (draft)
        editor->setDraft(*draft);
    if (!fixedReason.isEmpty())
        editor->setFixedReason(fixedReason);
    connect(editor, &IncidentEditor::saved, this, &TimelinePanel::showSaved);
    editor->open();
}

void TimelinePanel::showHistory(const QUuid& id)
{
    if (m_diary)
        (new HistoryView(*m_diary, id, this))->open();
}

void TimelinePanel::showSaved(const diary::IncidentRecord& record)
{
    m_model->reload();
    while (!m_model->indexOf(record.incident.id).isValid() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const QModelIndex index = m_model->indexOf(record.incident.id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    m_logged->setKind(InlineMessage::Kind::Success);
    m_logged->showMessage(tr("Saved: “%1”.").arg(record.incident.summary));
    setAddDetailsOffered(false);
}

void TimelinePanel::openIncident(const QModelIndex& index)
{
    if (!m_diary || !index.isValid() ||
        index.data(TimelineModel::KindRole).toInt() != static_cast<int>(TimelineModel::RowKind::Incident))
        return;
    try {
        const diary::IncidentRecord record = m_diary->incidents().get(index.data(TimelineModel::IdRole).toUuid());
        auto* dialog = new IncidentDetailDialog(record, *m_diary, this);
        connect(dialog, &IncidentDetailDialog::editRequested, this, [this](const QUuid& id) { editIncident(id); });
        connect(dialog, &IncidentDetailDialog::historyRequested, this, &TimelinePanel::showHistory);
        dialog->open();
    } catch (const Error& error) {
        m_logged->setKind(InlineMessage::Kind::Error);
        m_logged->showMessage(error.message());
        setAddDetailsOffered(false);
    }
}

void TimelinePanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_empty->setVisible(empty && m_diary);
    m_view->setVisible(!empty || !m_diary);
}

void TimelinePanel::closeDialogs()
{
    // A locked diary leaves no incident on screen.
    // Direct children only: deleting a dialog deletes the dialogs it opened, which must not be deleted twice.
    const auto dialogs = findChildren<QDialog*>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog* dialog : dialogs)
        delete dialog;
}

} // namespace daymark::ui
