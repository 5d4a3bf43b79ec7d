// Moves between the pages and holds the unlocked diary; the pages do the work.
#include "window/MainWindow.h"

#include "access/DiaryFileDialog.h"
#include "backup/AutoBackup.h"
#include "exhibits/ExhibitsPanel.h"
#include "pages/CreatePage.h"
#include "pages/DiaryPage.h"
#include "pages/FirstRunPage.h"
#include "pages/StartPage.h"
#include "pages/UnlockPage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "vault/Vault.h"
#include "window/AppIcon.h"
#include "window/IdleLock.h"
#include "window/QuickExit.h"
#include "window/SecretClipboard.h"
#include "window/SessionLockWatcher.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>

// Q_INIT_RESOURCE must be used outside any namespace; the icons live in the daymark-resources library.
static void initDaymarkResources()
{
    Q_INIT_RESOURCE(daymark);
}

namespace daymark::ui {

MainWindow::MainWindow(vault::VaultOptions options, QWidget* parent)
    : MainWindow(DiaryAccess{std::move(options)}, parent)
{}

MainWindow::MainWindow(DiaryAccess access, QWidget* parent)
    : QMainWindow(parent), m_pages(new QStackedWidget(this)), m_startPage(new StartPage(m_pages)),
      m_createPage(new CreatePage(access, m_pages)), m_unlockPage(new UnlockPage(access, m_pages)),
      m_diaryPage(new DiaryPage(m_pages)), m_toolBar(new QToolBar(tr("Diary"), this)),
      m_quickLogAction(new QAction(tr("&Quick log"), this)),
      m_newIncidentAction(new QAction(tr("&New incident…"), this)), m_lockAction(new QAction(tr("&Lock"), this)),
      m_settingsAction(new QAction(tr("&Settings…"), this)), m_settings(std::make_unique<AppSettings>()),
      m_idleLock(new IdleLock(this)), m_quickExit(new QuickExit(this))
{
    initDaymarkResources();
    m_secretClipboard = new SecretClipboard(QGuiApplication::clipboard(), this);
    setSessionLockWatcher(SessionLockWatcher::createForPlatform(this));
    m_autoBackup = new AutoBackup(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/daymark.svg")));
    setContextMenuPolicy(Qt::NoContextMenu); // no menu for hiding the toolbar by accident
    setMinimumSize(560, 520);
    resize(1100, 740);

    const std::initializer_list<QWidget*> pages{m_startPage, m_createPage, m_unlockPage, m_diaryPage};
    for (QWidget* page : pages)
        m_pages->addWidget(page);
    setCentralWidget(m_pages);

    m_quickLogAction->setObjectName(QStringLiteral("quickLogAction"));
    m_quickLogAction->setIcon(QIcon(QStringLiteral(":/icons/quick-log.svg")));
    m_quickLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_quickLogAction->setToolTip(tr("Write down that something happened just now (Ctrl+N); add details later"));
    m_quickLogAction->setEnabled(false);
    addAction(m_quickLogAction);
    m_newIncidentAction->setObjectName(QStringLiteral("newIncidentAction"));
    m_newIncidentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newIncidentAction->setToolTip(tr("Write down an incident in full: when, what, where, who (Ctrl+Shift+N)"));
    m_newIncidentAction->setEnabled(false);
    addAction(m_newIncidentAction);
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Bring in messages and calls from a phone or app export: WhatsApp, text "
                                  "messages, call logs, e-mail (Ctrl+I)"));
    m_importAction->setEnabled(false);
    addAction(m_importAction);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the diary (Ctrl+L): it then needs the password again"));
    m_lockAction->setEnabled(false);
    addAction(m_lockAction); // the shortcut works wherever the focus is in the window
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setToolTip(tr("Exhibit initials, auto-lock, a plain title, language, recent diaries (Ctrl+,)"));
    addAction(m_settingsAction);
    m_toolBar->setObjectName(QStringLiteral("diaryToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_quickLogAction);
    m_toolBar->addAction(m_newIncidentAction);
    m_toolBar->addAction(m_importAction);
    auto* spacer = new QWidget(m_toolBar); // Lock sits apart, at the right, where it is found without looking
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_settingsAction);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_quickExit->action()); // always in view, on every page
    addAction(m_quickExit->action());
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockDiary);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_startPage, &StartPage::recentChosen, this, &MainWindow::openDiary);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lockDiary);
    connect(m_quickExit, &QuickExit::requested, this, &MainWindow::quickExit);
    connect(m_diaryPage->exhibits(), &ExhibitsPanel::copyRequested, m_secretClipboard, &SecretClipboard::copyText);
    connect(m_quickLogAction, &QAction::triggered, m_diaryPage, &DiaryPage::quickLog);
    connect(m_newIncidentAction, &QAction::triggered, m_diaryPage, &DiaryPage::newIncident);
    connect(m_importAction, &QAction::triggered, m_diaryPage, &DiaryPage::importMessages);
    connect(m_startPage, &StartPage::createRequested, this, &MainWindow::showCreate);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseDiaryToOpen);
    connect(m_createPage, &CreatePage::backRequested, this, &MainWindow::showStart);
    connect(m_createPage, &CreatePage::created, this, [this] { showDiary(m_createPage->takeDiary()); });
    connect(m_unlockPage, &UnlockPage::backRequested, this, &MainWindow::showStart);
    connect(m_unlockPage, &UnlockPage::unlocked, this, [this] { showDiary(m_unlockPage->takeDiary()); });
    applySettings();
    showStart();
}

MainWindow::~MainWindow()
{
    // Before the panels go: they point into the diary, which would otherwise be destroyed first.
    closeDiary();
}

void MainWindow::openDiary(const QString& path)
{
    closeDiary();
    m_unlockPage->setDiary(QFileInfo(path).absoluteFilePath());
    showPage(m_unlockPage);
}

void MainWindow::lockDiary()
{
    if (!m_diary)
        return;
    const QString path = m_diary->vault().path(); // a copy: the diary and its path are gone once it is closed
    openDiary(path);
    if (m_notSavedAtLock > 0)
        m_unlockPage->showNote(tr("An incident you were writing could not be saved as the diary locked, because "
                                  "part of it was not filled in correctly. Please write it again."));
}

void MainWindow::closeDiary()
{
    if (!m_diary)
        return;
    m_idleLock->setArmed(false);
    m_autoBackup->cancelAndWait(); // its own handle on the diary (and copy of the key) goes with the diary
    for (SettingsDialog* dialog : findChildren<SettingsDialog*>())
        dialog->reject(); // it may hold the diary
    m_notSavedAtLock = m_diaryPage->clear();
    m_secretClipboard->clearNow(); // diary text copied from it leaves with it
    m_diary->lock();
    m_diary.reset();
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::showStart()
{
    m_startPage->setRecent(m_settings->recentDiaries());
    showPage(m_startPage);
}

void MainWindow::showCreate()
{
    m_createPage->reset();
    showPage(m_createPage);
}

void MainWindow::chooseDiaryToOpen()
{
    const QString current = m_unlockPage->diaryPath();
    const QString folder = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                             : QFileInfo(current).absolutePath();
    const QString path = DiaryFileDialog::chooseExisting(this, folder);
    if (!path.isEmpty())
        openDiary(path);
}

void MainWindow::showDiary(std::unique_ptr<diary::Diary> diary)
{
    if (!diary)
        return;
    m_diary = std::move(diary);
    m_settings->noteOpened(m_diary->vault().path());
    m_diaryPage->showDiary(*m_diary);
    m_autoBackup->diaryUnlocked(*m_diary, AutoBackup::planFrom(*m_settings));
    m_idleLock->setArmed(true);
    showPage(m_diaryPage);
}

void MainWindow::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
    const bool open = page == m_diaryPage && m_diary;
    m_lockAction->setEnabled(open);
    m_quickLogAction->setEnabled(open);
    m_newIncidentAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_importAction->setVisible(open);
    // The toolbar stays, for Quick exit; the diary's own actions show only while a diary is open.
    for (QAction* action : {m_quickLogAction, m_newIncidentAction, m_lockAction})
        action->setVisible(open);
    updateTitle();
    page->setFocus();
}

void MainWindow::quickExit()
{
    // Out of sight first, then locked: what someone walking in sees matters most.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        window->hide();
    for (QWidget* window : windows)
        if (auto* dialog = qobject_cast<QDialog*>(window))
            dialog->reject(); // a dialog waiting in exec() returns, and the code behind it sees the diary gone
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->ownsClipboard())
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
    closeDiary();
    m_unlockPage->setDiary(QString());
    showPage(m_startPage);
    Q_EMIT quickExited();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_settings, m_diary.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::applySettings()
{
    m_idleLock->setMinutes(m_settings->autoLockMinutes());
    appIcon::apply(m_settings->neutralTitle(), this);
    m_unlockPage->setBackupFolder(m_settings->backupFolder());
    if (currentPage() == m_startPage)
        m_startPage->setRecent(m_settings->recentDiaries());
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_settings->neutralTitle())
        setWindowTitle(tr("Notes", "a plain window title that does not reveal the app"));
    else if (m_diary)
        setWindowTitle(tr("%1 — Daymark", "window title: diary name — app name")
                           .arg(QFileInfo(m_diary->vault().path()).completeBaseName()));
    else
        setWindowTitle(tr("Daymark"));
}

void MainWindow::setSessionLockWatcher(SessionLockWatcher* watcher)
{
    delete m_sessionLock;
    m_sessionLock = watcher;
    if (!watcher)
        return;
    watcher->setParent(this);
    connect(watcher, &SessionLockWatcher::locking, this, [this] {
        if (m_settings->lockOnScreenLock())
            lockDiary();
    });
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_settings->lockOnMinimise())
        lockDiary();
}

bool MainWindow::showFirstRunIfNeeded()
{
    if (m_settings->firstRunDone())
        return false;
    if (!m_firstRunPage) {
        m_firstRunPage = new FirstRunPage(FirstRunPage::Mode::FirstStart, m_pages);
        m_pages->addWidget(m_firstRunPage);
        connect(m_firstRunPage, &FirstRunPage::finished, this, [this] {
            m_settings->setFirstRunDone(m_firstRunPage->dontShowAgain());
            // Back to where the start was going: the lock screen of a diary named on the command line, or Start.
            if (m_unlockPage->diaryPath().isEmpty())
                showStart();
            else
                showPage(m_unlockPage);
        });
    }
    showPage(m_firstRunPage);
    return true;
}

} // namespace daymark::ui
