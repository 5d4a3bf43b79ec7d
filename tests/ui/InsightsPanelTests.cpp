// The Insights panel on hand-made diaries where the answer is known: the weekly chart and the hour x day grid count
// what was added, a rising frequency is listed with its numbers, choosing a sign lists the incidents behind it, and
// opening one shows the incident's detail view.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"

#include "diary/IncidentRepository.h"
#include "incident/IncidentDetailDialog.h"
#include "insights/HourDayHeatMap.h"
#include "insights/InsightsPanel.h"
#include "insights/SignalsView.h"
#include "insights/WeeklyChartView.h"
#include "pages/DiaryPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace daymark;
using namespace daymark::test;
using diary::IncidentType;

namespace {

// Midday in London on a day counted from 1 March 2026 (a Sunday).
QDateTime day(int n, int hour = 12)
{
    return london(2026, 3, 1, hour, 0).addDays(n);
}

struct RisingDiary : TestDiary
{
    RisingDiary()
    {
        add(IncidentType::Text, day(10));
        add(IncidentType::Text, day(20));
        threat = add(IncidentType::Threat, day(25, 23)); // Thursday 26 March, 23:00
        for (int k = 0; k < 8; ++k)
            recent << add(IncidentType::Call, day(35 + 3 * k, 21)); // 21:00 on days 35, 38, ... 56
        clock.set(day(60, 0));                                      // the signals look at the 8 weeks before day 60
    }
    qint64 add(IncidentType type, const QDateTime& start)
    {
        diary::Incident i;
        i.type = type;
        i.start = start;
        i.summary = diary::typeShortName(type);
        return diary->incidents().add(i).number;
    }
    QList<qint64> recent;
    qint64 threat = 0;
};

void waitForResult(ui::InsightsPanel& panel)
{
    REQUIRE(waitUntil([&] { return !panel.isComputing() && !panel.result().insights.weekly.weeks.empty(); }));
    QCoreApplication::processEvents();
}

void clickRow(QListWidget& list, int row)
{
    const QRect rect = list.visualItemRect(list.item(row));
    REQUIRE(rect.isValid());
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("the Insights panel counts every week by type, with a moving average and an hour by day grid")
{
    RisingDiary d;
    ui::InsightsPanel panel;
    panel.resize(1100, 760);
    panel.setDiary(d.diary.get());
    panel.show();
    waitForResult(panel);

    ui::WeeklyChartView& chart = *panel.weeklyChart();
    // Day 10 (Wednesday 11 March) to day 56 (Sunday 26 April): the ISO weeks from Monday 9 March to Monday 20
    // April, 7 bars of 1, 1, 1, 1, 2, 2 and 3 incidents.
    REQUIRE(chart.bars() == 7);
    CHECK(chart.weeksPerBar() == 1);
    CHECK(chart.barStart(0) == QDate(2026, 3, 9));
    int total = 0;
    for (int bar = 0; bar < chart.bars(); ++bar)
        total += chart.barTotal(bar);
    CHECK(total == 11);
    CHECK(chart.barTotal(2) == 1); // the threat
    CHECK(chart.barTotal(6) == 3); // days 50, 53 and 56
    // The line: the mean of the bar and the three before it.
    CHECK(chart.average(6) == Approx((1 + 2 + 2 + 3) / 4.0));
    CHECK(chart.average(0) == Approx(1.0));
    const QStringList names = chart.seriesNames();
    CHECK(names.contains(diary::typeShortName(IncidentType::Call)));
    CHECK(names.contains(diary::typeShortName(IncidentType::Threat)));
    CHECK(names.contains(QStringLiteral("Average of the last 4 weeks")));

    const ui::HourDayHeatMap& grid = *panel.hourDay();
    int calls = 0;
    for (int weekday = 0; weekday < 7; ++weekday)
        calls += grid.counts()[std::size_t(weekday)][21];
    CHECK(calls == 8);
    CHECK(grid.counts()[3][23] == 1); // the threat: Thursday, 23:00 to 24:00
    CHECK(grid.describe(3, 23).startsWith(QStringLiteral("Thursday")));
    CHECK(grid.describe(3, 23).endsWith(QStringLiteral(": 1 incident")));
    CHECK(grid.highest() == 2); // two of the calls fell on the same weekday
    CHECK(panel.summaryLabel()->text().contains(QStringLiteral("11 incidents")));
}

TEST_CASE("a rising frequency is listed with its numbers, and choosing it shows the incidents behind it")
{
    RisingDiary d;
    ui::InsightsPanel panel;
    panel.resize(1100, 760);
    panel.setDiary(d.diary.get());
    panel.show();
    panel.showTab(ui::InsightsPanel::Tab::Signals);
    waitForResult(panel);

    QListWidget& signalList = *panel.signalsView()->signalList();
    REQUIRE(signalList.count() >= 2);
    const QString rising = signalList.item(0)->text();
    CHECK(rising.contains(QStringLiteral("you recorded 8 incidents; in the 4 weeks before, 3.")));
    CHECK(signalList.item(1)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Threat")));
    CHECK(panel.signalsView()->adviceLabel()->text().contains(QStringLiteral("0808 802 0300")));
    CHECK(panel.signalsView()->adviceLabel()->text().contains(QStringLiteral("999")));

    QListWidget& incidents = *panel.signalsView()->incidentList();
    clickRow(signalList, 1);
    REQUIRE(incidents.count() == 1);
    CHECK(incidents.item(0)->text().startsWith(QStringLiteral("#%1 ").arg(d.threat)));

    clickRow(signalList, 0);
    REQUIRE(incidents.count() == 8);
    for (int row = 0; row < 8; ++row)
        CHECK(incidents.item(row)->text().startsWith(QStringLiteral("#%1 ").arg(d.recent[row])));

    QSignalSpy requested(&panel, &ui::InsightsPanel::incidentRequested);
    const QRect rect = incidents.visualItemRect(incidents.item(2));
    QTest::mouseClick(incidents.viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(incidents.viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(requested.count() >= 1);
    bool found = false;
    for (const auto& record : d.diary->incidents().list({}, -1))
        if (record.number == d.recent[2])
            found = requested.last().at(0).toUuid() == record.incident.id;
    CHECK(found);
}

TEST_CASE("a quiet diary shows no warning signs, and a period before the rise shows fewer weeks")
{
    RisingDiary d;
    ui::InsightsPanel panel;
    panel.setDiary(d.diary.get());
    panel.show();
    waitForResult(panel);
    REQUIRE(panel.weeklyChart()->bars() == 7);

    panel.setPeriod(day(0).date(), day(15).date()); // the first text only
    REQUIRE(waitUntil([&] { return !panel.isComputing() && panel.weeklyChart()->bars() != 7; }));
    CHECK_FALSE(panel.wholeDiaryBox()->isChecked());
    CHECK(panel.result().insights.weekly.total == 1);
    // Signals look at what happened before the end of the period: one text is no rise and no threat.
    CHECK(panel.result().insights.signals.empty());
    CHECK(panel.signalsView()->signalList()->item(0)->text().contains(QStringLiteral("No warning signs")));

    panel.setPeriod({}, {});
    REQUIRE(waitUntil([&] { return !panel.isComputing() && panel.weeklyChart()->bars() == 7; }));
    CHECK(panel.wholeDiaryBox()->isChecked());
}

TEST_CASE("opening an incident behind a sign shows its detail view from the diary page")
{
    RisingDiary d;
    ui::DiaryPage page;
    page.resize(1200, 800);
    page.showDiary(*d.diary);
    page.show();
    page.showPanel(ui::DiaryPage::Panel::Insights);
    ui::InsightsPanel& panel = *page.insights();
    REQUIRE(panel.isVisible());
    panel.showTab(ui::InsightsPanel::Tab::Signals);
    waitForResult(panel);

    QListWidget& incidents = *panel.signalsView()->incidentList();
    REQUIRE(incidents.count() == 8);
    incidents.setCurrentRow(0);
    QTest::keyClick(&incidents, Qt::Key_Return);
    auto* dialog = visibleChild<ui::IncidentDetailDialog>(page);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->windowTitle() == QStringLiteral("Incident no. %1").arg(d.recent[0]));
    dialog->close();
    page.clear();
}
