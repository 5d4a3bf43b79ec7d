// Locking with the computer: the session-lock watcher's signal, the setting that turns it off, minimising (when
// chosen), and the D-Bus watcher on a private bus of its own (dbus-daemon), sent the signals logind and the desktops'
// screen savers send.
#include "Catch.h"
#include "UiTestSupport.h"
#include "settings/AppSettings.h"
#include "window/SessionLockWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#if defined(DAYMARK_SESSION_LOCK_DBUS)
#include "window/DbusSessionLockWatcher.h"
#endif

using namespace daymark;
using namespace daymark::test;

namespace {

struct Open
{
    Open()
    {
        path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    ~Open()
    {
        f.window.settings().setLockOnScreenLock(true);
        f.window.settings().setLockOnMinimise(false);
    }
    bool locked() const { return f.window.diary() == nullptr && f.showing("unlockPage"); }
    WindowFixture f;
    QString path;
};

} // namespace

TEST_CASE("the screen locking locks the open diary")
{
    Open o;
    REQUIRE(o.f.window.sessionLockWatcher() != nullptr);
    Q_EMIT o.f.window.sessionLockWatcher()->locking(ui::SessionLockWatcher::Reason::ScreenLocked);
    CHECK(o.locked());
}

TEST_CASE("with locking on screen lock turned off, the diary stays open")
{
    Open o;
    o.f.window.settings().setLockOnScreenLock(false);
    Q_EMIT o.f.window.sessionLockWatcher()->locking(ui::SessionLockWatcher::Reason::Suspending);
    CHECK(o.f.window.diary() != nullptr);
    o.f.window.settings().setLockOnScreenLock(true);
    Q_EMIT o.f.window.sessionLockWatcher()->locking(ui::SessionLockWatcher::Reason::Suspending);
    CHECK(o.locked());
}

TEST_CASE("minimising locks the diary only when chosen")
{
    Open o;
    CHECK_FALSE(o.f.window.settings().lockOnMinimise()); // off unless chosen
    o.f.window.setWindowState(Qt::WindowMinimized);
    CHECK(o.f.window.diary() != nullptr);
    o.f.window.setWindowState(Qt::WindowNoState);

    o.f.window.settings().setLockOnMinimise(true);
    o.f.window.setWindowState(Qt::WindowMinimized);
    CHECK(o.locked());
    o.f.window.setWindowState(Qt::WindowNoState);
}

#if defined(DAYMARK_SESSION_LOCK_DBUS)

namespace {

// A private session bus for one test; its address is empty when dbus-daemon is not installed.
struct PrivateBus
{
    PrivateBus()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (program.isEmpty())
            return;
        daemon.start(program,
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        REQUIRE(daemon.waitForStarted());
        REQUIRE(waitUntil([&] { return daemon.canReadLine(); }));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
    }
    ~PrivateBus()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("daymark-test-watcher"));
        QDBusConnection::disconnectFromBus(QStringLiteral("daymark-test-sender"));
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
    QDBusConnection connect(const QString& name) const { return QDBusConnection::connectToBus(address, name); }

    QProcess daemon;
    QString address;
};

// Answers GetSession("auto") as logind does, with a session of its own.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString& id)
    {
        asked = id;
        return QDBusObjectPath(QStringLiteral("/org/freedesktop/login1/session/_7"));
    }

public:
    QString asked;
};

void send(QDBusConnection& bus, const char* path, const char* interface, const char* member, const QVariantList& args)
{
    QDBusMessage signal = QDBusMessage::createSignal(QString::fromLatin1(path), QString::fromLatin1(interface),
                                                     QString::fromLatin1(member));
    signal.setArguments(args);
    REQUIRE(bus.send(signal));
}

} // namespace

TEST_CASE("D-Bus: the screen saver, logind's sleep and the session's Lock each lock the diary")
{
    PrivateBus bus;
    if (bus.address.isEmpty()) {
        WARN("SKIPPED: dbus-daemon is not installed (Debian: dbus-daemon), so no private bus can be started");
        return;
    }
    QDBusConnection sender = bus.connect(QStringLiteral("daymark-test-sender"));
    REQUIRE(sender.isConnected());
    FakeLogind logind;
    REQUIRE(sender.registerService(QStringLiteral("org.freedesktop.login1")));
    REQUIRE(sender.registerObject(QStringLiteral("/org/freedesktop/login1"), &logind, QDBusConnection::ExportAllSlots));

    Open o;
    const QDBusConnection watcherBus = bus.connect(QStringLiteral("daymark-test-watcher"));
    REQUIRE(watcherBus.isConnected());
    // The same private bus stands for both the system bus (logind) and the session bus (screen savers).
    auto* watcher = new ui::DbusSessionLockWatcher(watcherBus, watcherBus);
    o.f.window.setSessionLockWatcher(watcher);
    CHECK(watcher->isListening());
    REQUIRE(waitUntil([&] { return !watcher->sessionPath().isEmpty(); }));
    CHECK(logind.asked == QStringLiteral("auto"));
    CHECK(watcher->sessionPath() == QStringLiteral("/org/freedesktop/login1/session/_7"));

    // The screen saver ending, or sleep having ended, is no reason to lock.
    send(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", {false});
    send(sender, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", {false});
    QTest::qWait(300);
    CHECK(o.f.window.diary() != nullptr);

    send(sender, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", {true});
    CHECK(waitUntil([&] { return o.locked(); }));

    unlockThroughTheLockScreen(o.f, o.path);
    send(sender, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", {true});
    CHECK(waitUntil([&] { return o.locked(); }));

    unlockThroughTheLockScreen(o.f, o.path);
    send(sender, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", {true});
    CHECK(waitUntil([&] { return o.locked(); }));

    unlockThroughTheLockScreen(o.f, o.path);
    send(sender, "/org/freedesktop/login1/session/_3", "org.freedesktop.login1.Session", "Lock", {});
    QTest::qWait(300);
    CHECK(o.f.window.diary() != nullptr); // another session locking is not ours
    send(sender, "/org/freedesktop/login1/session/_7", "org.freedesktop.login1.Session", "Lock", {});
    CHECK(waitUntil([&] { return o.locked(); }));
}

TEST_CASE("D-Bus: with no bus to reach, the watcher listens to nothing and the app carries on")
{
    const QDBusConnection none = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/daymark-no-bus"),
                                                               QStringLiteral("daymark-test-no-bus"));
    REQUIRE_FALSE(none.isConnected());
    Open o;
    auto* watcher = new ui::DbusSessionLockWatcher(none, none);
    o.f.window.setSessionLockWatcher(watcher);
    CHECK_FALSE(watcher->isListening());
    o.f.window.lockAction()->trigger(); // the window still works as before
    CHECK(o.locked());
    QDBusConnection::disconnectFromBus(QStringLiteral("daymark-test-no-bus"));
}

#endif

#include "SessionLockTests.moc"
