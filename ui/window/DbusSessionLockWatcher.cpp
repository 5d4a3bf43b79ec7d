// logind's session is found with Manager.GetSession("auto") (the caller's session, or the user's display session
// for an app started outside one), falling back to GetSessionByPID; both are asynchronous, so a slow bus never holds
// up the window.
#include "window/DbusSessionLockWatcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace daymark::ui {
namespace {

const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
const QString kLogin1Path = QStringLiteral("/org/freedesktop/login1");
const QString kLogin1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogin1Session = QStringLiteral("org.freedesktop.login1.Session");

struct ScreenSaver
{
    const char* path;
    const char* interface;
};

// Any sender: each desktop's own service owns the name (ksmserver, gnome-shell, …).
constexpr ScreenSaver kScreenSavers[] = {
    {"/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"},
    {"/org/mate/ScreenSaver", "org.mate.ScreenSaver"},
    {"/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"},
    {"/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"},
};

} // namespace

DbusSessionLockWatcher::DbusSessionLockWatcher(const QDBusConnection& system, const QDBusConnection& session,
                                               QObject* parent)
    : SessionLockWatcher(parent), m_system(system), m_session(session)
{
    if (m_system.isConnected()) {
        m_listening |= m_system.connect(kLogin1, kLogin1Path, kLogin1Manager, QStringLiteral("PrepareForSleep"), this,
                                        SLOT(prepareForSleep(bool)));
        lookUpSession(QStringLiteral("GetSession"), QStringLiteral("auto"));
    }
    if (m_session.isConnected()) {
        for (const ScreenSaver& saver : kScreenSavers)
            m_listening |=
                m_session.connect(QString(), QString::fromLatin1(saver.path), QString::fromLatin1(saver.interface),
                                  QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActive(bool)));
    }
}

DbusSessionLockWatcher::~DbusSessionLockWatcher() = default;

void DbusSessionLockWatcher::lookUpSession(const QString& method, const QVariant& argument)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kLogin1, kLogin1Path, kLogin1Manager, method);
    call << argument;
    auto* watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call, 5000), this);
    const bool lastTry = method != QLatin1String("GetSession");
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, lastTry](QDBusPendingCallWatcher* finished) { sessionFound(finished, lastTry); });
}

void DbusSessionLockWatcher::sessionFound(QDBusPendingCallWatcher* call, bool lastTry)
{
    call->deleteLater();
    const QDBusPendingReply<QDBusObjectPath> reply = *call;
    if (reply.isError() || reply.value().path().isEmpty()) {
        if (!lastTry) {
            lookUpSession(QStringLiteral("GetSessionByPID"),
                          QVariant::fromValue(static_cast<uint>(QCoreApplication::applicationPid())));
            return;
        }
        Q_EMIT sessionLookedUp();
        return;
    }
    m_sessionPath = reply.value().path();
    m_listening |=
        m_system.connect(kLogin1, m_sessionPath, kLogin1Session, QStringLiteral("Lock"), this, SLOT(sessionLock()));
    Q_EMIT sessionLookedUp();
}

void DbusSessionLockWatcher::prepareForSleep(bool starting)
{
    if (starting)
        Q_EMIT locking(Reason::Suspending);
}

void DbusSessionLockWatcher::sessionLock()
{
    Q_EMIT locking(Reason::SessionLocked);
}

void DbusSessionLockWatcher::screenSaverActive(bool active)
{
    if (active)
        Q_EMIT locking(Reason::ScreenLocked);
}

} // namespace daymark::ui
