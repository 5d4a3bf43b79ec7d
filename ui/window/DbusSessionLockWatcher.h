// Linux and BSD: logind on the system bus (Manager.PrepareForSleep before suspend, Session.Lock for this session)
// and the desktop's screen saver on the session bus (ActiveChanged, as KDE, GNOME, MATE, Cinnamon and Xfce send it).
// A bus that is not there is skipped; the app never fails for want of one.
#pragma once

#include "window/SessionLockWatcher.h"

#include <QDBusConnection>

class QDBusPendingCallWatcher;

namespace daymark::ui {

class DbusSessionLockWatcher : public SessionLockWatcher
{
    Q_OBJECT

public:
    // Tests pass connections to a private bus; the app passes the system and session buses.
    DbusSessionLockWatcher(const QDBusConnection& system, const QDBusConnection& session, QObject* parent = nullptr);
    ~DbusSessionLockWatcher() override;

    bool isListening() const override { return m_listening; }
    // The logind session whose Lock signal is followed, once found (empty before, or when there is none).
    QString sessionPath() const { return m_sessionPath; }

Q_SIGNALS:
    // The logind session was looked up (found or not); for tests.
    void sessionLookedUp();

private Q_SLOTS:
    // QtDBus in Qt 6.4 connects bus signals by slot signature only, hence real slots here.
    void prepareForSleep(bool starting);
    void sessionLock();
    void screenSaverActive(bool active);

private:
    void lookUpSession(const QString& method, const QVariant& argument);
    void sessionFound(QDBusPendingCallWatcher* call, bool lastTry);

    QDBusConnection m_system;
    QDBusConnection m_session;
    QString m_sessionPath;
    bool m_listening = false;
};

} // namespace daymark::ui
