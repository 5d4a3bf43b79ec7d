// Settings: recent diaries (and turning the list off), a neutral title, auto-lock, and the exhibit initials.
#include "Catch.h"
#include "UiTestSupport.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "pages/StartPage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "widgets/InlineMessage.h"
#include "window/IdleLock.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace daymark;
using namespace daymark::test;

namespace {

struct Fresh
{
    Fresh() { ui::AppSettings().forgetRecent(); }
    ~Fresh()
    {
        ui::AppSettings settings;
        settings.setRememberRecent(true);
        settings.setNeutralTitle(false);
        settings.setAutoLockMinutes(ui::AppSettings::kDefaultAutoLockMinutes);
    }
};

} // namespace

TEST_CASE("a diary opened is offered on the start screen, until the list is turned off")
{
    Fresh fresh;
    WindowFixture f;
    const QString path = f.path("Kept.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    f.window.lockDiary();
    auto* start = f.window.startPage();
    start->setRecent(f.window.settings().recentDiaries());
    REQUIRE(start->recentList()->count() == 1);
    CHECK(start->recentList()->item(0)->data(Qt::UserRole).toString() == QFileInfo(path).absoluteFilePath());

    ui::SettingsDialog dialog(f.window.settings(), nullptr);
    dialog.rememberRecentBox()->setChecked(false);
    dialog.accept();
    CHECK(f.window.settings().recentDiaries().isEmpty());
    // Opening another diary is not remembered while the list is off.
    const QString other = f.path("Other.daymark");
    makeDiary(other, kGoodPassword);
    unlockThroughTheLockScreen(f, other);
    CHECK(f.window.settings().recentDiaries().isEmpty());
}

TEST_CASE("the neutral title hides the app's and the diary's names")
{
    Fresh fresh;
    WindowFixture f;
    const QString path = f.path("Evidence.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    CHECK(f.window.windowTitle().contains(QLatin1String("Evidence")));
    f.window.settings().setNeutralTitle(true);
    f.window.lockDiary();
    CHECK(f.window.windowTitle() == QLatin1String("Notes"));
    unlockThroughTheLockScreen(f, path);
    CHECK(f.window.windowTitle() == QLatin1String("Notes"));
}

TEST_CASE("an open diary locks itself when the keyboard and mouse are not used")
{
    Fresh fresh;
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    REQUIRE(f.window.diary() != nullptr);
    f.window.idleLock()->setIdleMilliseconds(150);
    CHECK(waitUntil([&] { return f.window.diary() == nullptr; }));
    CHECK(f.showing("unlockPage"));
    CHECK_FALSE(f.window.idleLock()->isArmed());
}

TEST_CASE("exhibit initials are checked before anything is saved")
{
    Fresh fresh;
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    diary::Diary& diary = *f.window.diary();
    const QString before = diary.exhibits().initials();

    ui::SettingsDialog dialog(f.window.settings(), &diary);
    dialog.show();
    typeInto(dialog.initialsField(), QStringLiteral("J5"));
    dialog.autoLockField()->setValue(3);
    dialog.accept();
    CHECK(dialog.isVisible()); // stays open, saying what is wrong
    auto* error = dialog.findChild<ui::InlineMessage*>();
    REQUIRE(error != nullptr);
    CHECK(error->text().contains(QLatin1String("1 to 4 letters")));
    CHECK(diary.exhibits().initials() == before);
    CHECK(f.window.settings().autoLockMinutes() == ui::AppSettings::kDefaultAutoLockMinutes);

    typeInto(dialog.initialsField(), QStringLiteral("ab"));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(diary.exhibits().initials() == QLatin1String("AB"));
    CHECK(f.window.settings().autoLockMinutes() == 3);
}
