// Tests for diary/IncidentRepository: recording, amending with history, tombstones, listing, filters and search.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"

using namespace daymark;
using namespace daymark::diary;
using namespace daymark::test;

namespace {

QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

QStringList summaries(const std::vector<IncidentRecord>& records)
{
    QStringList out;
    for (const auto& r : records)
        out << r.incident.summary;
    return out;
}

} // namespace

TEST_CASE("an incident is stored with its time zone and the time it was recorded")
{
    TestDiary t;
    auto incident = sampleIncident();
    incident.end = incident.start.addSecs(300);
    incident.approximate = true;
    incident.latitude = 54.5742;
    incident.longitude = -1.2350;
    const auto added = t->incidents().add(incident);
    CHECK_FALSE(added.incident.id.isNull());
    CHECK(added.number == 1);
    CHECK(added.version == 1);
    CHECK_FALSE(added.amended());
    CHECK(added.recordedAt == t.clock.nowUtc());

    t.reopen();
    const auto loaded = t->incidents().get(added.incident.id);
    CHECK(loaded.incident == added.incident);
    CHECK(loaded.incident.start.timeZone().id() == QByteArray("Europe/London"));
    CHECK(loaded.incident.start == london(2026, 2, 27, 21, 40));
    CHECK(loaded.incident.approximate);
    CHECK(*loaded.incident.latitude == 54.5742);
    CHECK(t->incidents().add(sampleIncident(QStringLiteral("Second"))).number == 2);
}

TEST_CASE("bad input is refused with a sentence naming the field, and nothing is written")
{
    TestDiary t;
    const qint64 head = t->journal().headSeq();
    auto noSummary = sampleIncident(QStringLiteral("  "));
    CHECK(errorOf([&] { t->incidents().add(noSummary); }).startsWith(QStringLiteral("Summary")));
    auto backwards = sampleIncident();
    backwards.end = backwards.start.addSecs(-60);
    CHECK(errorOf([&] { t->incidents().add(backwards); }).startsWith(QStringLiteral("End")));
    auto noTime = sampleIncident();
    noTime.start = QDateTime();
    CHECK(errorOf([&] { t->incidents().add(noTime); }).startsWith(QStringLiteral("Start")));
    auto ghost = sampleIncident();
    ghost.people = {QUuid::createUuid()};
    CHECK(errorOf([&] { t->incidents().add(ghost); }).startsWith(QStringLiteral("People")));
    auto ghostWitness = sampleIncident();
    ghostWitness.witnesses = {QUuid::createUuid()};
    CHECK(errorOf([&] { t->incidents().add(ghostWitness); }).startsWith(QStringLiteral("Witnesses")));
    auto halfPlace = sampleIncident();
    halfPlace.latitude = 54.0;
    CHECK(errorOf([&] { t->incidents().add(halfPlace); }).startsWith(QStringLiteral("Coordinates")));
    const auto order = t->orders().add(sampleOrder());
    auto badCondition = sampleIncident();
    badCondition.breaches = {{order.order.id, 7}};
    CHECK(errorOf([&] { t->incidents().add(badCondition); }).startsWith(QStringLiteral("Breaches")));
    CHECK(t->journal().headSeq() == head + 1); // only the order
    CHECK(t->incidents().count({}) == 0);
}

TEST_CASE("an amendment keeps the earlier version, both times and the reason")
{
    TestDiary t;
    const auto first = t->incidents().add(sampleIncident());
    t.clock.advance(3600);
    auto changed = first.incident;
    changed.details = QStringLiteral("He said \"I know where you park, and I know your new car\".");
    const auto amended = t->incidents().amend(changed, QStringLiteral("Remembered the exact words"));
    CHECK(amended.version == 2);
    CHECK(amended.amended());
    CHECK(amended.recordedAt == first.recordedAt);
    CHECK(amended.lastChangedAt == first.recordedAt.addSecs(3600));
    CHECK(amended.incident.details == changed.details);

    const auto history = t->incidents().history(first.incident.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].version == 1);
    CHECK(history[0].incident == first.incident);
    CHECK(history[0].at == first.recordedAt);
    CHECK(history[1].version == 2);
    CHECK(history[1].action == QStringLiteral("amend"));
    CHECK(history[1].reason == QStringLiteral("Remembered the exact words"));
    CHECK(history[1].incident == changed);

    CHECK(errorOf([&] { t->incidents().amend(changed, QStringLiteral(" ")); }).startsWith(QStringLiteral("Reason")));
    CHECK_FALSE(errorOf([&] { t->incidents().amend(changed, QStringLiteral("again")); }).isEmpty());
}

TEST_CASE("a deletion is a tombstone with a reason, and can be undone")
{
    TestDiary t;
    const auto kept = t->incidents().add(sampleIncident(QStringLiteral("Kept")));
    const auto gone = t->incidents().add(sampleIncident(QStringLiteral("Logged twice by mistake")));
    CHECK(errorOf([&] { t->incidents().remove(gone.incident.id, {}); }).startsWith(QStringLiteral("Reason")));
    const auto tombstone = t->incidents().remove(gone.incident.id, QStringLiteral("Duplicate of the entry before"));
    CHECK(tombstone.deleted);
    CHECK(tombstone.deletionReason == QStringLiteral("Duplicate of the entry before"));
    CHECK(summaries(t->incidents().list({})) == QStringList{QStringLiteral("Kept")});
    IncidentFilter onlyDeleted;
    onlyDeleted.deleted = IncidentFilter::Deleted::Only;
    CHECK(summaries(t->incidents().list(onlyDeleted)) == QStringList{QStringLiteral("Logged twice by mistake")});
    CHECK(t->incidents().search(QStringLiteral("mistake"), {}).empty());

    const auto back = t->incidents().restore(gone.incident.id, QStringLiteral("Not a duplicate after all"));
    CHECK_FALSE(back.deleted);
    CHECK(back.incident == gone.incident);
    CHECK(t->incidents().count({}) == 2);
    const auto history = t->incidents().history(gone.incident.id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == QStringLiteral("delete"));
    CHECK(history[2].action == QStringLiteral("restore"));
    CHECK(t->check().ok());
    (void)kept;
}

TEST_CASE("lists are newest first and filters combine")
{
    TestDiary t;
    const auto stalker = t->people().add(samplePerson());
    const auto order = t->orders().add(sampleOrder());
    auto call = sampleIncident(QStringLiteral("Call in January"), london(2026, 1, 5, 20, 0));
    auto visit = sampleIncident(QStringLiteral("Visit in February"), london(2026, 2, 14, 18, 30));
    visit.type = IncidentType::Visit;
    visit.people = {stalker.person.id};
    visit.breaches = {{order.order.id, 2}};
    visit.reportedToPolice = true;
    visit.policeReference = QStringLiteral("CL-2026-0214-77");
    auto text = sampleIncident(QStringLiteral("Text in March"), london(2026, 3, 2, 7, 15));
    text.type = IncidentType::Text;
    text.people = {stalker.person.id};
    for (const auto& i : {call, visit, text})
        t->incidents().add(i);

    CHECK(summaries(t->incidents().list({})) == QStringList{QStringLiteral("Text in March"),
                                                            QStringLiteral("Visit in February"),
                                                            QStringLiteral("Call in January")});
    IncidentFilter f;
    f.person = stalker.person.id;
    CHECK(t->incidents().count(f) == 2);
    f.types = {IncidentType::Visit, IncidentType::Call};
    CHECK(summaries(t->incidents().list(f)) == QStringList{QStringLiteral("Visit in February")});
    IncidentFilter range;
    range.from = london(2026, 2, 1, 0, 0);
    range.to = london(2026, 3, 1, 0, 0);
    CHECK(summaries(t->incidents().list(range)) == QStringList{QStringLiteral("Visit in February")});
    IncidentFilter breaches;
    breaches.breach = true;
    breaches.order = order.order.id;
    CHECK(t->incidents().count(breaches) == 1);
    IncidentFilter notReported;
    notReported.reported = false;
    CHECK(t->incidents().count(notReported) == 2);
    CHECK(t->incidents().list({}, 1, 1).at(0).incident.summary == QStringLiteral("Visit in February"));

    const auto recorded = t->orders().breaches(order.order.id);
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].condition == 2);
    CHECK(recorded[0].summary == QStringLiteral("Visit in February"));
}

TEST_CASE("search matches word prefixes in every text field and people's names, newest first")
{
    TestDiary t;
    const auto stalker = t->people().add(samplePerson());
    auto a = sampleIncident(QStringLiteral("Flowers on the doorstep"), london(2026, 1, 2, 8, 0));
    a.type = IncidentType::ItemLeft;
    a.details = QStringLiteral("A bouquet of lilies with a card: \"we belong together\"");
    a.place = QStringLiteral("Front door, Elm Grove");
    a.notes = QStringLiteral("Café owner saw a silver Ford");
    auto b = sampleIncident(QStringLiteral("Message on Instagram"), london(2026, 1, 9, 23, 0));
    b.people = {stalker.person.id};
    b.tags = {QStringLiteral("instagram"), QStringLiteral("night")};
    t->incidents().add(a);
    t->incidents().add(b);

    auto found = [&](const char* query) { return summaries(t->incidents().search(QString::fromUtf8(query), {})); };
    CHECK(found("lil") == QStringList{QStringLiteral("Flowers on the doorstep")});
    CHECK(found("elm gro") == QStringList{QStringLiteral("Flowers on the doorstep")});
    CHECK(found("cafe") == QStringList{QStringLiteral("Flowers on the doorstep")});
    CHECK(found("Fenwick") == QStringList{QStringLiteral("Message on Instagram")});
    CHECK(found("dan") == QStringList{QStringLiteral("Message on Instagram")}); // an alias
    CHECK(found("night").size() == 2);
    CHECK(found("night").first() == QStringLiteral("Message on Instagram"));
    CHECK(found("lilies OR instagram").isEmpty()); // words, not operators: all must match
    CHECK(found("\" NEAR * -").isEmpty());
    CHECK(found("").isEmpty());

    // Renaming a person re-indexes the incidents that mention them.
    auto renamed = stalker.person;
    renamed.name = QStringLiteral("Daniel Kerr");
    t->people().amend(renamed, QStringLiteral("He changed his surname"));
    CHECK(found("kerr") == QStringList{QStringLiteral("Message on Instagram")});
    CHECK(found("fenwick").isEmpty());
}

TEST_CASE("incidents are found by number, id or unambiguous id prefix")
{
    TestDiary t;
    const auto a = t->incidents().add(sampleIncident());
    const QString id = a.incident.id.toString(QUuid::WithoutBraces);
    CHECK(t->incidents().resolve(QStringLiteral("1")) == a.incident.id);
    CHECK(t->incidents().resolve(QStringLiteral("#1")) == a.incident.id);
    CHECK(t->incidents().resolve(id) == a.incident.id);
    CHECK(t->incidents().resolve(id.left(8).toUpper()) == a.incident.id);
    CHECK_THROWS_AS(t->incidents().resolve(QStringLiteral("2")), Error);
    CHECK_THROWS_AS(t->incidents().resolve(QStringLiteral("zzz")), Error);
    CHECK_THROWS_AS(t->incidents().resolve(QStringLiteral("ffffffff")), Error);
}

TEST_CASE("times with milliseconds are kept to the second, and the diary still checks sound")
{
    TestDiary t;
    auto incident =
        sampleIncident(QStringLiteral("Logged just now"), QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15, 250), Qt::UTC));
    incident.end = incident.start.addMSecs(60500);
    const auto added = t->incidents().add(incident);
    CHECK(added.incident.start == QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15), Qt::UTC));
    CHECK(added.incident.end->time().msec() == 0);
    CHECK(t->check().ok());
}
