// daymark-cli add: the printed id, the --json incident, every field option, times and zones, and refused input.
#include "Catch.h"
#include "DiaryCli.h"

#include <QDateTime>
#include <cmath>

using namespace daymark::test::clidiary;

TEST_CASE("add prints the new incident's id, and show --json gives back every field")
{
    DiaryCli diary;
    const QString mark = diary.addPerson({s("--name"), s("Mark Taylor")});
    const QString jo = diary.addPerson({s("--name"), s("Jo Bloggs"), s("--role"), s("witness")});
    const QString order = diary.addOrder({s("--reference"), s("SPO/7"), s("--condition"), s("No contact"),
                                          s("--condition"), s("Stay away from Elm Street")});
    const QString id = diary.addIncident({s("--type"),
                                          s("sighting"),
                                          s("--at"),
                                          s("2026-03-01T21:15"),
                                          s("--end"),
                                          s("21:40"),
                                          s("--approximate"),
                                          s("--summary"),
                                          s("Parked outside"),
                                          s("--details"),
                                          s("Sat in the blue car, engine running"),
                                          s("--place"),
                                          s("Elm Street"),
                                          s("--lat"),
                                          s("51.5"),
                                          s("--lon"),
                                          s("-0.12"),
                                          s("--impact"),
                                          s("Could not sleep"),
                                          s("--person"),
                                          s("mark taylor"),
                                          s("--witness"),
                                          jo.left(8),
                                          s("--witness-notes"),
                                          s("A dog walker"),
                                          s("--children-present"),
                                          s("--police-ref"),
                                          s("CAD 1234"),
                                          s("--officer"),
                                          s("PC Smith"),
                                          s("--notes"),
                                          s("private"),
                                          s("--tag"),
                                          s("car"),
                                          s("--tag"),
                                          s("night"),
                                          s("--breach"),
                                          order.left(6) + s(":2"),
                                          s("--channel"),
                                          s("in person"),
                                          s("--account"),
                                          s("AB12 CDE")});
    const QJsonObject o = diary.object(s("show"), {id});
    CHECK(o.value(s("id")).toString() == id);
    CHECK(o.value(s("number")).toInt() == 1);
    CHECK(o.value(s("type")).toString() == s("sighting"));
    CHECK(o.value(s("start")).toString() == s("2026-03-01T21:15:00+00:00"));
    CHECK(o.value(s("end")).toString() == s("2026-03-01T21:40:00+00:00"));
    CHECK(o.value(s("approximate")).toBool());
    CHECK(o.value(s("timeZone")).toString() == s("Europe/London"));
    CHECK(o.value(s("summary")).toString() == s("Parked outside"));
    CHECK(o.value(s("details")).toString() == s("Sat in the blue car, engine running"));
    CHECK(o.value(s("place")).toString() == s("Elm Street"));
    CHECK(std::abs(o.value(s("latitude")).toDouble() - 51.5) < 1e-9);
    CHECK(std::abs(o.value(s("longitude")).toDouble() + 0.12) < 1e-9);
    CHECK(o.value(s("impact")).toString() == s("Could not sleep"));
    CHECK(strings(o.value(s("people"))) == QStringList{mark});
    CHECK(strings(o.value(s("witnesses"))) == QStringList{jo});
    CHECK(o.value(s("witnessNotes")).toString() == s("A dog walker"));
    CHECK(o.value(s("childrenPresent")).toBool());
    CHECK(o.value(s("reportedToPolice")).toBool()); // implied by --police-ref
    CHECK(o.value(s("policeReference")).toString() == s("CAD 1234"));
    CHECK(o.value(s("officer")).toString() == s("PC Smith"));
    CHECK(o.value(s("notes")).toString() == s("private"));
    CHECK(strings(o.value(s("tags"))) == QStringList{s("car"), s("night")});
    CHECK(o.value(s("channel")).toString() == s("in person"));
    CHECK(o.value(s("account")).toString() == s("AB12 CDE"));
    const QJsonArray breaches = o.value(s("breaches")).toArray();
    REQUIRE(breaches.size() == 1);
    CHECK(breaches.at(0).toObject().value(s("order")).toString() == order);
    CHECK(breaches.at(0).toObject().value(s("condition")).toInt() == 2);
    CHECK(o.value(s("version")).toInt() == 1);
    CHECK_FALSE(o.value(s("amended")).toBool());
    CHECK_FALSE(o.value(s("deleted")).toBool());
    const QDateTime recorded = QDateTime::fromString(o.value(s("recordedAt")).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(recorded.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const QString text = diary.ok(s("show"), {s("#1")});
    CHECK(text.contains(s("Incident #1")));
    CHECK(text.contains(s("Mark Taylor")));
    CHECK(text.contains(s("approximate")));
    CHECK(text.contains(s("condition 2")));
    CHECK(text.contains(s("Recorded:")));
    CHECK(text.contains(s("after it happened"))); // the gap between the incident and its recording
}

TEST_CASE("add --json prints the incident as an object with its id")
{
    DiaryCli diary;
    const QJsonObject o =
        diary.object(s("add"), {s("--type"), s("call"), s("--at"), s("now"), s("--summary"), s("He rang again")});
    CHECK(o.value(s("id")).toString().size() == 36);
    CHECK(o.value(s("type")).toString() == s("call"));
    CHECK(o.value(s("summary")).toString() == s("He rang again"));
    const QDateTime start = QDateTime::fromString(o.value(s("start")).toString(), Qt::ISODate);
    REQUIRE(start.isValid());
    CHECK(qAbs(start.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    CHECK(o.value(s("end")).isNull());
    CHECK_FALSE(o.value(s("approximate")).toBool());
    CHECK(o.value(s("people")).toArray().isEmpty());
    CHECK(diary.listNumbers() == QList<int>{1});
}

TEST_CASE("add takes local times in --zone and keeps the instant of a time given with an offset")
{
    DiaryCli diary;
    // Summer time in London: local 21:15 is +01:00.
    const QJsonObject summer = diary.object(
        s("add"), {s("--type"), s("text"), s("--at"), s("2026-07-01 21:15"), s("--summary"), s("Message")});
    CHECK(summer.value(s("start")).toString() == s("2026-07-01T21:15:00+01:00"));
    // An offset given: the same instant, shown in the zone asked for.
    const QJsonObject offset =
        diary.object(s("add"), {s("--type"), s("text"), s("--at"), s("2026-07-01T21:15:00+02:00"), s("--zone"),
                                s("America/New_York"), s("--summary"), s("Message")});
    CHECK(offset.value(s("start")).toString() == s("2026-07-01T15:15:00-04:00"));
    CHECK(offset.value(s("timeZone")).toString() == s("America/New_York"));
    const QJsonObject utc = diary.object(
        s("add"), {s("--type"), s("email"), s("--at"), s("2026-01-05T10:00:00Z"), s("--summary"), s("E-mail")});
    CHECK(utc.value(s("start")).toString() == s("2026-01-05T10:00:00+00:00"));
}

TEST_CASE("add refuses bad input with a sentence naming the field, exit 2, and writes nothing")
{
    DiaryCli diary;
    const QString person = diary.addPerson({s("--name"), s("Mark Taylor")});
    const QString order = diary.addOrder({s("--condition"), s("No contact")});
    const QStringList base{s("--at"), s("2026-03-01T21:15"), s("--summary"), s("Something")};
    const QString before = diary.fingerprint();
    const QByteArray bytes = diary.bytes();

    struct Case
    {
        const char* what;
        QStringList args;
        QStringList mentions;
    };
    const Case cases[] = {
        {"unknown type, listing the valid ones",
         QStringList{s("--type"), s("phonecall")} + base,
         {s("--type"), s("phonecall"), s("social-media"), s("item-left"), s("third-party")}},
        {"no type", base, {s("--type"), s("call")}},
        {"end before start",
         QStringList{s("--type"), s("call"), s("--end"), s("2026-03-01T20:00")} + base,
         {s("end"), s("before the start")}},
        {"a link to a missing person",
         QStringList{s("--type"), s("call"), s("--person"), s("Nobody Known")} + base,
         {s("--person"), s("Nobody Known")}},
        {"a missing witness",
         QStringList{s("--type"), s("call"), s("--witness"), s("ffffffff")} + base,
         {s("--witness")}},
        {"a malformed date, with the expected shape",
         {s("--type"), s("call"), s("--at"), s("01/03/2026 9pm"), s("--summary"), s("x")},
         {s("--at"), s("01/03/2026 9pm"), s("2026-03-01T21:15")}},
        {"an impossible date",
         {s("--type"), s("call"), s("--at"), s("2026-02-30T10:00"), s("--summary"), s("x")},
         {s("--at")}},
        {"a time that does not exist (clocks going forward)",
         {s("--type"), s("call"), s("--at"), s("2026-03-29T01:30"), s("--summary"), s("x")},
         {s("--at"), s("Europe/London")}},
        {"no time", {s("--type"), s("call"), s("--summary"), s("x")}, {s("--at")}},
        {"no summary", {s("--type"), s("call"), s("--at"), s("now")}, {s("--summary")}},
        {"an unknown zone",
         QStringList{s("--type"), s("call"), s("--zone"), s("Mars/Olympus")} + base,
         {s("--zone"), s("Mars/Olympus")}},
        {"latitude without longitude",
         QStringList{s("--type"), s("call"), s("--lat"), s("51.5")} + base,
         {s("latitude")}},
        {"a latitude that is not a number",
         QStringList{s("--type"), s("call"), s("--lat"), s("north")} + base,
         {s("--lat"), s("north")}},
        {"a breach without a condition number",
         QStringList{s("--type"), s("breach"), s("--breach"), order.left(8)} + base,
         {s("--breach"), s("ORDER:CONDITION")}},
        {"a breach of a condition the order does not have",
         QStringList{s("--type"), s("breach"), s("--breach"), order.left(8) + s(":5")} + base,
         {s("condition number 5")}},
        {"a breach of a missing order",
         QStringList{s("--type"), s("breach"), s("--breach"), s("abcdef12:1")} + base,
         {s("--breach"), s("abcdef12")}},
    };
    for (const Case& c : cases) {
        INFO("case: " << c.what);
        requireRefused(diary, diary.run(s("add"), c.args), c.mentions, bytes);
    }
    CHECK(diary.fingerprint() == before);
    CHECK(diary.listNumbers().isEmpty());
    CHECK(!person.isEmpty());
}
