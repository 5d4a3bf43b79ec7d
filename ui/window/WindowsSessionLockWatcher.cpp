// The session notification needs a window handle; a QWindow that is created but never shown has one, and Qt's
// window procedure hands its messages to native event filters first. Not built or tested here (Linux only).
#include "window/WindowsSessionLockWatcher.h"

#include <QCoreApplication>
#include <QWindow>

#include <windows.h>
#include <wtsapi32.h>

namespace daymark::ui {

WindowsSessionLockWatcher::WindowsSessionLockWatcher(QObject* parent)
    : SessionLockWatcher(parent), m_window(std::make_unique<QWindow>())
{
    m_window->create();
    m_registered =
        WTSRegisterSessionNotification(reinterpret_cast<HWND>(m_window->winId()), NOTIFY_FOR_THIS_SESSION) != FALSE;
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowsSessionLockWatcher::~WindowsSessionLockWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
    if (m_registered)
        WTSUnRegisterSessionNotification(reinterpret_cast<HWND>(m_window->winId()));
}

bool WindowsSessionLockWatcher::nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result)
{
    Q_UNUSED(result)
    if (eventType != "windows_generic_MSG")
        return false;
    const MSG* msg = static_cast<const MSG*>(message);
    if (msg->message == WM_WTSSESSION_CHANGE && msg->wParam == WTS_SESSION_LOCK)
        Q_EMIT locking(Reason::SessionLocked);
    else if (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND)
        Q_EMIT locking(Reason::Suspending);
    return false; // others may want these messages too
}

} // namespace daymark::ui
