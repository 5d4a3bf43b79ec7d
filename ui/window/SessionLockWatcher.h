// Tells when the computer's screen is being locked or the computer is going to sleep, so an open diary can lock
// with it. One implementation per platform: D-Bus on Linux and BSD (DbusSessionLockWatcher), the session-change
// messages on Windows (WindowsSessionLockWatcher), the screen-lock notification on macOS (MacSessionLockWatcher).
// Where the platform tells nothing (or no bus is reachable) the watcher simply never signals.
#pragma once

#include <QObject>

namespace daymark::ui {

class SessionLockWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Reason { ScreenLocked, SessionLocked, Suspending };

    explicit SessionLockWatcher(QObject* parent = nullptr);
    ~SessionLockWatcher() override;

    // The watcher for this platform, connected to the system's buses or session notifications.
    static SessionLockWatcher* createForPlatform(QObject* parent);

    // True when it listens to at least one source (e.g. a D-Bus connection was made).
    virtual bool isListening() const { return false; }

Q_SIGNALS:
    // The screen or session is locking, or the computer is about to sleep.
    void locking(daymark::ui::SessionLockWatcher::Reason reason);
};

} // namespace daymark::ui
