// daymark-cli list and search: newest first, every filter alone and combined, prefix search over details, people's
// names and tags, and deleted incidents left out unless asked for.
#include "Catch.h"
#include "DiaryCli.h"

using namespace daymark::test::clidiary;

namespace {

// Six incidents, the sixth deleted; see each line for what the filters below rely on.
struct Sample
{
    DiaryCli diary;
    QString order;

    Sample()
    {
        diary.addPerson({s("--name"), s("Mark Taylor"), s("--alias"), s("Marky")});
        diary.addPerson({s("--name"), s("Jo Bloggs"), s("--role"), s("witness")});
        order = diary.addOrder({s("--condition"), s("No contact"), s("--condition"), s("Stay away from the school")});
        const QString o = order.left(8);
        diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-01-10T10:00"), s("--summary"), s("Silent call"),
                           s("--details"), s("Withheld number"), s("--reported")});
        diary.addIncident({s("--type"), s("text"), s("--at"), s("2026-02-14T20:00"), s("--summary"),
                           s("Valentine message"), s("--details"), s("Threatening to turn up"), s("--person"),
                           s("Mark Taylor"), s("--breach"), o + s(":1")});
        diary.addIncident({s("--type"), s("sighting"), s("--at"), s("2026-03-01T08:00"), s("--summary"),
                           s("Outside school"), s("--person"), s("Mark Taylor"), s("--witness"), s("Jo Bloggs"),
                           s("--place"), s("St Mary's School"), s("--breach"), o + s(":2"), s("--reported")});
        diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T22:00"), s("--summary"), s("Late call"),
                           s("--details"), s("Breathing"), s("--person"), s("Mark Taylor")});
        diary.addIncident({s("--type"), s("visit"), s("--at"), s("2026-03-05T19:00"), s("--summary"), s("At the door"),
                           s("--tag"), s("doorbell")});
        diary.addIncident({s("--type"), s("text"), s("--at"), s("2026-03-06T12:00"), s("--summary"),
                           s("Threatening message"), s("--person"), s("Mark Taylor")});
        diary.ok(s("delete"), {s("6"), s("--reason"), s("Duplicate")});
    }

    QList<int> search(const QString& query, const QStringList& filters = {}) const
    {
        QList<int> numbers;
        for (const QJsonValue& value : diary.array(s("search"), QStringList{query} + filters))
            numbers << value.toObject().value(s("number")).toInt();
        return numbers;
    }
};

using L = QList<int>;

} // namespace

TEST_CASE("list shows incidents newest first, each filter narrows it, and filters combine")
{
    Sample sample;
    const DiaryCli& d = sample.diary;
    CHECK(d.listNumbers() == L{5, 4, 3, 2, 1});
    CHECK(d.listNumbers({s("--type"), s("call")}) == L{4, 1});
    CHECK(d.listNumbers({s("--type"), s("call,text")}) == L{4, 2, 1});
    CHECK(d.listNumbers({s("--type"), s("call"), s("--type"), s("text")}) == L{4, 2, 1});
    CHECK(d.listNumbers({s("--from"), s("2026-03-01")}) == L{5, 4, 3});
    CHECK(d.listNumbers({s("--to"), s("2026-03-01")}) == L{4, 3, 2, 1}); // the whole day is included
    CHECK(d.listNumbers({s("--from"), s("2026-02-01"), s("--to"), s("2026-03-01T12:00")}) == L{3, 2});
    CHECK(d.listNumbers({s("--person"), s("mark taylor")}) == L{4, 3, 2});
    CHECK(d.listNumbers({s("--person"), s("Jo Bloggs")}) == L{3}); // as a witness
    CHECK(d.listNumbers({s("--order"), sample.order.left(6)}) == L{3, 2});
    CHECK(d.listNumbers({s("--breach")}) == L{3, 2});
    CHECK(d.listNumbers({s("--no-breach")}) == L{5, 4, 1});
    CHECK(d.listNumbers({s("--reported")}) == L{3, 1});
    CHECK(d.listNumbers({s("--not-reported")}) == L{5, 4, 2});
    CHECK(d.listNumbers({s("--deleted")}) == L{6});
    CHECK(d.listNumbers({s("--include-deleted")}) == L{6, 5, 4, 3, 2, 1});
    CHECK(d.listNumbers({s("--limit"), s("2")}) == L{5, 4});
    CHECK(d.listNumbers({s("--limit"), s("2"), s("--offset"), s("2")}) == L{3, 2});

    // Filters combine: an incident must match all of them.
    CHECK(d.listNumbers({s("--type"), s("call"), s("--person"), s("Mark Taylor")}) == L{4});
    CHECK(d.listNumbers({s("--reported"), s("--breach")}) == L{3});
    CHECK(d.listNumbers({s("--from"), s("2026-03-01"), s("--type"), s("call"), s("--not-reported")}) == L{4});
    CHECK(d.listNumbers({s("--person"), s("Mark Taylor"), s("--no-breach"), s("--include-deleted")}) == L{6, 4});
    CHECK(d.listNumbers({s("--type"), s("visit"), s("--reported")}).isEmpty());

    const QString text = d.ok(s("list"), {s("--limit"), s("2")});
    CHECK(text.contains(s("#5")));
    CHECK(text.contains(s("At the door")));
    CHECK_FALSE(text.contains(s("#3")));
    CHECK(text.contains(s("2 shown of 5")));
    CHECK(d.ok(s("list"), {s("--type"), s("damage")}).contains(s("No incidents match")));
}

TEST_CASE("search finds word prefixes in details, people's names, places and tags, but not deleted incidents")
{
    Sample sample;
    CHECK(sample.search(s("threat")) == L{2});
    CHECK(sample.search(s("THR")) == L{2});
    CHECK(sample.search(s("threat"), {s("--include-deleted")}) == L{6, 2});
    CHECK(sample.search(s("taylor")) == L{4, 3, 2});
    CHECK(sample.search(s("Marky")) == L{4, 3, 2});
    CHECK(sample.search(s("Jo")) == L{3});
    CHECK(sample.search(s("mary school")) == L{3});
    CHECK(sample.search(s("doorbell")) == L{5});
    CHECK(sample.search(s("taylor"), {s("--type"), s("call")}) == L{4});
    CHECK(sample.search(s("taylor"), {s("--limit"), s("1")}) == L{4});
    CHECK(sample.search(s("nothingmatches")).isEmpty());
    const QString text = sample.diary.ok(s("search"), {s("breath")});
    CHECK(text.contains(s("Late call")));
    CHECK(text.contains(s("#4")));
}

TEST_CASE("list and search refuse bad filters with a sentence naming the option")
{
    DiaryCli d;
    d.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--summary"), s("He rang")});
    const QByteArray bytes = d.bytes();
    requireRefused(d, d.run(s("list"), {s("--type"), s("calls")}), {s("--type"), s("calls"), s("call")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--from"), s("March")}), {s("--from"), s("2026-03-01")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--to"), s("2026-13-01")}), {s("--to")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--breach"), s("--no-breach")}), {s("--breach"), s("--no-breach")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--deleted"), s("--include-deleted")}), {s("--deleted")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--person"), s("Nobody")}), {s("--person"), s("Nobody")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--order"), s("0000000000")}), {s("--order")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--limit"), s("many")}), {s("--limit"), s("many")}, bytes);
    requireRefused(d, d.run(s("list"), {s("--from"), s("2026-03-02"), s("--to"), s("2026-03-01")}),
                   {s("--to"), s("--from")}, bytes);
    requireRefused(d, d.run(s("search"), {s("--"), s("***")}), {s("word")}, bytes);
    requireRefused(d, d.run(s("search"), {s("call"), s("--type"), s("bogus")}), {s("--type"), s("bogus")}, bytes);
}
