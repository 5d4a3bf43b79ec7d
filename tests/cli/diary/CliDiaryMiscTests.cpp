// daymark-cli fingerprint, exit codes, read-only commands, help, and check after a session of changes.
#include "Catch.h"
#include "DiaryCli.h"

#include <QFileInfo>

using namespace daymark::test::clidiary;

TEST_CASE("the fingerprint changes with each change, not after refused input, and check passes afterwards")
{
    DiaryCli diary;
    const QString empty = diary.fingerprint();
    CHECK(diary.fingerprint() == empty);
    const QJsonObject json = diary.object(s("fingerprint"), {});
    CHECK(json.value(s("fingerprint")).toString() == empty);
    CHECK(json.value(s("journalRecords")).toInt() == 1);

    diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--summary"), s("He rang")});
    const QString one = diary.fingerprint();
    CHECK(one != empty);
    const QByteArray bytes = diary.bytes();
    requireRefused(diary, diary.run(s("add"), {s("--type"), s("nope"), s("--at"), s("now"), s("--summary"), s("x")}),
                   {s("--type")}, bytes);
    requireRefused(diary, diary.run(s("amend"), {s("1"), s("--summary"), s("He rang"), s("--reason"), s("Same")}),
                   {s("Nothing")}, bytes);
    CHECK(diary.fingerprint() == one);
    diary.ok(s("amend"), {s("1"), s("--impact"), s("Frightened"), s("--reason"), s("Added the impact")});
    const QString two = diary.fingerprint();
    CHECK(two != one);
    diary.ok(s("delete"), {s("1"), s("--reason"), s("Test")});
    diary.ok(s("restore"), {s("1")});
    CHECK(diary.fingerprint() != two);
    CHECK(diary.object(s("fingerprint"), {}).value(s("journalRecords")).toInt() == 5);

    const Run check = diary.run(s("check"));
    INFO(check.describe());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(diary.fingerprint()));
}

TEST_CASE("reading commands leave the diary file untouched")
{
    DiaryCli diary;
    diary.addPerson({s("--name"), s("Mark Taylor")});
    const QString order = diary.addOrder({s("--condition"), s("No contact")});
    diary.addIncident({s("--type"), s("call"), s("--at"), s("2026-03-01T21:15"), s("--summary"), s("He rang")});
    const QByteArray bytes = diary.bytes();
    const QDateTime modified = QFileInfo(diary.path()).lastModified();
    const QList<QStringList> reads{{s("list")},
                                   {s("show"), s("1")},
                                   {s("history"), s("1")},
                                   {s("search"), s("rang")},
                                   {s("fingerprint")},
                                   {s("people"), s("list")},
                                   {s("people"), s("show"), s("Mark Taylor")},
                                   {s("orders"), s("list")},
                                   {s("orders"), s("show"), order}};
    for (const QStringList& read : reads) {
        INFO(read.join(u' ').toStdString());
        diary.ok(read.first(), read.mid(1));
    }
    CHECK(diary.bytes() == bytes);
    CHECK(QFileInfo(diary.path()).lastModified() == modified);
}

TEST_CASE("a missing record is bad input (exit 2), a wrong password exit 3, a missing file exit 5")
{
    DiaryCli diary;
    const QByteArray bytes = diary.bytes();
    requireRefused(diary, diary.run(s("show"), {s("42")}), {s("42")}, bytes);
    requireRefused(diary, diary.run(s("history"), {s("#42")}), {s("42")}, bytes);
    requireRefused(diary, diary.run(s("show"), {s("0123456789ab")}), {s("0123456789ab")}, bytes);
    requireRefused(diary, diary.run(s("show"), {s("twelve")}), {s("twelve"), s("list")}, bytes);
    requireRefused(diary, diary.run(s("orders"), {s("show"), s("abcdef")}), {s("abcdef")}, bytes);

    const Run missing = diary.runRaw({s("list"), diary.folder() + s("/absent.daymark")});
    CHECK(missing.exitCode == 5);
    CHECK(missing.explains());

    DiaryCli locked;
    locked.setEnv(s("DAYMARK_PASSWORD"), s("not the password"));
    const Run denied = locked.run(s("list"));
    INFO(denied.describe());
    CHECK(denied.exitCode == 3);
    CHECK(denied.explains());
    CHECK(denied.out.isEmpty());
}

TEST_CASE("every diary command explains itself with --help and rejects unknown options")
{
    DiaryCli diary;
    const QList<QStringList> commands{{s("add"), s("--breach")},
                                      {s("amend"), s("--clear-end")},
                                      {s("delete"), s("--reason")},
                                      {s("restore"), s("--reason")},
                                      {s("show"), s("--json")},
                                      {s("history"), s("--json")},
                                      {s("list"), s("--include-deleted")},
                                      {s("search"), s("--not-reported")},
                                      {s("fingerprint"), s("--json")},
                                      {s("people"), s("show")},
                                      {s("orders"), s("amend")}};
    for (const QStringList& c : commands) {
        INFO(c.first().toStdString());
        const Run help = diary.runRaw({c.first(), s("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(c.at(1)));
        const Run bad = diary.run(c.first(), {s("--frobnicate")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.errorLines().join(u' ').contains(s("frobnicate")));
    }
    const Run subHelp = diary.run(s("people"), {s("add"), s("--help")});
    CHECK(subHelp.exitCode == 0);
    CHECK(subHelp.out.contains(s("--vehicle")));
    CHECK_FALSE(subHelp.out.contains(s("--include-deleted")));
    const Run usage = diary.runRaw({s("--help")});
    CHECK(usage.out.contains(s("fingerprint DIARY")));
    CHECK(usage.out.contains(s("Exit codes")));
}
