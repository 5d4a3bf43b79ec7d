// daymark-cli delete and restore: a deletion is a recoverable tombstone with a reason, kept in the history.
#include "Catch.h"
#include "DiaryCli.h"

using namespace daymark::test::clidiary;

TEST_CASE("a deleted incident leaves list, list --deleted shows it, and restore brings it back")
{
    DiaryCli diary;
    diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--summary"), s("First call"),
                       s("--details"), s("Threatening voice")});
    const QString second = diary.addIncident({s("--type"), s("text"), s("--at"), s("2026-03-02T09:00"), s("--summary"),
                                              s("A text"), s("--details"), s("Threatening words")});
    REQUIRE(diary.listNumbers() == QList<int>{2, 1});

    const QByteArray bytes = diary.bytes();
    requireRefused(diary, diary.run(s("delete"), {s("2")}), {s("--reason")}, bytes);
    requireRefused(diary, diary.run(s("delete"), {s("#9"), s("--reason"), s("Nine")}), {s("9")}, bytes);
    requireRefused(diary, diary.run(s("restore"), {s("2")}), {s("not deleted")}, bytes);

    const QString before = diary.fingerprint();
    CHECK(diary.ok(s("delete"), {second.left(10), s("--reason"), s("Entered twice")}).contains(s("#2")));
    CHECK(diary.fingerprint() != before);
    CHECK(diary.listNumbers() == QList<int>{1});
    const QJsonArray deleted = diary.array(s("list"), {s("--deleted")});
    REQUIRE(deleted.size() == 1);
    CHECK(deleted.at(0).toObject().value(s("number")).toInt() == 2);
    CHECK(deleted.at(0).toObject().value(s("deleted")).toBool());
    CHECK(deleted.at(0).toObject().value(s("deletionReason")).toString() == s("Entered twice"));
    CHECK(diary.listNumbers({s("--include-deleted")}) == QList<int>{2, 1});
    CHECK(diary.array(s("search"), {s("threat")}).size() == 1);
    CHECK(diary.ok(s("show"), {s("2")}).contains(s("Entered twice")));
    CHECK(diary.ok(s("list"), {s("--deleted")}).contains(s("deleted")));
    requireRefused(diary, diary.run(s("delete"), {s("2"), s("--reason"), s("Again")}), {s("already deleted")},
                   diary.bytes());
    requireRefused(diary, diary.run(s("amend"), {s("2"), s("--summary"), s("x"), s("--reason"), s("y")}),
                   {s("Restore it")}, diary.bytes());

    const QJsonObject restored = diary.object(s("restore"), {s("2"), s("--reason"), s("Not a duplicate after all")});
    CHECK_FALSE(restored.value(s("deleted")).toBool());
    CHECK(diary.listNumbers() == QList<int>{2, 1});
    CHECK(diary.listNumbers({s("--deleted")}).isEmpty());
    CHECK(diary.array(s("search"), {s("threat")}).size() == 2);

    const QJsonArray history = diary.array(s("history"), {s("2")});
    REQUIRE(history.size() == 3);
    CHECK(history.at(1).toObject().value(s("action")).toString() == s("delete"));
    CHECK(history.at(1).toObject().value(s("reason")).toString() == s("Entered twice"));
    CHECK(history.at(2).toObject().value(s("action")).toString() == s("restore"));
    CHECK(history.at(2).toObject().value(s("reason")).toString() == s("Not a duplicate after all"));
    const QString text = diary.ok(s("history"), {s("2")});
    CHECK(text.contains(s("Deleted")));
    CHECK(text.contains(s("Restored")));

    const auto check = diary.run(s("check"));
    INFO(check.describe());
    CHECK(check.exitCode == 0);
}
