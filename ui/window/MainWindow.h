// The app's one window: a stack of pages (start, create, unlock, diary) and the Quick log and Lock actions. It owns the
// open diary and nothing else; each page does its own job.
#pragma once

#include "access/DiaryAccess.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QStackedWidget;
class QToolBar;

namespace daymark::ui {

class AppSettings;
class AutoBackup;
class CreatePage;
class IdleLock;
class QuickExit;
class FirstRunPage;
class SecretClipboard;
class SessionLockWatcher;
class DiaryPage;
class StartPage;
class UnlockPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The app passes default options; tests pass fast, insecure key-derivation options.
    explicit MainWindow(vault::VaultOptions options, QWidget* parent = nullptr);
    // Tests may also put stand-ins in front of Diary::create and Diary::open.
    explicit MainWindow(DiaryAccess access, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the lock screen for the diary at `path` (from the command line or the Open dialog).
    void openDiary(const QString& path);
    // Locks the open diary (wiping its key) and shows the lock screen for the same file.
    void lockDiary();

    QWidget* currentPage() const;
    // The unlocked diary, or null while none is.
    diary::Diary* diary() const { return m_diary.get(); }
    QAction* lockAction() const { return m_lockAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    AppSettings& settings() const { return *m_settings; }
    IdleLock* idleLock() const { return m_idleLock; }
    StartPage* startPage() const { return m_startPage; }
    // Hides every window, closes dialogs, locks the diary, wipes temporary copies and clears the clipboard if it
    // holds something from Daymark — at once, with no question; then emits quickExited() (the app quits).
    void quickExit();
    QuickExit* quickExitControl() const { return m_quickExit; }
    // Shows the settings dialog and applies what was chosen (title, auto-lock, recent list).
    void showSettings();
    QAction* quickLogAction() const { return m_quickLogAction; }
    QAction* newIncidentAction() const { return m_newIncidentAction; }
    QAction* importAction() const { return m_importAction; }
    DiaryPage* diaryPage() const { return m_diaryPage; }
    // Every copy to the clipboard goes through it (marked secret, cleared after 30 s and at lock).
    SecretClipboard& secretClipboard() const { return *m_secretClipboard; }
    // Locks the diary when the screen locks or the computer sleeps (if chosen). Tests may put another in its place;
    // the window takes ownership.
    SessionLockWatcher* sessionLockWatcher() const { return m_sessionLock; }
    void setSessionLockWatcher(SessionLockWatcher* watcher);
    // On the very first start (and until "Don't show again" is kept ticked): the page saying what Daymark protects
    // against and where to find help. The app calls it once at start; true when the page is shown.
    bool showFirstRunIfNeeded();
    FirstRunPage* firstRunPage() const { return m_firstRunPage; }

Q_SIGNALS:
    // After quickExit() has hidden and locked everything.
    void quickExited();

protected:
    // Minimising locks the diary, if chosen in Settings.
    void changeEvent(QEvent* event) override;

private:
    void showStart();
    void showCreate();
    void chooseDiaryToOpen();
    void showDiary(std::unique_ptr<diary::Diary> diary);
    // Locks and forgets the open diary, if there is one.
    void closeDiary();
    void showPage(QWidget* page);
    void updateTitle();
    void applySettings();

    QStackedWidget* m_pages;
    StartPage* m_startPage;
    CreatePage* m_createPage;
    UnlockPage* m_unlockPage;
    DiaryPage* m_diaryPage;
    QToolBar* m_toolBar;
    QAction* m_quickLogAction;
    QAction* m_newIncidentAction;
    QAction* m_importAction = nullptr;
    QAction* m_lockAction;
    QAction* m_settingsAction;
    std::unique_ptr<AppSettings> m_settings;
    IdleLock* m_idleLock;
    QuickExit* m_quickExit;
    AutoBackup* m_autoBackup;
    std::unique_ptr<diary::Diary> m_diary;
    SecretClipboard* m_secretClipboard = nullptr;
    SessionLockWatcher* m_sessionLock = nullptr;
    FirstRunPage* m_firstRunPage = nullptr;
    int m_notSavedAtLock = 0; // incidents being edited that could not be saved when the diary last locked
};

} // namespace daymark::ui
