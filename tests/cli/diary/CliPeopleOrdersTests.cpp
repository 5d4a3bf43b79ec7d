// daymark-cli people and orders: adding, listing, showing and amending people; orders with numbered conditions and
// the incidents recorded as possible breaches of each.
#include "Catch.h"
#include "DiaryCli.h"

using namespace daymark::test::clidiary;

TEST_CASE("people add, list, show and amend keep every detail and re-index the person's incidents")
{
    DiaryCli diary;
    const QString officer = diary.addPerson({s("--name"), s("PC Amy Jones"), s("--role"), s("police"),
                                             s("--organisation"), s("Met Police"), s("--phone"), s("101")});
    const QJsonObject mark = diary.object(s("people"), {s("add"),
                                                        s("--name"),
                                                        s("Mark Taylor"),
                                                        s("--alias"),
                                                        s("Marky"),
                                                        s("--alias"),
                                                        s("MT"),
                                                        s("--relationship"),
                                                        s("ex-partner"),
                                                        s("--description"),
                                                        s("Tall, beard"),
                                                        s("--vehicle"),
                                                        s("Ford|Focus|blue|ab12 cde"),
                                                        s("--phone"),
                                                        s("07700 900123"),
                                                        s("--email"),
                                                        s("mark@example.org"),
                                                        s("--handle"),
                                                        s("Instagram:@marky"),
                                                        s("--address"),
                                                        s("1 High Street"),
                                                        s("--notes"),
                                                        s("Works nights")});
    const QString id = mark.value(s("id")).toString();
    CHECK(mark.value(s("role")).toString() == s("stalker"));
    CHECK(mark.value(s("name")).toString() == s("Mark Taylor"));
    CHECK(strings(mark.value(s("aliases"))) == QStringList{s("Marky"), s("MT")});
    CHECK(mark.value(s("relationship")).toString() == s("ex-partner"));
    const QJsonObject car = mark.value(s("vehicles")).toArray().at(0).toObject();
    CHECK(car.value(s("make")).toString() == s("Ford"));
    CHECK(car.value(s("model")).toString() == s("Focus"));
    CHECK(car.value(s("colour")).toString() == s("blue"));
    CHECK(car.value(s("registration")).toString() == s("AB12 CDE"));
    CHECK(strings(mark.value(s("phones"))) == QStringList{s("07700 900123")});
    CHECK(strings(mark.value(s("emails"))) == QStringList{s("mark@example.org")});
    const QJsonObject handle = mark.value(s("handles")).toArray().at(0).toObject();
    CHECK(handle.value(s("platform")).toString() == s("Instagram"));
    CHECK(handle.value(s("handle")).toString() == s("@marky"));
    CHECK(strings(mark.value(s("addresses"))) == QStringList{s("1 High Street")});
    CHECK(mark.value(s("version")).toInt() == 1);

    const QJsonArray people = diary.array(s("people"), {s("list")});
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).toObject().value(s("id")).toString() == id); // stalkers first
    CHECK(people.at(1).toObject().value(s("id")).toString() == officer);
    const QString listed = diary.ok(s("people"), {s("list")});
    CHECK(listed.indexOf(s("Mark Taylor")) < listed.indexOf(s("PC Amy Jones")));

    diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--summary"), s("He rang"),
                       s("--person"), s("Mark Taylor")});
    const QString shown = diary.ok(s("people"), {s("show"), s("mark taylor")});
    CHECK(shown.contains(s("AB12 CDE")));
    CHECK(shown.contains(s("@marky")));
    CHECK(shown.contains(s("Incidents involving or witnessed by them: 1")));
    CHECK(diary.object(s("people"), {s("show"), id.left(6)}).value(s("name")).toString() == s("Mark Taylor"));

    const QByteArray bytes = diary.bytes();
    requireRefused(diary, diary.run(s("people"), {s("amend"), id, s("--phone"), s("999")}), {s("--reason")}, bytes);
    requireRefused(diary, diary.run(s("people"), {s("amend"), id, s("--reason"), s("Nothing")}), {s("field")}, bytes);
    requireRefused(diary, diary.run(s("people"), {s("add"), s("--role"), s("stalker")}), {s("--name")}, bytes);
    requireRefused(diary, diary.run(s("people"), {s("add"), s("--name"), s("X"), s("--role"), s("boss")}),
                   {s("--role"), s("boss"), s("witness")}, bytes);
    requireRefused(diary, diary.run(s("people"), {s("show"), s("Nobody")}), {s("Nobody")}, bytes);
    requireRefused(diary, diary.run(s("people"), {s("dance")}), {s("dance"), s("add")}, bytes);

    const QJsonObject amended =
        diary.object(s("people"), {s("amend"), s("Mark Taylor"), s("--alias"), s("Tay"), s("--phone"), s(""),
                                   s("--reason"), s("New nickname heard from a friend")});
    CHECK(amended.value(s("version")).toInt() == 2);
    CHECK(strings(amended.value(s("aliases"))) == QStringList{s("Tay")});
    CHECK(amended.value(s("phones")).toArray().isEmpty());
    CHECK(amended.value(s("relationship")).toString() == s("ex-partner"));
    // The incident is found by the new alias, and no longer by the old one.
    CHECK(diary.array(s("search"), {s("tay")}).size() == 1);
    CHECK(diary.array(s("search"), {s("marky")}).isEmpty());
}

TEST_CASE("orders add, list and show list each condition with the incidents recorded as possible breaches")
{
    DiaryCli diary;
    diary.addPerson({s("--name"), s("Mark Taylor")});
    const QJsonObject order =
        diary.object(s("orders"), {s("add"), s("--kind"), s("spo"), s("--court"), s("Leeds Magistrates"),
                                   s("--reference"), s("SPO/2026/7"), s("--respondent"), s("Mark Taylor"), s("--made"),
                                   s("2026-01-10"), s("--served"), s("2026-01-12"), s("--expires"), s("2028-01-10"),
                                   s("--condition"), s("Must not contact her directly or indirectly"), s("--condition"),
                                   s("Must not enter Elm Street")});
    const QString id = order.value(s("id")).toString();
    CHECK(order.value(s("kind")).toString() == s("spo"));
    CHECK(order.value(s("court")).toString() == s("Leeds Magistrates"));
    CHECK(order.value(s("made")).toString() == s("2026-01-10"));
    CHECK(order.value(s("expires")).toString() == s("2028-01-10"));
    CHECK(order.value(s("respondent")).toString().size() == 36);
    const QJsonArray conditions = order.value(s("conditions")).toArray();
    REQUIRE(conditions.size() == 2);
    CHECK(conditions.at(1).toObject().value(s("number")).toInt() == 2);
    CHECK(conditions.at(1).toObject().value(s("text")).toString() == s("Must not enter Elm Street"));

    diary.addIncident({s("--type"), s("breach"), s("--at"), s("2026-02-01T18:00"), s("--summary"),
                       s("Walked down Elm Street"), s("--breach"), id.left(6) + s(":2")});
    diary.addIncident({s("--type"), s("text"), s("--at"), s("2026-02-03T18:00"), s("--summary"), s("Texted me"),
                       s("--breach"), id.left(6) + s(":1"), s("--breach"), id.left(6) + s(":2")});

    const QJsonObject shown = diary.object(s("orders"), {s("show"), id.left(8)});
    const QJsonArray breaches = shown.value(s("recordedBreaches")).toArray();
    REQUIRE(breaches.size() == 3);
    int onTwo = 0;
    for (const QJsonValue& b : breaches) {
        CHECK(b.toObject().value(s("start")).toString().startsWith(s("2026-02-0")));
        onTwo += b.toObject().value(s("condition")).toInt() == 2 ? 1 : 0;
    }
    CHECK(onTwo == 2);
    CHECK(breaches.at(0).toObject().value(s("incidentNumber")).toInt() == 1);
    const QString text = diary.ok(s("orders"), {s("show"), id});
    const qsizetype second = text.indexOf(s("2. Must not enter Elm Street"));
    REQUIRE(second > 0);
    CHECK(text.indexOf(s("Walked down Elm Street")) > second);
    CHECK(text.contains(s("Possible breaches recorded: 1.")));
    CHECK(text.contains(s("Possible breaches recorded: 2.")));
    CHECK(text.contains(s("Mark Taylor")));
    CHECK(diary.array(s("orders"), {s("list")}).size() == 1);
    CHECK(diary.ok(s("orders"), {s("list")}).contains(s("SPO/2026/7")));

    const QByteArray bytes = diary.bytes();
    requireRefused(diary, diary.run(s("orders"), {s("add"), s("--kind"), s("injunction")}),
                   {s("--kind"), s("injunction"), s("non-molestation")}, bytes);
    requireRefused(diary, diary.run(s("orders"), {s("add"), s("--made"), s("10/01/2026")}),
                   {s("--made"), s("2026-03-31")}, bytes);
    requireRefused(diary, diary.run(s("orders"), {s("add"), s("--respondent"), s("Nobody")}),
                   {s("--respondent"), s("Nobody")}, bytes);
    requireRefused(
        diary, diary.run(s("orders"), {s("amend"), id, s("--remove-condition"), s("2"), s("--reason"), s("Varied")}),
        {s("condition 2"), s("breaches")}, bytes);

    const QJsonObject varied =
        diary.object(s("orders"), {s("amend"), id, s("--add-condition"), s("Must not post about her online"),
                                   s("--reason"), s("Varied by the court")});
    CHECK(varied.value(s("version")).toInt() == 2);
    REQUIRE(varied.value(s("conditions")).toArray().size() == 3);
    CHECK(varied.value(s("conditions")).toArray().at(2).toObject().value(s("number")).toInt() == 3);
}
