// Exhibit numbers: JS/1, JS/2 ... for life, never reused after detach and deletion, and new initials only for new
// exhibits.
#include "Catch.h"
#include "ExhibitCli.h"
#include "ExhibitFiles.h"

#include <QFileInfo>

using namespace daymark::test::cliexhibits;

namespace {

QStringList labels(const QJsonArray& exhibits)
{
    QStringList out;
    for (const QJsonValue& v : exhibits)
        out << v.toObject().value(QLatin1String("label")).toString();
    return out;
}

QStringList actions(const QJsonObject& exhibit)
{
    QStringList out;
    for (const QJsonValue& v : exhibit.value(QLatin1String("history")).toArray())
        out << v.toObject().value(QLatin1String("action")).toString();
    return out;
}

} // namespace

TEST_CASE("exhibit numbers stay after detach, deletion and reopening, and a deleted number is not used again")
{
    ExhibitCli diary;
    REQUIRE(diary.addIncident(s("A letter through the door")) == 2);
    const QString a = diary.write(s("a.png"), pngImage(10, 10));
    const QString b = diary.write(s("b.png"), pngImage(20, 20));
    diary.ok(s("attach"), {s("1"), a, b});
    diary.ok(s("link"), {s("JS/1"), s("2")});
    CHECK(labels(diary.exhibits()) == (QStringList{s("JS/1"), s("JS/2")}));

    // Deleting needs a reason, and an exhibit that still belongs to an incident is refused.
    Snapshot before(diary);
    requireRefused(diary, diary.run(s("exhibit-delete"), {s("JS/1"), s("--reason"), s("Wrong file")}), 2,
                   {s("JS/1"), s("#1"), s("#2"), s("detach")}, before);
    requireRefused(diary, diary.run(s("detach"), {s("JS/1"), s("1")}), 2, {s("--reason")}, before);
    requireRefused(diary, diary.run(s("detach"), {s("JS/2"), s("2"), s("--reason"), s("x")}), 2, {s("JS/2")}, before);

    const QString detached = diary.ok(s("detach"), {s("JS/1"), s("1"), s("--reason"), s("Belongs to the letter only")});
    CHECK(detached.contains(s("It still belongs to #2.")));
    CHECK(diary.ok(s("detach"), {s("1"), s("#2"), s("--reason"), s("Attached by mistake")})
              .contains(s("belongs to no incident")));
    CHECK(diary.array(s("exhibits"), {s("--incident"), s("1")}).size() == 1);
    const QString deleted = diary.ok(s("exhibit-delete"), {s("JS/1"), s("--reason"), s("Attached by mistake")});
    CHECK(deleted.contains(s("Exhibit JS/1 deleted.")));

    // The number stays with the deleted exhibit; the next file gets JS/3, after reopening too (each run reopens).
    const QString c = diary.write(s("c.png"), pngImage(30, 30));
    CHECK(diary.ok(s("attach"), {s("2"), c}).startsWith(s("JS/3  ")));
    CHECK(labels(diary.array(s("exhibits"), {})) == (QStringList{s("JS/2"), s("JS/3")}));
    CHECK(labels(diary.exhibits()) == (QStringList{s("JS/1"), s("JS/2"), s("JS/3")}));
    CHECK(labels(diary.array(s("exhibits"), {s("--deleted")})) == QStringList{s("JS/1")});
    CHECK(diary.ok(s("exhibits"), {s("--include-deleted")}).contains(s("deleted: Attached by mistake")));

    // Attaching the deleted content again makes a new exhibit with a new number.
    CHECK(diary.ok(s("attach"), {s("1"), a}).startsWith(s("JS/4  ")));

    const QJsonObject gone = diary.object(s("exhibit"), {s("JS/1")});
    CHECK(gone.value(s("deleted")).toBool());
    CHECK(gone.value(s("deletionReason")).toString() == s("Attached by mistake"));
    CHECK(gone.value(s("incidents")).toArray().isEmpty());
    CHECK(actions(gone) == (QStringList{s("create"), s("link"), s("unlink"), s("unlink"), s("delete")}));
    const QJsonArray history = gone.value(s("history")).toArray();
    CHECK(history[2].toObject().value(s("reason")).toString() == s("Belongs to the letter only"));
    CHECK(history[0].toObject().value(s("journalRecord")).toInt() <
          history[4].toObject().value(s("journalRecord")).toInt());
    const QString text = diary.ok(s("exhibit"), {s("JS/1")});
    CHECK(text.startsWith(s("Exhibit JS/1 (deleted)")));
    CHECK(text.contains(s("detached from #1")));
    CHECK(text.contains(s("Reason: Belongs to the letter only")));

    // A deleted exhibit's contents are gone: extract refuses, and no file appears.
    before = Snapshot(diary);
    const QString out = diary.file(s("gone.png"));
    requireRefused(diary, diary.run(s("extract"), {s("JS/1"), out}), 2, {s("JS/1"), s("deleted")}, before);
    CHECK_FALSE(QFileInfo::exists(out));
    requireRefused(diary, diary.run(s("exhibit"), {s("JS/9")}), 2, {s("JS/9"), s("exhibits DIARY")}, before);
    requireRefused(diary, diary.run(s("exhibit"), {s("photo")}), 2, {s("photo")}, before);

    const Run check = diary.run(s("check"));
    INFO(check.describe());
    CHECK(check.exitCode == 0);
}

TEST_CASE("new initials number only new exhibits and the running number carries on")
{
    ExhibitCli diary(s("js")); // given in lower case, kept in upper case
    CHECK(diary.ok(s("initials")) == s("JS"));
    diary.ok(s("attach"), {s("1"), diary.write(s("one.txt"), QByteArray("one"))});

    Snapshot before(diary);
    requireRefused(diary, diary.run(s("initials"), {s("J5")}), 2, {s("J5"), s("1 to 4 letters")}, before);
    requireRefused(diary, diary.run(s("initials"), {s("ABCDE")}), 2, {s("ABCDE")}, before);
    CHECK(diary.ok(s("initials"), {s("JS")}).contains(s("nothing changed")));
    CHECK(diary.fingerprint() == before.fingerprint);

    CHECK(diary.ok(s("initials"), {s("ab")}).contains(s("AB/N")));
    CHECK(diary.ok(s("initials")) == s("AB"));
    CHECK(diary.ok(s("attach"), {s("1"), diary.write(s("two.txt"), QByteArray("two"))}).startsWith(s("AB/2  ")));
    CHECK(labels(diary.exhibits()) == (QStringList{s("JS/1"), s("AB/2")}));

    // Numbers resolve with or without the initials, but only with the right ones.
    CHECK(diary.object(s("exhibit"), {s("JS/1")}).value(s("originalName")).toString() == s("one.txt"));
    CHECK(diary.object(s("exhibit"), {s("2")}).value(s("originalName")).toString() == s("two.txt"));
    CHECK(diary.object(s("exhibit"), {s("ab/2")}).value(s("originalName")).toString() == s("two.txt"));
    before = Snapshot(diary);
    requireRefused(diary, diary.run(s("exhibit"), {s("AB/1")}), 2, {s("AB/1")}, before);
    diary.ok(s("check"));
}

TEST_CASE("create takes --initials, refuses bad ones before making a file, and keeps its output without them")
{
    ExhibitCli diary(QString{});
    CHECK(diary.ok(s("initials")) == s("EX")); // the default when none were given

    const QString made = diary.file(s("second.daymark"));
    const Run created = diary.runRaw({s("create"), made, s("--initials"), s("MT")});
    INFO(created.describe());
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(s("MT/1")));
    CHECK(diary.runRaw({s("initials"), made}).out.trimmed() == s("MT"));

    const QString refused = diary.file(s("third.daymark"));
    const Run bad = diary.runRaw({s("create"), refused, s("--initials"), s("M.T.")});
    INFO(bad.describe());
    CHECK(bad.exitCode == 2);
    CHECK(bad.explains());
    CHECK(bad.errorLines().join(u' ').contains(s("--initials")));
    CHECK_FALSE(QFileInfo::exists(refused));

    const Run plain = diary.runRaw({s("create"), diary.file(s("fourth.daymark"))});
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(plain.out.contains(s("Exhibits")));
}
