// The main window: moving between pages, the title, and locking.
#include "Catch.h"
#include "TestVault.h"
#include "UiTestSupport.h"
#include "pages/DiaryPage.h"
#include "pages/UnlockPage.h"
#include "vault/Vault.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

using namespace daymark;
using namespace daymark::test;

TEST_CASE("the window starts at the start page, titled Daymark, with nothing to lock")
{
    WindowFixture f;
    CHECK(f.showing("startPage"));
    CHECK(f.window.windowTitle() == QStringLiteral("Daymark"));
    CHECK_FALSE(f.window.lockAction()->isEnabled());
    CHECK(f.window.diary() == nullptr);
}

TEST_CASE("an unlocked diary is named in the window title and opens at the timeline")
{
    WindowFixture f;
    const QString path = f.path("Evidence 2025.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);

    CHECK(f.window.windowTitle().startsWith(QStringLiteral("Evidence 2025")));
    REQUIRE(f.window.diary() != nullptr);
    CHECK(f.window.diaryPage()->currentPanel() == ui::DiaryPage::Panel::Timeline);
    CHECK(child<QWidget>(f.window, "timelinePanel")->isVisible());
    CHECK(f.window.lockAction()->isEnabled());
    CHECK(f.window.quickLogAction()->isEnabled());
}

TEST_CASE("the lock shortcut returns to the lock screen of the same diary and locks the vault")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    REQUIRE(f.window.diary() != nullptr);
    REQUIRE_FALSE(f.window.diary()->vault().isLocked());
#ifdef Q_OS_LINUX
    REQUIRE(processHasOpen(path)); // the check below can tell an open diary from a closed one
#endif

    QTest::keyClick(&f.window, Qt::Key_L, Qt::ControlModifier);

    CHECK(f.showing("unlockPage"));
    CHECK(f.window.diary() == nullptr);
    CHECK_FALSE(processHasOpen(path));
    CHECK(child<ui::UnlockPage>(f.window, "unlockPage")->diaryPath() == QFileInfo(path).absoluteFilePath());
    CHECK(f.window.windowTitle() == QStringLiteral("Daymark"));
    CHECK_FALSE(f.window.lockAction()->isEnabled());
    CHECK_FALSE(f.window.quickLogAction()->isEnabled());
    // Nothing about the diary is left on the hidden diary page.
    CHECK(child<QAbstractItemView>(f.window, "timelineView")->model()->rowCount() == 0);
    CHECK(child<QLineEdit>(f.window, "unlockPassword")->hasFocus());
}

TEST_CASE("the Lock button on the toolbar locks the diary too")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);

    auto* toolBar = child<QToolBar>(f.window, "diaryToolBar");
    QWidget* button = toolBar->widgetForAction(f.window.lockAction());
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);

    CHECK(f.showing("unlockPage"));
    CHECK(f.window.diary() == nullptr);
    CHECK_FALSE(processHasOpen(path));
}

TEST_CASE("Escape on the lock screen goes back to the start page")
{
    WindowFixture f;
    f.window.openDiary(f.path("Diary.daymark"));
    REQUIRE(f.showing("unlockPage"));
    QTest::keyClick(child<QLineEdit>(f.window, "unlockPassword"), Qt::Key_Escape);
    CHECK(f.showing("startPage"));
}
