// The first-run page (shown once, before any diary, saying what Daymark protects against and where help is), the
// same account from the Safety page, and the neutral appearance (plain title and icon).
#include "Catch.h"
#include "UiTestSupport.h"
#include "pages/DiaryPage.h"
#include "pages/FirstRunPage.h"
#include "settings/AppSettings.h"
#include "window/AppIcon.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace daymark;
using namespace daymark::test;

namespace {

QString allText(const QWidget& root)
{
    QStringList texts;
    for (const QLabel* label : root.findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

struct FirstStart
{
    FirstStart() { ui::AppSettings().setFirstRunDone(false); }
    ~FirstStart() { ui::AppSettings().setFirstRunDone(false); }
};

QImage iconImage(const QIcon& icon)
{
    return icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// The name task managers show (Linux: /proc/self/comm).
QString processName()
{
    QFile comm(QStringLiteral("/proc/self/comm"));
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed() : QString();
}

} // namespace

TEST_CASE("the first-run page shows on the very first start only, and says plainly what is and is not protected")
{
    FirstStart first;
    {
        WindowFixture f;
        REQUIRE(f.window.showFirstRunIfNeeded());
        REQUIRE(f.showing("firstRunPage"));
        const QString text = allText(*f.window.firstRunPage());
        for (const char* expected : {"999", "101", "0808 802 0300", "0808 2000 247", "0808 801 0327", "spyware",
                                     "monitored", "knows or guesses your password", "forces you to unlock"})
            CHECK(text.contains(QString::fromUtf8(expected)));
        CHECK(child<QCheckBox>(f.window, "firstRunDontShow")->isChecked());
        QTest::mouseClick(child<QPushButton>(f.window, "firstRunContinue"), Qt::LeftButton);
        CHECK(f.showing("startPage"));
        CHECK(f.window.settings().firstRunDone());
    }
    WindowFixture again;
    CHECK_FALSE(again.window.showFirstRunIfNeeded());
    CHECK(again.showing("startPage"));
}

TEST_CASE("unticking Don't show again shows the first-run page at the next start, then the diary to open")
{
    FirstStart first;
    {
        WindowFixture f;
        REQUIRE(f.window.showFirstRunIfNeeded());
        child<QCheckBox>(f.window, "firstRunDontShow")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(f.window, "firstRunContinue"), Qt::LeftButton);
        CHECK_FALSE(f.window.settings().firstRunDone());
    }
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    f.window.openDiary(path); // named on the command line
    REQUIRE(f.window.showFirstRunIfNeeded());
    QTest::mouseClick(child<QPushButton>(f.window, "firstRunContinue"), Qt::LeftButton);
    CHECK(f.showing("unlockPage"));
}

TEST_CASE("the Safety page opens the same account of what Daymark protects against")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    f.window.diaryPage()->showPanel(ui::DiaryPage::Panel::Safety);
    const QString safetyText = allText(*f.window.diaryPage()->panel(ui::DiaryPage::Panel::Safety));
    CHECK(safetyText.contains(QStringLiteral("0808 2000 247")));
    CHECK(safetyText.contains(QStringLiteral("forces you to unlock")));
    QString seen;
    bool checkBoxShown = true;
    QTimer::singleShot(0, &f.window, [&] {
        auto* dialog = visibleChild<QDialog>(f.window);
        if (!dialog)
            return; // the checks below then fail, outside Qt's event loop
        seen = allText(*dialog);
        checkBoxShown = dialog->findChild<QCheckBox*>(QStringLiteral("firstRunDontShow")) != nullptr;
        if (auto* close = dialog->findChild<QPushButton*>(QStringLiteral("firstRunContinue")))
            QTest::mouseClick(close, Qt::LeftButton);
        else
            dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(f.window, "safetyProtectionButton"), Qt::LeftButton);
    CHECK(seen.contains(QStringLiteral("spyware")));
    CHECK(seen.contains(QStringLiteral("0808 802 0300")));
    CHECK_FALSE(checkBoxShown);
}

TEST_CASE("the neutral appearance shows a plain title and a plain icon, never Daymark's")
{
    const QImage daymark = iconImage(QIcon(ui::appIcon::daymarkPath()));
    REQUIRE_FALSE(daymark.isNull());
    ui::AppSettings().setNeutralTitle(true);
    {
        WindowFixture f;
        const QString path = f.path("Private.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        CHECK(f.window.windowTitle() == QStringLiteral("Notes"));
        const QImage shown = iconImage(f.window.windowIcon());
        CHECK_FALSE(shown.isNull());
        CHECK(shown != daymark);
        CHECK(iconImage(QApplication::windowIcon()) != daymark);
        // Nothing for the dock or window switcher to look Daymark up by, and a plain process name.
        CHECK(QGuiApplication::desktopFileName().isEmpty());
        CHECK(processName() == QStringLiteral("notes"));
    }
    ui::AppSettings().setNeutralTitle(false);
    WindowFixture f;
    CHECK(f.window.windowTitle() == QStringLiteral("Daymark"));
    CHECK(iconImage(f.window.windowIcon()) == daymark);
    CHECK(QGuiApplication::desktopFileName() == QStringLiteral("daymark"));
    CHECK(processName() == QStringLiteral("daymark"));
}

TEST_CASE("preview of the first-run page", "[.preview]")
{
    FirstStart first;
    WindowFixture f;
    f.window.resize(1100, 740);
    REQUIRE(f.window.showFirstRunIfNeeded());
    QTest::qWait(100);
    const QString folder = qEnvironmentVariable("DAYMARK_PREVIEW_DIR", QStringLiteral("/tmp"));
    CHECK(f.window.grab().save(folder + QStringLiteral("/first-run.png")));
}
