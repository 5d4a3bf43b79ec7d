// daymark-cli demo: a new diary of fictional data, the same for the same seed, sound by check, never over a file.
#include "Catch.h"
#include "DiaryCli.h"

#include <QFile>
#include <QJsonDocument>

using namespace daymark::test::clidiary;

namespace {

QJsonDocument json(const Run& run)
{
    INFO(run.describe());
    REQUIRE(run.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(!document.isNull());
    return document;
}

} // namespace

TEST_CASE("demo fills a new diary with people, orders and incidents, the same for the same seed")
{
    DiaryCli diary; // for its folder and environment
    const QString first = diary.folder() + s("/first.daymark");
    const QString second = diary.folder() + s("/second.daymark");
    const QString other = diary.folder() + s("/other.daymark");
    const QJsonObject summary =
        json(diary.runRaw({s("demo"), first, s("--incidents"), s("80"), s("--seed"), s("7"), s("--json")})).object();
    CHECK(summary.value(s("incidents")).toInt() == 80);
    CHECK(summary.value(s("people")).toInt() >= 3);
    CHECK(summary.value(s("orders")).toInt() >= 1);
    CHECK(summary.value(s("amendments")).toInt() >= 1);
    json(diary.runRaw({s("demo"), second, s("--incidents"), s("80"), s("--seed"), s("7"), s("--json")}));
    json(diary.runRaw({s("demo"), other, s("--incidents"), s("80"), s("--seed"), s("8"), s("--json")}));

    const auto listAll = [&](const QString& path) {
        return json(diary.runRaw({s("list"), path, s("--include-deleted"), s("--json")})).array();
    };
    const QJsonArray incidents = listAll(first);
    CHECK(incidents.size() == 80);
    CHECK(listAll(second) == incidents);
    CHECK(listAll(other) != incidents);
    const QJsonArray people = json(diary.runRaw({s("people"), first, s("list"), s("--json")})).array();
    CHECK(people.size() == summary.value(s("people")).toInt());
    CHECK(json(diary.runRaw({s("people"), second, s("list"), s("--json")})).array() == people);

    int amended = 0;
    QStringList types;
    for (const QJsonValue& value : incidents) {
        const QJsonObject o = value.toObject();
        amended += o.value(s("amended")).toBool() ? 1 : 0;
        if (!types.contains(o.value(s("type")).toString()))
            types << o.value(s("type")).toString();
        // Recorded after it happened, as a person would.
        CHECK(QDateTime::fromString(o.value(s("recordedAt")).toString(), Qt::ISODateWithMs) >=
              QDateTime::fromString(o.value(s("start")).toString(), Qt::ISODate));
    }
    CHECK(amended >= 1);
    CHECK(types.size() >= 10);

    const Run check = diary.runRaw({s("check"), first});
    INFO(check.describe());
    CHECK(check.exitCode == 0);
}

TEST_CASE("demo never writes over an existing file and refuses a bad number of incidents")
{
    DiaryCli diary;
    const QByteArray bytes = diary.bytes();
    const Run over = diary.runRaw({s("demo"), diary.path(), s("--incidents"), s("10")});
    INFO(over.describe());
    CHECK(over.exitCode == 5);
    CHECK(over.explains());
    CHECK(diary.bytes() == bytes);
    requireRefused(diary, diary.runRaw({s("demo"), diary.folder() + s("/new.daymark"), s("--incidents"), s("0")}),
                   {s("--incidents")}, bytes);
    requireRefused(diary, diary.runRaw({s("demo"), diary.folder() + s("/new.daymark"), s("--seed"), s("abc")}),
                   {s("--seed"), s("abc")}, bytes);
    CHECK_FALSE(QFile::exists(diary.folder() + s("/new.daymark")));
}
