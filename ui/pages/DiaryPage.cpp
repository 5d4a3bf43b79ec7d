// The navigation list and the panel stack stay in step: row N of the list is panel N of the stack.
#include "pages/DiaryPage.h"

#include "backup/EmergencyCopyDialog.h"
#include "browse/IncidentBrowserPanel.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "editor/IncidentEditor.h"
#include "exhibits/ExhibitsPanel.h"
#include "exhibits/TemporaryCopies.h"
#include "export/ExportPanel.h"
#include "import/ImportWizard.h"
#include "incident/IncidentDetailDialog.h"
#include "insights/InsightsPanel.h"
#include "orders/OrdersPanel.h"
#include "panels/SafetyPanel.h"
#include "panels/TimelinePanel.h"
#include "people/PeoplePanel.h"
#include "quicklog/QuickLog.h"
#include "quicklog/QuickLogDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>

namespace daymark::ui {

DiaryPage::DiaryPage(QWidget* parent)
    : QWidget(parent), m_navigation(new QListWidget(this)), m_panels(new QStackedWidget(this)),
      m_timeline(new TimelinePanel(m_panels)), m_copies(std::make_unique<TemporaryCopies>())
{
    setObjectName(QStringLiteral("diaryPage"));
    m_navigation->setObjectName(QStringLiteral("diaryNavigation"));
    m_navigation->setAccessibleName(tr("Sections of the diary"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_panels->setObjectName(QStringLiteral("diaryPanels"));

    addPanel(tr("Timeline"), QString(), m_timeline);
    m_incidents = new IncidentBrowserPanel(IncidentBrowserPanel::Mode::Browse, m_panels);
    addPanel(tr("Incidents"), QString(), m_incidents);
    m_people = new PeoplePanel(m_panels);
    addPanel(tr("People"), QString(), m_people);
    m_orders = new OrdersPanel(m_panels);
    addPanel(tr("Orders"), QString(), m_orders);
    connect(m_orders, &OrdersPanel::incidentRequested, this, &DiaryPage::openIncident);
    m_exhibits = new ExhibitsPanel(*m_copies, m_panels);
    addPanel(tr("Exhibits"), QString(), m_exhibits);
    m_search = new IncidentBrowserPanel(IncidentBrowserPanel::Mode::Search, m_panels);
    addPanel(tr("Search"), QString(), m_search);
    for (IncidentBrowserPanel* browser : {m_incidents, m_search}) {
        connect(browser, &IncidentBrowserPanel::openRequested, this, &DiaryPage::openIncident);
        connect(browser, &IncidentBrowserPanel::diaryChanged, this, &DiaryPage::refreshIncidents);
    }
    connect(m_incidents, &IncidentBrowserPanel::newRequested, this, &DiaryPage::newIncident);
    // Search is always at hand: Ctrl+F from any panel of the diary.
    auto* find = new QAction(tr("Search"), this);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &DiaryPage::search);
    m_insights = new InsightsPanel(m_panels);
    addPanel(tr("Insights"), QString(), m_insights);
    connect(m_insights, &InsightsPanel::incidentRequested, this, &DiaryPage::openIncident);
    m_export = new ExportPanel(m_panels);
    addPanel(tr("Export"), QString(), m_export);
    auto* safety = new SafetyPanel(m_panels);
    safety->setObjectName(QStringLiteral("safetyPanel"));
    addPanel(tr("Safety and support"), QString(), safety);
    connect(safety, &SafetyPanel::emergencyCopyRequested, this, [this] {
        if (!m_diary || findChild<EmergencyCopyDialog*>())
            return;
        auto* dialog = new EmergencyCopyDialog(*m_diary, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    });

    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(widest + 48);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_panels, 1);
    setFocusProxy(m_timeline);

    connect(m_navigation, &QListWidget::currentRowChanged, m_panels, &QStackedWidget::setCurrentIndex);
    // Lists read the diary again when shown, so a change made elsewhere (the editor, an import) is never missed.
    connect(m_panels, &QStackedWidget::currentChanged, this, [this](int index) {
        if (!m_diary)
            return;
        if (m_panels->widget(index) == m_incidents)
            m_incidents->reload();
        else if (m_panels->widget(index) == m_search)
            m_search->reload();
    });
    m_navigation->setCurrentRow(0);
}

DiaryPage::~DiaryPage()
{
    clear(); // the temporary copies are wiped before they go
}

void DiaryPage::addPanel(const QString& name, const QString& iconName, QWidget* panel)
{
    auto* item = new QListWidgetItem(name, m_navigation);
    if (!iconName.isEmpty())
        item->setIcon(QIcon(iconName));
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    item->setToolTip(name);
    m_panels->addWidget(panel);
}

void DiaryPage::showDiary(diary::Diary& diary)
{
    m_diary = &diary;
    m_timeline->setDiary(&diary);
    m_incidents->setDiary(&diary);
    m_search->setDiary(&diary);
    m_export->setDiary(&diary);
    m_people->setDiary(&diary);
    m_orders->setDiary(&diary);
    m_exhibits->setDiary(&diary);
    m_insights->setDiary(&diary);
    showPanel(Panel::Timeline);
}

int DiaryPage::clear()
{
    // An incident being written is saved, not thrown away, when the diary locks (a person interrupted, or the
    // idle lock): "unsaved changes are never lost silently".
    int unsaved = 0;
    if (m_diary)
        for (IncidentEditor* editor : findChildren<IncidentEditor*>())
            if (!editor->saveBeforeLock())
                ++unsaved;
    delete findChild<QuickLogDialog*>();
    delete findChild<ImportWizard*>();        // stops its work first: a commit stopped keeps nothing
    delete findChild<EmergencyCopyDialog*>(); // it holds the diary; a copy being saved finishes first
    qDeleteAll(findChildren<IncidentDetailDialog*>(Qt::FindDirectChildrenOnly));
    m_timeline->setDiary(nullptr);
    m_incidents->setDiary(nullptr);
    m_search->setDiary(nullptr);
    m_export->setDiary(nullptr);
    m_people->setDiary(nullptr);
    m_orders->setDiary(nullptr);
    m_exhibits->setDiary(nullptr);
    m_insights->setDiary(nullptr);
    m_copies->wipeAll();
    m_diary = nullptr;
    return unsaved;
}

void DiaryPage::showPanel(Panel panel)
{
    m_navigation->setCurrentRow(static_cast<int>(panel));
}

DiaryPage::Panel DiaryPage::currentPanel() const
{
    return static_cast<Panel>(m_panels->currentIndex());
}

QWidget* DiaryPage::panel(Panel panel) const
{
    return m_panels->widget(static_cast<int>(panel));
}

void DiaryPage::openIncident(const QUuid& incident)
{
    if (!m_diary)
        return;
    try {
        const diary::IncidentRecord record = m_diary->incidents().get(incident);
        auto* dialog = new IncidentDetailDialog(record, *m_diary, this);
        // The editor and the history belong to the timeline, which closes them when the diary locks.
        connect(dialog, &IncidentDetailDialog::editRequested, m_timeline,
                [this](const QUuid& id) { m_timeline->editIncident(id); });
        connect(dialog, &IncidentDetailDialog::historyRequested, m_timeline, &TimelinePanel::showHistory);
        dialog->open();
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Cannot show the incident"), error.message());
    }
}

void DiaryPage::search()
{
    if (!m_diary)
        return;
    showPanel(Panel::Search);
    m_search->focusSearch();
}

void DiaryPage::refreshIncidents()
{
    if (!m_diary)
        return;
    m_timeline->reload();
    m_incidents->reload();
    m_search->reload();
}

void DiaryPage::newIncident()
{
    if (!m_diary)
        return;
    showPanel(Panel::Timeline);
    m_timeline->newIncident();
}

void DiaryPage::importMessages()
{
    if (!m_diary)
        return;
    if (auto* open = findChild<ImportWizard*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* wizard = new ImportWizard(*m_diary, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::imported, this, [this] {
        refreshIncidents();
        m_exhibits->reload();
    });
    connect(wizard, &ImportWizard::showInTimelineRequested, this, [this](qint64, qint64 last) {
        showPanel(Panel::Timeline);
        m_timeline->setFocus();
        showImported(last);
    });
    wizard->open();
}

void DiaryPage::showImported(qint64 number)
{
    // The newest incident an import added: pages are read until it is among them (imports are often of old
    // messages, so it can be far down), then it is selected.
    try {
        const QUuid id = m_diary->incidents().resolve(QString::number(number));
        TimelineModel* model = m_timeline->model();
        for (int pages = 0; !model->indexOf(id).isValid() && model->canFetchMore({}) && pages < 5000; ++pages)
            model->fetchMore({});
        const QModelIndex row = model->indexOf(id);
        if (row.isValid()) {
            m_timeline->view()->setCurrentIndex(row);
            m_timeline->view()->scrollTo(row, QAbstractItemView::PositionAtTop);
        }
    } catch (const Error&) {
        // The timeline is shown from the top instead.
    }
}

void DiaryPage::quickLog()
{
    if (!m_diary || findChild<QuickLogDialog*>())
        return;
    auto* dialog = new QuickLogDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveQuickLog(dialog->chosenType()); });
    dialog->open();
}

void DiaryPage::saveQuickLog(diary::IncidentType type)
{
    if (!m_diary)
        return;
    try {
        const diary::IncidentRecord record = quickLog::logNow(*m_diary, type);
        showPanel(Panel::Timeline);
        m_timeline->showLogged(record);
        m_timeline->setFocus();
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Not saved"), error.message());
    }
}

} // namespace daymark::ui
