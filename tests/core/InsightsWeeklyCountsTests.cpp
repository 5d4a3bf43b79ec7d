// Weekly counts, the moving average and the hour-by-day grid; and the light timeline they read, against list().
#include "Catch.h"
#include "InsightsTestDiary.h"

#include "diary/DemoDiary.h"
#include "insights/ContactKinds.h"
#include "insights/WeeklyCounts.h"

using namespace daymark;
using namespace daymark::test;
using diary::IncidentType;

TEST_CASE("each incident counts in the ISO week, day and hour of its own local time")
{
    InsightsDiary d;
    // Monday 1 June 2026, 00:30 in London is still Sunday 31 May in UTC.
    d.add(IncidentType::Call, london(2026, 6, 1, 0, 30));
    d.add(IncidentType::Text, london(2026, 6, 7, 23, 10)); // Sunday, same ISO week
    const auto counts = insights::countWeeks(d.timeline());
    REQUIRE(counts.weeks.size() == 1);
    CHECK(counts.weeks[0].monday == QDate(2026, 6, 1));
    CHECK(counts.weeks[0].isoWeek == 23);
    CHECK(counts.weeks[0].isoYear == 2026);
    CHECK(counts.weeks[0].total == 2);
    CHECK(counts.weeks[0].byType[std::size_t(IncidentType::Call)] == 1);
    CHECK(counts.hourByDay[0][0] == 1);  // Monday, midnight hour
    CHECK(counts.hourByDay[6][23] == 1); // Sunday, 23:00
    CHECK(counts.totals[std::size_t(IncidentType::Text)] == 1);
}

TEST_CASE("weeks without incidents are kept, and the moving average runs over the weeks there are")
{
    InsightsDiary d;
    d.add(IncidentType::Text, london(2026, 1, 5, 10, 0)); // week 2
    d.add(IncidentType::Text, london(2026, 1, 6, 10, 0));
    for (int k = 0; k < 6; ++k)
        d.add(IncidentType::Call, london(2026, 1, 26, 9 + k, 0)); // week 5
    const auto counts = insights::countWeeks(d.timeline(), {{}, {}, 4});
    REQUIRE(counts.weeks.size() == 4);
    CHECK(counts.weeks[1].total == 0);
    CHECK(counts.weeks[0].movingAverage == Approx(2.0));
    CHECK(counts.weeks[1].movingAverage == Approx(1.0));
    CHECK(counts.weeks[3].movingAverage == Approx(2.0)); // (2 + 0 + 0 + 6) / 4

    // A period counts only its own days, from its first week to its last.
    const auto period = insights::countWeeks(d.timeline(), {QDate(2026, 1, 6), QDate(2026, 2, 28), 4});
    CHECK(period.total == 7);
    CHECK(period.weeks.front().monday == QDate(2026, 1, 5));
    CHECK(period.weeks.back().monday == QDate(2026, 2, 23));
}

TEST_CASE("an empty diary has no weeks")
{
    InsightsDiary d;
    const auto counts = insights::countWeeks(d.timeline());
    CHECK(counts.weeks.empty());
    CHECK(counts.total == 0);
}

TEST_CASE("the light timeline holds what the whole incidents say, escaped text included", "[demo]")
{
    const diary::DemoOptions options{120, 3};
    QTemporaryDir dir;
    ManualClock clock(diary::demoDiaryCreatedAt(options));
    auto demo = diary::Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
    diary::fillDemoDiary(*demo, clock, options);
    diary::Incident odd = sampleIncident(QStringLiteral("Quotes and brackets"), london(2026, 10, 30, 8, 5));
    odd.place = QStringLiteral("Outside \"the\" house \\ back");
    odd.tags = {QStringLiteral("a]b"), QStringLiteral("say \"hi\"")};
    odd.channel = QStringLiteral("in-person");
    clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    const QUuid oddId = demo->incidents().add(odd).incident.id;

    const auto entries = demo->incidents().timeline({});
    auto records = demo->incidents().list({}, -1);
    std::reverse(records.begin(), records.end()); // list() is newest first
    REQUIRE(entries.size() == records.size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
        const auto& e = entries[k];
        const auto& i = records[k].incident;
        INFO("incident " << records[k].number);
        CHECK(e.number == records[k].number);
        CHECK(e.id == i.id);
        CHECK(e.type == i.type);
        CHECK(e.startUtcMs == i.start.toMSecsSinceEpoch());
        CHECK(e.utcOffset == i.start.offsetFromUtc());
        CHECK(e.breach == !i.breaches.isEmpty());
        CHECK(e.channel == i.channel);
        CHECK(e.place == i.place);
        CHECK(e.tags == i.tags);
        CHECK(insights::localTime(e) == i.start);
        CHECK(insights::localDate(e) == i.start.date());
        CHECK(insights::localHour(e) == i.start.time().hour());
    }
    const auto oddEntry =
        std::find_if(entries.begin(), entries.end(), [&](const diary::TimelineEntry& e) { return e.id == oddId; });
    REQUIRE(oddEntry != entries.end());
    CHECK(oddEntry->place == odd.place);
    CHECK(oddEntry->tags == odd.tags);
    CHECK(insights::ContactKinds().inPersonChannel(*oddEntry));
}
