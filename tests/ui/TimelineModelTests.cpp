// The timeline model: order, day headings, markers and fetching in pages, against a real diary.
#include "Catch.h"
#include "TestDiary.h"
#include "diary/IncidentRepository.h"
#include "timeline/TimelineModel.h"

#include <QSet>

using namespace daymark;
using namespace daymark::test;
using ui::TimelineModel;

namespace {

// Midday times, so the local day is the same whatever zone the test machine is in.
QDateTime noon(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, 0), Qt::UTC);
}

bool isDay(const TimelineModel& model, int row)
{
    return model.index(row).data(TimelineModel::KindRole).toInt() == static_cast<int>(TimelineModel::RowKind::Day);
}

QString summaryAt(const TimelineModel& model, int row)
{
    return model.index(row).data().toString();
}

void fetchAll(TimelineModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST_CASE("the timeline lists incidents newest first with a heading before each day")
{
    TestDiary d;
    d->incidents().add(sampleIncident(QStringLiteral("first"), noon(10, 10)));
    d->incidents().add(sampleIncident(QStringLiteral("third"), noon(12, 9)));
    d->incidents().add(sampleIncident(QStringLiteral("second"), noon(10, 14)));
    d->incidents().add(sampleIncident(QStringLiteral("fourth"), noon(12, 15)));
    d->incidents().add(sampleIncident(QStringLiteral("fifth"), noon(14)));

    TimelineModel model;
    model.setRepository(&d->incidents());
    REQUIRE(model.rowCount() == 0); // nothing is read until the view asks
    fetchAll(model);

    // 14 Feb: fifth; 12 Feb: fourth, third; 10 Feb: second, first.
    REQUIRE(model.rowCount() == 8);
    CHECK(isDay(model, 0));
    CHECK(model.index(0).data(TimelineModel::DayRole).toDate() == QDate(2026, 2, 14));
    CHECK(summaryAt(model, 1) == QStringLiteral("fifth"));
    CHECK(isDay(model, 2));
    CHECK(model.index(2).data(TimelineModel::DayRole).toDate() == QDate(2026, 2, 12));
    CHECK(summaryAt(model, 3) == QStringLiteral("fourth"));
    CHECK(summaryAt(model, 4) == QStringLiteral("third"));
    CHECK(isDay(model, 5));
    CHECK(summaryAt(model, 6) == QStringLiteral("second"));
    CHECK(summaryAt(model, 7) == QStringLiteral("first"));
    CHECK(model.fetchedIncidents() == 5);
    // Headings are read, not selected or opened.
    CHECK_FALSE(model.flags(model.index(0)).testFlag(Qt::ItemIsSelectable));
    CHECK(model.flags(model.index(1)).testFlag(Qt::ItemIsSelectable));
    CHECK(model.index(0).data().toString().contains(QStringLiteral("2026")));
}

TEST_CASE("the timeline fetches in pages and never repeats a day heading across pages")
{
    TestDiary d;
    // 250 incidents, three a day, so pages of 100 end in the middle of a day.
    for (int i = 0; i < 250; ++i) {
        const QDateTime start = QDateTime(QDate(2025, 1, 1).addDays(i / 3), QTime(9 + i % 3, 0), Qt::UTC);
        d->incidents().add(sampleIncident(QStringLiteral("incident %1").arg(i), start));
    }

    TimelineModel model(nullptr, 100);
    model.setRepository(&d->incidents());
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.fetchedIncidents() == 100);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.fetchedIncidents() == 200);
    model.fetchMore({});
    CHECK(model.fetchedIncidents() == 250);
    CHECK_FALSE(model.canFetchMore({}));

    QSet<QDate> days;
    int headings = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (isDay(model, row)) {
            ++headings;
            days.insert(model.index(row).data(TimelineModel::DayRole).toDate());
        }
    }
    CHECK(headings == 84); // ceil(250 / 3)
    CHECK(days.size() == headings);
    CHECK(model.rowCount() == 250 + 84);
    CHECK(summaryAt(model, 1) == QStringLiteral("incident 249"));
    CHECK(summaryAt(model, model.rowCount() - 1) == QStringLiteral("incident 0"));
}

TEST_CASE("timeline rows carry the approximate, breach, reported and amended markers")
{
    TestDiary d;
    diary::Incident plain = sampleIncident(QStringLiteral("plain"), noon(1));
    d->incidents().add(plain);
    diary::Incident marked = sampleIncident(QStringLiteral("marked"), noon(2));
    marked.approximate = true;
    marked.reportedToPolice = true;
    marked.type = diary::IncidentType::Breach;
    const diary::IncidentRecord added = d->incidents().add(marked);
    diary::Incident changed = added.incident;
    changed.details = QStringLiteral("He stood at the gate for ten minutes.");
    d->incidents().amend(changed, QStringLiteral("remembered how long"));

    TimelineModel model;
    model.setRepository(&d->incidents());
    fetchAll(model);
    REQUIRE(model.rowCount() == 4);
    const QModelIndex m = model.index(1);
    const QModelIndex p = model.index(3);
    REQUIRE(m.data().toString() == QStringLiteral("marked"));
    CHECK(m.data(TimelineModel::ApproximateRole).toBool());
    CHECK(m.data(TimelineModel::BreachRole).toBool());
    CHECK(m.data(TimelineModel::ReportedRole).toBool());
    CHECK(m.data(TimelineModel::AmendedRole).toBool());
    CHECK(m.data(TimelineModel::TypeRole).toInt() == static_cast<int>(diary::IncidentType::Breach));
    CHECK(m.data(TimelineModel::IdRole).toUuid() == added.incident.id);
    CHECK(m.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("approximate")));
    REQUIRE(p.data().toString() == QStringLiteral("plain"));
    CHECK_FALSE(p.data(TimelineModel::ApproximateRole).toBool());
    CHECK_FALSE(p.data(TimelineModel::BreachRole).toBool());
    CHECK_FALSE(p.data(TimelineModel::ReportedRole).toBool());
    CHECK_FALSE(p.data(TimelineModel::AmendedRole).toBool());
    CHECK_FALSE(p.data(TimelineModel::TimeTextRole).toString().isEmpty());
    CHECK(model.indexOf(added.incident.id) == m);
}

TEST_CASE("a timeline without a diary is empty and fetches nothing")
{
    TestDiary d;
    d->incidents().add(sampleIncident());
    TimelineModel model;
    model.setRepository(&d->incidents());
    fetchAll(model);
    REQUIRE(model.rowCount() == 2);
    model.setRepository(nullptr);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("pages that end inside one second neither repeat nor skip an incident")
{
    TestDiary d;
    // 7 incidents at 09:00:05 and 5 at 09:00:04: pages of 3 end again and again inside the same second.
    for (int i = 0; i < 12; ++i) {
        const QDateTime start = QDateTime(QDate(2026, 2, 3), QTime(9, 0, i < 7 ? 5 : 4), Qt::UTC);
        d->incidents().add(sampleIncident(QStringLiteral("same second %1").arg(i), start));
    }
    TimelineModel model(nullptr, 3);
    model.setRepository(&d->incidents());
    fetchAll(model);
    QList<qint64> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        if (!isDay(model, row))
            numbers.append(model.index(row).data(TimelineModel::NumberRole).toLongLong());
    // Newest first: the later second (numbers 7..1, newest number first), then the earlier one (12..8).
    CHECK(numbers == QList<qint64>{7, 6, 5, 4, 3, 2, 1, 12, 11, 10, 9, 8});
}
