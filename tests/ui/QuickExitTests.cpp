// Quick exit: from an open diary with a dialog up, everything hidden and locked within half a second, temporary
// copies wiped, Daymark's clipboard text cleared; Esc twice does the same, Esc once does not.
#include "Catch.h"
#include "UiTestSupport.h"
#include "exhibits/TemporaryCopies.h"
#include "pages/DiaryPage.h"
#include "settings/SettingsDialog.h"
#include "window/QuickExit.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

bool waitUntilFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

struct Open
{
    Open()
    {
        path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    WindowFixture f;
    QString path;
};

} // namespace

TEST_CASE("quick exit hides and locks everything at once, with no question")
{
    Open o;
    const QString copy = o.f.window.diaryPage()->temporaryCopies().add(QStringLiteral("note.txt"), QByteArray("x"));
    REQUIRE(QFileInfo::exists(copy));
    QGuiApplication::clipboard()->setText(QStringLiteral("He said he knows where I park"));
    // Only text Daymark owns is cleared; the offscreen platform cannot say who owns the clipboard (X11 can).
    // On X11 ownership is settled with the X server a moment later.
    const bool ownershipKnown = waitUntilFor([] { return QGuiApplication::clipboard()->ownsClipboard(); }, 1000);
    auto* settings = new ui::SettingsDialog(o.f.window.settings(), o.f.window.diary(), &o.f.window);
    settings->show();
    QSignalSpy exited(&o.f.window, &ui::MainWindow::quickExited);

    QElapsedTimer timer;
    timer.start();
    o.f.window.quickExitControl()->action()->trigger();
    const qint64 ms = timer.elapsed();
    INFO("quick exit took " << ms << " ms");
    CHECK(ms < 500);
    CHECK(exited.count() == 1);
    CHECK_FALSE(o.f.window.isVisible());
    CHECK_FALSE(settings->isVisible());
    CHECK(o.f.window.diary() == nullptr);
    CHECK_FALSE(QFileInfo::exists(copy));
    if (ownershipKnown)
        CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK(o.f.showing("startPage")); // shown again later, it reveals no diary name
}

TEST_CASE("Esc twice is a quick exit; Esc once is not")
{
    Open o;
    QSignalSpy exited(&o.f.window, &ui::MainWindow::quickExited);
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : &o.f.window;
    QTest::keyClick(focus, Qt::Key_Escape);
    CHECK(exited.count() == 0);
    CHECK(o.f.window.diary() != nullptr);
    QTest::qWait(ui::QuickExit::kDoubleEscMs + 100);
    focus = QApplication::focusWidget() ? QApplication::focusWidget() : &o.f.window;
    QTest::keyClick(focus, Qt::Key_Escape);
    CHECK(exited.count() == 0); // two presses too far apart
    focus = QApplication::focusWidget() ? QApplication::focusWidget() : &o.f.window;
    QTest::keyClick(focus, Qt::Key_Escape);
    CHECK(exited.count() == 1);
    CHECK(o.f.window.diary() == nullptr);
}
