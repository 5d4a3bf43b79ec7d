// daymark-cli insights and screening end to end: signals and weekly counts of a demo diary in text and JSON,
// answers saved with history, refusals that write nothing.
#include "Catch.h"
#include "DiaryCli.h"

#include <QJsonDocument>

using namespace daymark::test::clidiary;

namespace {

QJsonObject json(const Run& run)
{
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("insights on a demo diary lists its signals with incidents, and its weekly counts")
{
    DiaryCli cli;
    const QString demo = cli.folder() + s("/demo.daymark");
    REQUIRE(cli.runRaw({s("demo"), demo, s("--incidents"), s("200")}).exitCode == 0);
    const QJsonObject o = json(cli.runRaw({s("insights"), demo, s("--to"), s("2026-10-31"), s("--json")}));
    QStringList codes;
    for (const QJsonValue& v : o.value(s("signals")).toArray()) {
        codes << v.toObject().value(s("code")).toString();
        CHECK_FALSE(v.toObject().value(s("incidents")).toArray().isEmpty());
        CHECK(v.toObject().value(s("explanation")).toString().contains(s("recorded")));
    }
    for (const char* code : {"first-in-person", "first-threat", "home-or-work", "order-breach", "third-parties"})
        CHECK(codes.contains(s(code)));
    const QJsonObject weekly = o.value(s("weekly")).toObject();
    const int listed = cli.runRaw({s("list"), demo, s("--json")}).out.count(s("\"number\""));
    CHECK(weekly.value(s("total")).toInt() == listed);
    CHECK(weekly.value(s("hourByDay")).toArray().size() == 7);
    int sum = 0;
    for (const QJsonValue& w : weekly.value(s("weeks")).toArray())
        sum += w.toObject().value(s("total")).toInt();
    CHECK(sum == listed);
    CHECK(o.value(s("advice")).toString().contains(s("0808 802 0300")));

    const Run text = cli.runRaw({s("insights"), demo, s("--to"), s("2026-10-31")});
    INFO(text.describe());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(s("Threats or violence recorded")));
    CHECK(text.out.contains(s("call 999")));
    CHECK(text.out.contains(s("2026-W44")));
}

TEST_CASE("screening saves answers with their history and shows the evidence beside each question")
{
    DiaryCli cli;
    cli.addIncident(
        {s("--type"), s("threat"), s("--at"), s("2026-03-02 20:00"), s("--summary"), s("He said he would hurt me")});
    const QString before = cli.fingerprint();
    CHECK(cli.run(s("screening"), {s("--answer"), s("threats=yes"), s("--note"), s("by text")}).exitCode == 0);
    CHECK(cli.fingerprint() != before);
    CHECK(cli.run(s("screening"), {s("--answer"), s("threats=dont-know"), s("--reason"), s("not sure")}).exitCode == 0);
    const QJsonObject all = cli.object(s("screening"), {});
    QJsonObject threats;
    for (const QJsonValue& q : all.value(s("questions")).toArray())
        if (q.toObject().value(s("code")).toString() == s("threats"))
            threats = q.toObject();
    REQUIRE_FALSE(threats.isEmpty());
    CHECK(threats.value(s("evidence")).toArray().size() == 1);
    CHECK(threats.value(s("latest")).toObject().value(s("answer")).toString() == s("dont-know"));
    CHECK(threats.value(s("latest")).toObject().value(s("version")).toInt() == 2);
    const QJsonObject history = cli.object(s("screening"), {s("--history"), s("threats")});
    CHECK(history.value(s("answers")).toArray().size() == 2);
    CHECK(cli.ok(s("check")).contains(s("sound")));

    const QByteArray bytes = cli.bytes();
    const Run refused = cli.run(s("screening"), {s("--answer"), s("no-such=yes")});
    requireRefused(cli, refused, {s("no-such")}, bytes);
    const Run malformed = cli.run(s("screening"), {s("--answer"), s("threats=perhaps")});
    requireRefused(cli, malformed, {s("threats=perhaps")}, bytes);
}
