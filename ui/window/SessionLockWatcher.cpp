// Picks the platform's watcher at compile time; the platform files are built only where they can be.
#include "window/SessionLockWatcher.h"

#if defined(DAYMARK_SESSION_LOCK_DBUS)
#include "window/DbusSessionLockWatcher.h"

#include <QDBusConnection>
#elif defined(Q_OS_WIN)
#include "window/WindowsSessionLockWatcher.h"
#elif defined(Q_OS_MACOS)
#include "window/MacSessionLockWatcher.h"
#endif

namespace daymark::ui {

SessionLockWatcher::SessionLockWatcher(QObject* parent) : QObject(parent) {}

SessionLockWatcher::~SessionLockWatcher() = default;

SessionLockWatcher* SessionLockWatcher::createForPlatform(QObject* parent)
{
#if defined(DAYMARK_SESSION_LOCK_DBUS)
    return new DbusSessionLockWatcher(QDBusConnection::systemBus(), QDBusConnection::sessionBus(), parent);
#elif defined(Q_OS_WIN)
    return new WindowsSessionLockWatcher(parent);
#elif defined(Q_OS_MACOS)
    return new MacSessionLockWatcher(parent);
#else
    return new SessionLockWatcher(parent);
#endif
}

} // namespace daymark::ui
