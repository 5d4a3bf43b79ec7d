// Not run by default ([.preview]): every panel of the main window on a demo diary, saved as PNG images to look at
// (DAYMARK_PREVIEW_DIR, default /tmp), in a dark palette with DAYMARK_PREVIEW_DARK=1, at 1280x800.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/DemoDiary.h"
#include "insights/InsightsPanel.h"
#include "pages/DiaryPage.h"

#include <QDir>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

TEST_CASE("preview of every panel on a demo diary", "[.preview]")
{
    if (qEnvironmentVariableIntValue("DAYMARK_PREVIEW_DARK") == 1)
        useDarkPalette();
    WindowFixture f;
    const QString path = f.path("Demo.daymark");
    {
        diary::DemoOptions options;
        options.incidents = 120;
        ManualClock clock(diary::demoDiaryCreatedAt(options));
        auto diary = diary::Diary::create(path, pw(kGoodPassword), fastOptions(), clock);
        diary::fillDemoDiary(*diary, clock, options);
    }
    unlockThroughTheLockScreen(f, path);
    f.window.resize(1280, 800);
    const QString folder = qEnvironmentVariable("DAYMARK_PREVIEW_DIR", QStringLiteral("/tmp"));
    const char* const names[] = {"timeline", "incidents", "people", "orders", "exhibits",
                                 "search",   "insights",  "export", "safety"};
    for (int panel = 0; panel < int(std::size(names)); ++panel) {
        f.window.diaryPage()->showPanel(static_cast<ui::DiaryPage::Panel>(panel));
        QTest::qWait(400); // thumbnails and lists fill in
        const QString file = QDir(folder).filePath(QStringLiteral("panel-%1.png").arg(QLatin1String(names[panel])));
        CHECK(f.window.grab().save(file));
    }
    // The Insights panel's other tabs: the warning signs and the risk questions.
    auto* insights = f.window.diaryPage()->insights();
    f.window.diaryPage()->showPanel(ui::DiaryPage::Panel::Insights);
    for (auto [tab, name] : {std::pair{ui::InsightsPanel::Tab::Signals, "insights-signals"},
                             std::pair{ui::InsightsPanel::Tab::Screening, "insights-screening"}}) {
        insights->showTab(tab);
        QTest::qWait(400);
        CHECK(f.window.grab().save(QDir(folder).filePath(QStringLiteral("panel-%1.png").arg(QLatin1String(name)))));
    }
}
