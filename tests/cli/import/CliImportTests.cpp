// daymark-cli import end to end: what it prints (text and --json), re-imports adding nothing, --from, --group day,
// --dry-run, the date-order question, and refusals (formats not available yet, broken files, unsafe zips) that
// leave the diary file untouched, with the exit codes of ExitCodes.h.
#include "Catch.h"
#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

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
    int incidents() const
    {
        const CliResult r = runCli({s("list"), diary, s("--json")}, env);
        REQUIRE(r.exitCode == 0);
        return static_cast<int>(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }
    QString write(const char* name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(s(name));
        writeBytes(path, bytes);
        return path;
    }

    QTemporaryDir dir;
    QString diary = dir.filePath(s("d.daymark"));
    CliEnv env = CliEnv::fast().password(s("pw"));
};

} // namespace

TEST_CASE("importing a WhatsApp export prints what it found and added; importing it again adds nothing")
{
    Fixture f;
    const QString file = data("chat-miner/whatsapp/test_ddmmyy_24hrs.txt");
    const CliResult text = f.import({s("--format"), s("whatsapp"), file});
    INFO(text.describe());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(s("Messages and calls: 6")));
    CHECK(text.out.contains(s("Incidents added: 6 (#1 to #6)")));
    CHECK(f.incidents() == 6);

    const QJsonObject again = f.importJson({s("--format"), s("whatsapp"), file});
    CHECK(again.value(u"messages").toInt() == 6);
    CHECK(again.value(u"alreadyImported").toInt() == 6);
    CHECK(again.value(u"added").toObject().value(u"incidents").toInt() == 0);
    CHECK(again.value(u"participants").toArray().size() == 5);
    CHECK(again.value(u"dateRange").toObject().value(u"first").toString() == s("2019-01-01T11:25:00"));
    CHECK(again.value(u"dateOrder").toString() == s("dmy"));
    CHECK(f.incidents() == 6);
    CHECK(reportsSound(checkDiary(f.diary, s("pw"))));
}

TEST_CASE("a chat whose date order is unclear is refused until --date-order says it; a dry run reports it")
{
    Fixture f;
    const QString file = data("whatsapp-chat-parser/history-75f11bd/samples/short-chat.txt");
    const FileStamp before = stampOf(f.diary);
    const CliResult refused = f.import({s("--format"), s("whatsapp"), file});
    CHECK(refused.exitCode == 2);
    REQUIRE(!refused.errorLines().isEmpty());
    CHECK(isErrorSentence(refused.errorLines().constLast()));
    CHECK(refused.errorLines().constLast().contains(s("--date-order")));
    CHECK(stampOf(f.diary) == before);

    const QJsonObject dry = f.importJson({s("--format"), s("whatsapp"), file, s("--dry-run")}, 2);
    CHECK(dry.value(u"dateOrderAmbiguous").toBool());
    CHECK(dry.value(u"messages").toInt() == 3);
    CHECK(stampOf(f.diary) == before);

    const QJsonObject done = f.importJson({s("--format"), s("whatsapp"), file, s("--date-order"), s("dmy")});
    CHECK(done.value(u"added").toObject().value(u"incidents").toInt() == 3);
    CHECK(done.value(u"added").toObject().value(u"exhibit").toString().endsWith(s("/1")));
}

TEST_CASE("import with --from keeps one caller by number in any spelling, and --group day makes one incident per day")
{
    Fixture f;
    const QString calls = f.write("calls.xml", "<calls>"
                                               "<call number='+447700900123' duration='0' date='1609632000000' "
                                               "type='3'/><call number='07700 900123' duration='30' "
                                               "date='1609635600000' type='1'/><call number='07700900999' "
                                               "duration='5' date='1609639200000' type='1'/>"
                                               "<call number='07700900123' duration='0' date='1609722000000' "
                                               "type='5'/></calls>");
    const QJsonObject dry =
        f.importJson({s("--format"), s("calls"), calls, s("--from"), s("07700-900-123"), s("--dry-run")});
    CHECK(dry.value(u"new").toInt() == 3);
    CHECK(dry.value(u"otherParticipants").toInt() == 1);
    CHECK(f.incidents() == 0);
    const QJsonObject grouped =
        f.importJson({s("--format"), s("calls"), calls, s("--from"), s("+44 7700 900123"), s("--group"), s("day")});
    CHECK(grouped.value(u"added").toObject().value(u"incidents").toInt() == 2);
    CHECK(f.incidents() == 2);
}

TEST_CASE("an undatable e-mail, unknown formats, broken files and unsafe zips are refused and write nothing")
{
    Fixture f;
    const FileStamp before = stampOf(f.diary);
    const CliResult eml = f.import({s("--format"), s("eml"), f.write("m.eml", "From: a\n\nhi\n")});
    CHECK(eml.exitCode == 2);
    CHECK(eml.errorLines().join(u' ').contains(s("m.eml has no Date header")));
    CHECK(f.import({s("--format"), s("telegram"), f.write("t.json", "{}")}).exitCode == 2);
    CHECK(f.import({s("m.eml")}).exitCode == 2); // no --format

    const CliResult malformed =
        f.import({s("--format"), s("sms-backup"), data("sms-backup-restore-parser/tests/fixtures/malformed.xml")});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.errorLines().join(u' ').contains(s("Line 4")));

    const CliResult notUtf8 =
        f.import({s("--format"), s("whatsapp"), f.write("latin1.txt", "13/06/2018, 10:00 - Sam: caf\xE9\n")});
    CHECK(notUtf8.exitCode == 2);
    CHECK(notUtf8.errorLines().join(u' ').contains(s("Line 1 is not UTF-8")));

    CHECK(f.import({s("--format"), s("whatsapp"), f.dir.filePath(s("missing.txt"))}).exitCode == 5);

    if (!QStandardPaths::findExecutable(s("python3")).isEmpty()) {
        const QString zip = f.dir.filePath(s("evil.zip"));
        const CliResult made = runProgram(s("python3"),
                                          {s("-c"),
                                           s("import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                             "    z.writestr('_chat.txt', '13/06/2018, 10:00 - Sam: hi\\n')\n"
                                             "    z.writestr('../../evil.sh', 'boom')\n"),
                                           zip},
                                          f.env);
        REQUIRE(made.exitCode == 0);
        const CliResult evil = f.import({s("--format"), s("whatsapp"), zip});
        CHECK(evil.exitCode == 2);
        CHECK(evil.errorLines().join(u' ').contains(s("../../evil.sh")));
        CHECK_FALSE(QFileInfo::exists(f.dir.filePath(s("../evil.sh"))));
    }
    CHECK(stampOf(f.diary) == before);
}
