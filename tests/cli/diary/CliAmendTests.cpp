// daymark-cli amend and history: only the given fields change, both versions are kept with the reason, and amending
// without a reason or without a change is refused.
#include "Catch.h"
#include "DiaryCli.h"

using namespace daymark::test::clidiary;

TEST_CASE("an amendment changes only the given fields and history --json shows both versions with the reason")
{
    DiaryCli diary;
    const QString id = diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--end"),
                                          s("21:30"), s("--summary"), s("He rang 14 times"), s("--details"),
                                          s("Withheld number"), s("--tag"), s("calls")});
    const QString before = diary.fingerprint();
    const QString said = diary.ok(
        s("amend"), {s("#1"), s("--summary"), s("He rang 15 times"), s("--reason"), s("Miscounted the calls")});
    CHECK(said.contains(s("version 2")));
    CHECK(diary.fingerprint() != before);

    const QJsonObject now = diary.object(s("show"), {id.left(8)});
    CHECK(now.value(s("summary")).toString() == s("He rang 15 times"));
    CHECK(now.value(s("details")).toString() == s("Withheld number"));
    CHECK(now.value(s("end")).toString() == s("2026-03-01T21:30:00+00:00"));
    CHECK(now.value(s("version")).toInt() == 2);
    CHECK(now.value(s("amended")).toBool());
    CHECK(diary.ok(s("show"), {s("1")}).contains(s("amended")));
    CHECK(diary.ok(s("list")).contains(s("amended")));

    const QJsonArray history = diary.array(s("history"), {s("1")});
    REQUIRE(history.size() == 2);
    const QJsonObject first = history.at(0).toObject();
    const QJsonObject second = history.at(1).toObject();
    CHECK(first.value(s("version")).toInt() == 1);
    CHECK(first.value(s("action")).toString() == s("create"));
    CHECK(first.value(s("reason")).isNull());
    CHECK(first.value(s("incident")).toObject().value(s("summary")).toString() == s("He rang 14 times"));
    CHECK(second.value(s("version")).toInt() == 2);
    CHECK(second.value(s("action")).toString() == s("amend"));
    CHECK(second.value(s("reason")).toString() == s("Miscounted the calls"));
    CHECK(second.value(s("incident")).toObject().value(s("summary")).toString() == s("He rang 15 times"));
    CHECK(second.value(s("journalRecord")).toInt() > first.value(s("journalRecord")).toInt());
    CHECK(second.value(s("at")).toString() >= first.value(s("at")).toString());
    CHECK(second.value(s("at")).toString().endsWith(u'Z'));

    const QString text = diary.ok(s("history"), {s("1")});
    CHECK(text.contains(s("Version 1")));
    CHECK(text.contains(s("Version 2")));
    CHECK(text.contains(s("Miscounted the calls")));
    CHECK(text.contains(s("\"He rang 14 times\" became \"He rang 15 times\"")));
    CHECK_FALSE(text.contains(s("details:")));
}

TEST_CASE("amend clears fields with an empty value, --clear-end and the negative flags")
{
    DiaryCli diary;
    const QString person = diary.addPerson({s("--name"), s("Mark Taylor"), s("--alias"), s("Marky")});
    diary.addIncident(
        {s("--type"),        s("visit"),     s("--at"),        s("2026-03-01T21:15"), s("--end"),   s("22:00"),
         s("--approximate"), s("--summary"), s("At the door"), s("--details"),        s("Knocked"), s("--tag"),
         s("door"),          s("--person"),  person,           s("--reported"),       s("--lat"),   s("51"),
         s("--lon"),         s("0")});
    diary.ok(s("amend"), {s("1"), s("--details"), s(""), s("--clear-end"), s("--tag"), s(""), s("--person"), s(""),
                          s("--exact"), s("--not-reported"), s("--clear-coordinates"), s("--at"), s("2026-03-01T21:05"),
                          s("--type"), s("loitering"), s("--reason"), s("Corrected")});
    const QJsonObject o = diary.object(s("show"), {s("1")});
    CHECK(o.value(s("details")).isNull());
    CHECK(o.value(s("end")).isNull());
    CHECK(o.value(s("tags")).toArray().isEmpty());
    CHECK(o.value(s("people")).toArray().isEmpty());
    CHECK_FALSE(o.value(s("approximate")).toBool());
    CHECK_FALSE(o.value(s("reportedToPolice")).toBool());
    CHECK(o.value(s("latitude")).isNull());
    CHECK(o.value(s("type")).toString() == s("loitering"));
    CHECK(o.value(s("start")).toString() == s("2026-03-01T21:05:00+00:00"));
    CHECK(o.value(s("summary")).toString() == s("At the door"));

    // --zone alone keeps the clock time and puts it in the new zone.
    diary.ok(s("amend"), {s("1"), s("--zone"), s("Europe/Paris"), s("--reason"), s("It was in France")});
    const QJsonObject moved = diary.object(s("show"), {s("1")});
    CHECK(moved.value(s("start")).toString() == s("2026-03-01T21:05:00+01:00"));
    CHECK(moved.value(s("timeZone")).toString() == s("Europe/Paris"));
    CHECK(moved.value(s("version")).toInt() == 3);
}

TEST_CASE("amend refuses a missing reason, no fields, an unchanged value or bad input, and writes nothing")
{
    DiaryCli diary;
    diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--summary"), s("He rang")});
    const QString before = diary.fingerprint();
    const QByteArray bytes = diary.bytes();
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--summary"), s("He rang twice")}), {s("--reason")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--summary"), s("He rang twice"), s("--reason"), s(" ")}),
                   {s("--reason")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--reason"), s("Because")}), {s("field")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--summary"), s("He rang"), s("--reason"), s("Same")}),
                   {s("Nothing was changed")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--type"), s("ring"), s("--reason"), s("Type")}),
                   {s("--type"), s("ring"), s("voicemail")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--end"), s("20:00"), s("--reason"), s("End")}),
                   {s("end"), s("before the start")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--at"), s("yesterday"), s("--reason"), s("When")}),
                   {s("--at"), s("2026-03-01T21:15")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--person"), s("Nobody"), s("--reason"), s("Who")}),
                   {s("--person"), s("Nobody")}, bytes);
    requireRefused(diary,
                   diary.run(s("amend"), {s("1"), s("--reported"), s("--not-reported"), s("--reason"), s("Both")}),
                   {s("--reported"), s("--not-reported")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("7"), s("--summary"), s("x"), s("--reason"), s("Missing")}),
                   {s("7")}, bytes);
    CHECK(diary.fingerprint() == before);
    CHECK(diary.array(s("history"), {s("1")}).size() == 1);
}
