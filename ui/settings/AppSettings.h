// The app's own settings (not the diary's): auto-lock, a neutral window title, the language, and the list of
// recently opened diaries, which a person can turn off because a list of files can itself give the diary away.
// Kept in the user's configuration folder (Daymark/daymark.conf); holds no diary content.
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace daymark::ui {

class AppSettings
{
public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxAutoLockMinutes = 240;
    static constexpr int kMaxRecent = 5;
    static constexpr int kDefaultBackupsToKeep = 7;
    static constexpr int kMaxBackupsToKeep = 100;

    AppSettings();
    ~AppSettings();

    // Minutes without keyboard or mouse use before an open diary locks itself; 0 never.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // "Notes" as the window title instead of "Daymark" and the diary's name.
    bool neutralTitle() const;
    void setNeutralTitle(bool neutral);
    // Lock the open diary when the screen locks or the computer goes to sleep, where the system tells (on by default).
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool lock);
    // Lock the open diary when its window is minimised (off by default).
    bool lockOnMinimise() const;
    void setLockOnMinimise(bool lock);
    // Whether the first-start page (what Daymark protects against, where to find help) has been read and need not
    // show at the next start.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    // After a quick exit, open a harmless web page (a weather forecast) in the browser, as well as closing.
    bool quickExitOpensPage() const;
    void setQuickExitOpensPage(bool opens);
    static QString quickExitPage();
    // A language code ("cy", "pl", "ar") or empty for the system's language. Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& code);
    // Automatic encrypted backups when a diary is unlocked (on by default): at most once a day, or at every unlock;
    // in a folder beside the diary unless one is chosen (empty); the newest N are kept.
    bool backupsEnabled() const;
    void setBackupsEnabled(bool enabled);
    bool backupEveryUnlock() const;
    void setBackupEveryUnlock(bool every);
    QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    int backupsToKeep() const;
    void setBackupsToKeep(int keep);
    // Whether diaries opened are remembered on the start screen. Turning it off forgets the list.
    bool rememberRecent() const;
    void setRememberRecent(bool remember);
    // Newest first; only files that still exist.
    QStringList recentDiaries() const;
    void noteOpened(const QString& path);
    void forgetRecent();

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace daymark::ui
