// daymark-cli import of e-mail (eml, mbox, folders) and call-log CSVs end to end: --dry-run --json counts, people and
// date range, the import and a re-import adding nothing, the CSV column guess printed and --column / --columns,
// and refusals naming the --column to give, the line and column of a bad row, and leaving the diary untouched.
#include "Catch.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daymark::test::cli;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString data(const char* relative)
{
    return s(DAYMARK_IMPORT_DATA "/") + s(relative);
}

struct Fixture
{
    Fixture()
    {
        REQUIRE(dir.isValid());
        env.set(s("TZ"), s("Europe/London"));
        createDiary(diary, s("pw"), env);
    }
    CliResult import(const QStringList& arguments) const
    {
        return runCli(QStringList{s("import"), diary} + arguments, env, dir.path());
    }
    QJsonObject importJson(const QStringList& arguments, int expectedExit = 0) const
    {
        const CliResult r = import(arguments + QStringList{s("--json")});
        INFO(r.describe());
        REQUIRE(r.exitCode == expectedExit);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonArray incidents() const
    {
        const CliResult r = runCli({s("list"), diary, s("--json")}, env);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QTemporaryDir dir;
    QString diary = dir.filePath(s("d.daymark"));
    CliEnv env = CliEnv::fast().password(s("pw"));
};

} // namespace

TEST_CASE("an mbox dry run counts messages, people and dates; the import adds them and a second adds nothing")
{
    Fixture f;
    const QString box = data("email/mailbox.mbox");
    const QJsonObject dry = f.importJson({s("--format"), s("mbox"), box, s("--dry-run")});
    CHECK(dry.value(u"dryRun").toBool());
    CHECK(dry.value(u"messages").toInt() == 3);
    CHECK(dry.value(u"new").toInt() == 3);
    const QJsonArray people = dry.value(u"participants").toArray();
    REQUIRE(people.size() == 2);
    CHECK(people[0].toObject().value(u"address").toString() == s("sam@example.net"));
    CHECK(people[0].toObject().value(u"messages").toInt() == 2);
    CHECK(dry.value(u"dateRange").toObject().value(u"first").toString() == s("2023-01-03T14:05:00Z"));
    CHECK(dry.value(u"dateRange").toObject().value(u"last").toString() == s("2023-01-05T20:00:00Z"));
    CHECK(f.incidents().isEmpty());

    const CliResult text = f.import({s("--format"), s("mbox"), box});
    INFO(text.describe());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(s("Incidents added: 3 (#1 to #3)")));
    const QJsonArray added = f.incidents();
    REQUIRE(added.size() == 3);
    QStringList summaries;
    for (const auto& i : added)
        summaries << i.toObject().value(u"summary").toString();
    CHECK(summaries.contains(s("Email from Sam (sam@example.net): first")));

    const QJsonObject again = f.importJson({s("--format"), s("mbox"), box});
    CHECK(again.value(u"alreadyImported").toInt() == 3);
    CHECK(again.value(u"added").toObject().value(u"incidents").toInt() == 0);
    CHECK(f.incidents().size() == 3);
}

TEST_CASE("e-mail folders import, with attachments counted, and an undatable .eml is refused naming it")
{
    Fixture f;
    const QJsonObject folder = f.importJson({s("--format"), s("eml"), data("email/folder")});
    CHECK(folder.value(u"messages").toInt() == 2);
    CHECK(folder.value(u"added").toObject().value(u"incidents").toInt() == 2);
    const QJsonObject files = f.importJson({s("--format"), s("eml"), data("email/attachments-rfc2231.eml")});
    CHECK(files.value(u"mediaReferences").toInt() == 3);
    CHECK(files.value(u"added").toObject().value(u"media").toInt() == 3);

    const FileStamp before = stampOf(f.diary);
    const CliResult undated = f.import({s("--format"), s("eml"), data("email/no-date.eml")});
    CHECK(undated.exitCode == 2);
    CHECK(undated.errorLines().join(u' ').contains(s("no-date.eml has no Date header")));
    const CliResult thunderbird = f.import({s("--format"), s("eml"), data("email/thunderbird")});
    CHECK(thunderbird.exitCode == 2);
    CHECK(thunderbird.errorLines().join(u' ').contains(s("holds no .eml files")));
    CHECK(stampOf(f.diary) == before);
}

TEST_CASE("a CSV call log: the guessed columns are printed, calls are added once, and --columns maps by position")
{
    Fixture f;
    const QString calls = data("csv/android.csv");
    const CliResult dry = f.import({s("--format"), s("csv"), calls, s("--dry-run"), s("--json")});
    INFO(dry.describe());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.errorLines().join(u' ').contains(
        s("Columns guessed from the header of android.csv: date=Date, number=Number, name=Name, direction=Type, "
          "duration=Duration")));
    const QJsonObject json = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    CHECK(json.value(u"messages").toInt() == 5);
    CHECK(json.value(u"dateRange").toObject().value(u"first").toString() == s("2024-03-01T10:15:00"));
    CHECK(json.value(u"dateRange").toObject().value(u"wallClock").toBool());

    CHECK(f.importJson({s("--format"), s("csv"), calls}).value(u"added").toObject().value(u"incidents").toInt() == 5);
    CHECK(f.importJson({s("--format"), s("csv"), calls}).value(u"alreadyImported").toInt() == 5);

    // The German file by position, with its date format given.
    const QJsonObject german =
        f.importJson({s("--format"), s("csv"), data("csv/semicolon-dmy-bom.csv"), s("--columns"),
                      s("date,time,number,name,direction,duration"), s("--date-format"), s("dmy"), s("--dry-run")});
    CHECK(german.value(u"messages").toInt() == 3);
}

TEST_CASE("CSV refusals name the --column to give, the bad line and column, and change nothing")
{
    Fixture f;
    const FileStamp before = stampOf(f.diary);
    const CliResult unmappable = f.import({s("--format"), s("csv"), data("csv/unmappable.csv")});
    CHECK(unmappable.exitCode == 2);
    CHECK(unmappable.errorLines().join(u' ').contains(s("Give it with --column date=COLUMN.")));
    const CliResult mapped = f.import({s("--format"), s("csv"), data("csv/unmappable.csv"), s("--column"),
                                       s("date=When it happened"), s("--column"), s("number=Who"), s("--dry-run")});
    CHECK(mapped.exitCode == 2); // "yesterday" is not a date
    CHECK(mapped.errorLines().join(u' ').contains(s("line 2, column \"When it happened\"")));
    const CliResult bad = f.import({s("--format"), s("csv"), data("csv/bad-duration.csv")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.errorLines().join(u' ').contains(s("line 3, column \"Duration\": \"forever\" is not a duration")));
    CHECK(f.import({s("--format"), s("csv"), data("csv/android.csv"), s("--column"), s("colour=Type")}).exitCode == 2);
    CHECK(f.import({s("--format"), s("csv"), data("csv/android.csv"), s("--column"), s("number=Nope")}).exitCode == 2);
    CHECK(stampOf(f.diary) == before);
}
