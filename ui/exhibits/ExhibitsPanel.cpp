// A table view over ExhibitsModel (no widget per row). The worker that saves a copy reads the diary through the
// same connection as the UI thread, which SQLite serialises; locking stops it first (setDiary(nullptr) waits for
// it), so the diary is never closed under it.
#include "exhibits/ExhibitsPanel.h"

#include "access/DiaryFileDialog.h"

#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "exhibits/ExhibitDetails.h"
#include "exhibits/ExhibitsModel.h"
#include "exhibits/TemporaryCopies.h"
#include "exhibits/ThumbnailCache.h"
#include "people/ReasonDialog.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

ExhibitsPanel::ExhibitsPanel(TemporaryCopies& copies, QWidget* parent)
    : QWidget(parent), m_copies(copies), m_model(new ExhibitsModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_empty(new QLabel(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Success, this)), m_details(new ExhibitDetails(this)),
      m_viewButton(new QPushButton(tr("&View"), this)), m_saveButton(new QPushButton(tr("Save a &copy…"), this)),
      m_deleteButton(new QPushButton(tr("De&lete…"), this)),
      m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("exhibitsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExhibitsModel::SortRole);
    m_view->setObjectName(QStringLiteral("exhibitsView"));
    m_view->setAccessibleName(tr("Exhibits, by exhibit number"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // a file name's end (its extension) says what it is
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ExhibitsModel::LabelColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ExhibitsModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    m_view->hideColumn(ExhibitsModel::TypeColumn); // in the details beside; the list keeps what tells exhibits apart
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    const int thumb = std::max(40, fontMetrics().height() * 5 / 2);
    m_view->setIconSize(QSize(thumb, thumb));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(thumb + 8);
    m_model->thumbnails()->setSize(QSize(thumb, thumb), devicePixelRatioF());

    m_empty->setObjectName(QStringLiteral("exhibitsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(40, 40, 40, 40);
    m_empty->setText(tr("No exhibits yet. The screenshots, photos, recordings and message exports you add to "
                        "incidents appear here, each with its exhibit number and the fingerprint taken when it was "
                        "added."));
    m_message->setObjectName(QStringLiteral("exhibitsMessage"));
    m_details->setObjectName(QStringLiteral("exhibitDetails"));
    m_viewButton->setObjectName(QStringLiteral("exhibitsViewButton"));
    m_viewButton->setToolTip(tr("Look at the exhibit inside Daymark (Enter)"));
    m_saveButton->setObjectName(QStringLiteral("exhibitsSaveCopy"));
    m_saveButton->setToolTip(tr("Save a copy of the original file, for example for the police (Ctrl+S)"));
    m_deleteButton->setObjectName(QStringLiteral("exhibitsDelete"));
    m_deleteButton->setToolTip(tr("Delete this exhibit, giving a reason (Delete). Its number stays in the records."));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_empty, 1);
    leftLayout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_viewButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    leftLayout->addLayout(buttons);

    auto* detailsHolder = new QWidget;
    auto* detailsLayout = new QVBoxLayout(detailsHolder);
    detailsLayout->setContentsMargins(6, 12, 12, 12);
    detailsLayout->addWidget(m_details);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(detailsHolder);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({600, fontMetrics().averageCharWidth() * 50});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_view);

    auto addShortcut = [this](QKeySequence keys, auto slot) {
        auto* action = new QAction(m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut(QKeySequence::Delete, &ExhibitsPanel::deleteSelected);
    addShortcut(QKeySequence::Save, &ExhibitsPanel::saveCopyOfSelected);
    auto* copy = new QAction(tr("Copy the SHA-256"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        if (!m_details->sha256().isEmpty())
            Q_EMIT copyRequested(m_details->sha256());
    });

    connect(m_details, &ExhibitDetails::copyRequested, this, &ExhibitsPanel::copyRequested);
    connect(m_view, &QTableView::activated, this, &ExhibitsPanel::viewSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExhibitsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExhibitsPanel::updateState);
    connect(m_viewButton, &QPushButton::clicked, this, &ExhibitsPanel::viewSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &ExhibitsPanel::saveCopyOfSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ExhibitsPanel::deleteSelected);
    connect(&m_saveWatcher, &QFutureWatcher<std::shared_ptr<SaveOutcome>>::finished, this,
            &ExhibitsPanel::saveFinished);
    setDiary(nullptr);
}

ExhibitsPanel::~ExhibitsPanel()
{
    stopSaving();
}

void ExhibitsPanel::setDiary(diary::Diary* diary)
{
    stopSaving();
    closeDialogs();
    m_diary = diary;
    m_message->dismiss();
    m_model->setDiary(diary);
    reload();
}

void ExhibitsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_diary && !m_saving)
        reload();
}

void ExhibitsPanel::reload()
{
    const QUuid selected = selectedId();
    m_model->reload();
    if (!m_model->lastError().isEmpty()) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(m_model->lastError());
    }
    if (!selected.isNull())
        select(selected);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    selectionChanged();
}

QUuid ExhibitsPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ExhibitsModel::IdRole).toUuid() : QUuid();
}

void ExhibitsPanel::select(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ExhibitsPanel::selectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const evidence::ExhibitRecord* record =
        current.isValid() ? m_model->record(m_proxy->mapToSource(current).row()) : nullptr;
    m_details->setExhibit(record, record ? m_model->incidentNumbers(record->exhibit) : QString());
    updateState();
}

void ExhibitsPanel::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty && m_diary);
    m_view->setVisible(!empty || !m_diary);
    const bool chosen = m_diary && m_view->currentIndex().isValid();
    m_viewButton->setEnabled(chosen);
    m_saveButton->setEnabled(chosen && !m_saving);
    m_deleteButton->setEnabled(chosen && !m_saving);
}

void ExhibitsPanel::viewSelected()
{
    const QUuid id = selectedId();
    if (!m_diary || id.isNull())
        return;
    try {
        const evidence::ExhibitRecord record = m_diary->exhibits().get(id);
        auto* viewer = new ExhibitViewer(record, m_diary->exhibits(), m_copies, m_opener, this);
        viewer->setWindowFlag(Qt::Window); // its own window, to be moved beside the diary or maximised
        viewer->show();
        viewer->raise();
        viewer->activateWindow();
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message());
    }
}

void ExhibitsPanel::saveCopyOfSelected()
{
    const QUuid id = selectedId();
    if (!m_diary || id.isNull() || m_saving)
        return;
    const evidence::ExhibitRecord* record = m_model->record(m_model->rowOf(id));
    if (!record)
        return;
    // The exhibit number leads the suggested name, so copies for the police sort and match the list.
    QString suggested = QStringLiteral("%1 %2").arg(record->exhibit.label, record->exhibit.originalName);
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Where evidence is saved is itself something a person looking at the computer should not learn.
    const QString path =
        DiaryFileDialog::chooseExportLocation(this, tr("Save a copy of exhibit %1").arg(record->exhibit.label),
                                              QDir(folder).filePath(suggested), tr("All files (*)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

void ExhibitsPanel::saveCopyTo(const QString& path)
{
    const QUuid id = selectedId();
    if (!m_diary || id.isNull() || m_saving)
        return;
    const evidence::ExhibitRecord* record = m_model->record(m_model->rowOf(id));
    m_savingLabel = record ? record->exhibit.label : QString();
    m_savingPath = path;
    m_message->dismiss();
    if (QFileInfo::exists(path)) {
        // Daymark never overwrites a file; the dialog's own "replace?" question is not enough for evidence.
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(tr("%1 already exists. Choose a new file name; Daymark never overwrites a file.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_saving = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Saving a copy of exhibit %1…").arg(m_savingLabel), tr("&Stop"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("exhibitsSaveProgress"));
    m_progress->setWindowTitle(tr("Saving a copy"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500); // only big files show it
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
    updateState();

    diary::ExhibitRepository* exhibits = &m_diary->exhibits();
    const QPointer<QProgressDialog> progress = m_progress;
    m_saveWatcher.setFuture(QtConcurrent::run([exhibits, id, path, cancel = m_cancel, progress] {
        auto outcome = std::make_shared<SaveOutcome>();
        const evidence::Progress report = [progress](qint64 done, qint64 total) {
            const int value = total > 0 ? static_cast<int>(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(
                progress.data(),
                [progress, value] {
                    if (progress)
                        progress->setValue(value);
                },
                Qt::QueuedConnection);
        };
        try {
            exhibits->extract(id, path, report, cancel.get());
        } catch (const Error& error) {
            outcome->error = error;
        } catch (...) {
            outcome->error = Error(Error::Kind::Internal,
                                   tr("Something unexpected went wrong, so no copy was saved. Please try again."));
        }
        return outcome;
    }));
}

void ExhibitsPanel::saveFinished()
{
    m_saving = false;
    delete m_progress;
    const std::shared_ptr<SaveOutcome> outcome = m_saveWatcher.result();
    const QString shown = QDir::toNativeSeparators(m_savingPath);
    if (!outcome->error) {
        m_message->setKind(InlineMessage::Kind::Success);
        m_message->showMessage(
            tr("Saved a copy of exhibit %1 as %2. Its SHA-256 matched the one taken when it was added.")
                .arg(m_savingLabel, shown));
    } else if (outcome->error->kind() == Error::Kind::Cancelled) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Stopped. No copy of exhibit %1 was saved.").arg(m_savingLabel));
    } else {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(outcome->error->message());
    }
    updateState();
}

void ExhibitsPanel::stopSaving()
{
    if (!m_saving)
        return;
    *m_cancel = true;
    m_saveWatcher.waitForFinished(); // stops at the next chunk; the unfinished file is removed
    m_saving = false;
    delete m_progress;
    updateState();
}

void ExhibitsPanel::deleteSelected()
{
    const QUuid id = selectedId();
    if (!m_diary || id.isNull() || m_saving)
        return;
    const evidence::ExhibitRecord* record = m_model->record(m_model->rowOf(id));
    const QString label = record ? record->exhibit.label : QString();
    ReasonDialog::ask(this, tr("Delete exhibit %1?").arg(label),
                      tr("&Why are you deleting exhibit %1? Its contents are removed from the diary; its number and "
                         "history are kept.")
                          .arg(label),
                      tr("&Delete"), true, [this, id, label](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              m_diary->exhibits().remove(id, reason);
                          } catch (const Error& error) {
                              return error.message();
                          }
                          reload();
                          m_message->setKind(InlineMessage::Kind::Success);
                          m_message->showMessage(tr("Exhibit %1 is deleted.").arg(label));
                          return QString();
                      });
}

void ExhibitsPanel::closeDialogs()
{
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs)
        delete dialog;
}

} // namespace daymark::ui
