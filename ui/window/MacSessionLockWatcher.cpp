// CFNotificationCenterGetDistributedCenter is the C face of NSDistributedNotificationCenter, so no Objective-C is
// needed. Not built or tested here (Linux only).
#include "window/MacSessionLockWatcher.h"

#include <CoreFoundation/CoreFoundation.h>

namespace daymark::ui {
namespace {

const CFStringRef kScreenLocked = CFSTR("com.apple.screenIsLocked");
const CFStringRef kScreenSaverStarted = CFSTR("com.apple.screensaver.didstart");

void onNotification(CFNotificationCenterRef, void* observer, CFNotificationName name, const void*, CFDictionaryRef)
{
    auto* watcher = static_cast<MacSessionLockWatcher*>(observer);
    watcher->notified(name && CFStringCompare(name, kScreenSaverStarted, 0) == kCFCompareEqualTo);
}

} // namespace

MacSessionLockWatcher::MacSessionLockWatcher(QObject* parent) : SessionLockWatcher(parent)
{
    CFNotificationCenterRef center = CFNotificationCenterGetDistributedCenter();
    for (CFStringRef name : {kScreenLocked, kScreenSaverStarted})
        CFNotificationCenterAddObserver(center, this, &onNotification, name, nullptr,
                                        CFNotificationSuspensionBehaviorDeliverImmediately);
}

MacSessionLockWatcher::~MacSessionLockWatcher()
{
    CFNotificationCenterRemoveEveryObserver(CFNotificationCenterGetDistributedCenter(), this);
}

void MacSessionLockWatcher::notified(bool screenSaver)
{
    Q_EMIT locking(screenSaver ? Reason::ScreenLocked : Reason::SessionLocked);
}

} // namespace daymark::ui
