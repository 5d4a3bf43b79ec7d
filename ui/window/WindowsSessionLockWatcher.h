// Windows: WTSRegisterSessionNotification on a hidden native window, so WM_WTSSESSION_CHANGE (WTS_SESSION_LOCK)
// arrives, and WM_POWERBROADCAST (PBT_APMSUSPEND) before sleep; both are read by a native event filter.
// Built only on Windows.
#pragma once

#include "window/SessionLockWatcher.h"

#include <QAbstractNativeEventFilter>
#include <memory>

class QWindow;

namespace daymark::ui {

class WindowsSessionLockWatcher : public SessionLockWatcher, public QAbstractNativeEventFilter
{
    Q_OBJECT

public:
    explicit WindowsSessionLockWatcher(QObject* parent = nullptr);
    ~WindowsSessionLockWatcher() override;

    bool isListening() const override { return m_registered; }
    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

private:
    std::unique_ptr<QWindow> m_window; // never shown: it only gives the messages a window to go to
    bool m_registered = false;
};

} // namespace daymark::ui
