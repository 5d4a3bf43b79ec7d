// macOS: the distributed notifications com.apple.screenIsLocked (the screen locks, also before sleep when a password
// is required on wake) and com.apple.screensaver.didstart, through CoreFoundation. Built only on macOS.
#pragma once

#include "window/SessionLockWatcher.h"

namespace daymark::ui {

class MacSessionLockWatcher : public SessionLockWatcher
{
    Q_OBJECT

public:
    explicit MacSessionLockWatcher(QObject* parent = nullptr);
    ~MacSessionLockWatcher() override;

    bool isListening() const override { return true; }

    // Called from the CoreFoundation callback (on the main thread's run loop, which Qt's event loop runs).
    void notified(bool screenSaver);
};

} // namespace daymark::ui
