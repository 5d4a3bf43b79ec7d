// daymark-cli import of Telegram, Instagram and Signal exports end to end: the --dry-run --json preview (messages,
// participants, date range), the import itself, a re-import that adds nothing, and a broken file that leaves the diary
// untouched.
#include "Catch.h"
#include "CliRunner.h"

#include <QDir>
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

struct ChatFixture
{
    ChatFixture()
    {
        REQUIRE(dir.isValid());
        env.set(s("TZ"), s("Europe/London"));
        createDiary(diary, s("pw"), env);
    }
    QJsonObject importJson(const QStringList& arguments, int expectedExit = 0) const
    {
        const CliResult r = runCli(QStringList{s("import"), diary} + arguments + QStringList{s("--json")}, env);
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

QStringList participantNames(const QJsonObject& result)
{
    QStringList names;
    for (const auto& p : result.value(u"participants").toArray())
        names << p.toObject().value(u"name").toString();
    names.sort();
    return names;
}

} // namespace

TEST_CASE("importing a Telegram export: the dry run previews it, the import adds it, a second import adds nothing")
{
    ChatFixture f;
    const QString file = data("chat-miner/telegram/test_batch_export.json");
    const FileStamp before = stampOf(f.diary);
    const QJsonObject dry = f.importJson({s("--format"), s("telegram"), file, s("--dry-run")});
    CHECK(dry.value(u"dryRun").toBool());
    CHECK(dry.value(u"format").toString() == s("telegram"));
    CHECK(dry.value(u"messages").toInt() == 2);
    CHECK(dry.value(u"new").toInt() == 2);
    CHECK(participantNames(dry) == QStringList{s("Author 1"), s("Author 2")});
    const QJsonObject range = dry.value(u"dateRange").toObject();
    CHECK(range.value(u"first").toString() == s("2018-12-05T10:39:10Z"));
    CHECK(range.value(u"last").toString() == s("2018-12-05T10:49:24Z"));
    CHECK_FALSE(range.value(u"wallClock").toBool());
    CHECK(stampOf(f.diary) == before);

    const QJsonObject done = f.importJson({s("--format"), s("telegram"), file});
    CHECK(done.value(u"added").toObject().value(u"incidents").toInt() == 2);
    const QJsonArray incidents = f.incidents();
    REQUIRE(incidents.size() == 2);
    CHECK(QJsonDocument(incidents).toJson().contains("Telegram"));

    // The same messages from the single-chat export of the same chat are already in the diary.
    const QJsonObject again =
        f.importJson({s("--format"), s("telegram"), data("chat-miner/telegram/test_single_export.json")});
    CHECK(again.value(u"messages").toInt() == 2);
    CHECK(again.value(u"alreadyImported").toInt() == 2);
    CHECK(again.value(u"added").toObject().value(u"incidents").toInt() == 0);
    CHECK(f.incidents().size() == 2);
}

TEST_CASE("importing Instagram and Signal exports adds their messages once, with the Signal times placed in the zone")
{
    ChatFixture f;
    const QString instagram = data("chat-miner/instagram/test_export.json");
    const QJsonObject first = f.importJson({s("--format"), s("instagram"), instagram});
    CHECK(first.value(u"messages").toInt() == 2);
    CHECK(participantNames(first) == QStringList{s("Jane Doe"), s("John Doe")});
    CHECK(first.value(u"dateRange").toObject().value(u"first").toString() == s("2019-12-24T11:23:00Z"));
    CHECK(first.value(u"added").toObject().value(u"incidents").toInt() == 2);
    CHECK(f.importJson({s("--format"), s("instagram"), instagram})
              .value(u"added")
              .toObject()
              .value(u"incidents")
              .toInt() == 0);

    const QString signal = data("chat-miner/signal/test_export.txt");
    const QJsonObject dry =
        f.importJson({s("--format"), s("signal"), signal, s("--dry-run"), s("--time-zone"), s("Europe/Berlin")});
    CHECK(dry.value(u"messages").toInt() == 2);
    CHECK(dry.value(u"dateRange").toObject().value(u"first").toString() == s("2019-12-24T12:23:00"));
    CHECK(dry.value(u"dateRange").toObject().value(u"wallClock").toBool());
    const QJsonObject added = f.importJson({s("--format"), s("signal"), signal, s("--time-zone"), s("Europe/Berlin")});
    CHECK(added.value(u"added").toObject().value(u"incidents").toInt() == 2);
    CHECK(f.importJson({s("--format"), s("signal"), signal, s("--time-zone"), s("Europe/Berlin")})
              .value(u"alreadyImported")
              .toInt() == 2);
    CHECK(f.incidents().size() == 4);
}

TEST_CASE("a Telegram file cut short is refused with the line named, and the diary is untouched")
{
    ChatFixture f;
    const QString file = f.dir.filePath(s("result.json"));
    writeBytes(file, "{\n \"messages\": [\n  {\"type\": \"message\", \"date_unixtime\": \"1544006350\", \"fr");
    const FileStamp before = stampOf(f.diary);
    const CliResult r = runCli({s("import"), f.diary, s("--format"), s("telegram"), file}, f.env);
    CHECK(r.exitCode == 2);
    REQUIRE_FALSE(r.errorLines().isEmpty());
    CHECK(r.errorLines().constLast().contains(s("Line 3, column")));
    CHECK(r.errorLines().constLast().contains(s("cut short")));
    CHECK(stampOf(f.diary) == before);
}

TEST_CASE("photos beside a Telegram export are attached to their messages; left-out and outside files are not")
{
    ChatFixture f;
    QDir(f.dir.path()).mkpath(s("export/photos"));
    writeBytes(f.dir.filePath(s("export/photos/photo_1.jpg")), "JPEG bytes");
    writeBytes(f.dir.filePath(s("secret.jpg")), "not part of the export");
    const QString file = f.dir.filePath(s("export/result.json"));
    writeBytes(file, R"json({"name": "Sam", "type": "personal_chat", "id": 2, "messages": [
 {"id": 1, "type": "message", "date_unixtime": "1614589200", "from": "Sam", "from_id": "user2",
  "photo": "photos/photo_1.jpg", "text": "look"},
 {"id": 2, "type": "message", "date_unixtime": "1614589260", "from": "Sam", "from_id": "user2",
  "photo": "(File not included. Change data exporting settings to download.)", "text": ""},
 {"id": 3, "type": "message", "date_unixtime": "1614589320", "from": "Sam", "from_id": "user2",
  "file": "../../secret.jpg", "text": "x"}]})json");
    const QJsonObject done = f.importJson({s("--format"), s("telegram"), file});
    const QJsonObject added = done.value(u"added").toObject();
    CHECK(done.value(u"mediaReferences").toInt() == 3);
    CHECK(added.value(u"incidents").toInt() == 3);
    CHECK(added.value(u"media").toInt() == 1);
    CHECK(added.value(u"mediaMissing").toInt() == 1); // the left-out photo is not missing: the export says so
    const CliResult exhibits = runCli({s("exhibits"), f.diary, s("--json")}, f.env);
    REQUIRE(exhibits.exitCode == 0);
    CHECK(exhibits.out.contains(s("photos/photo_1.jpg")));
    CHECK_FALSE(exhibits.out.contains(s("secret")));
}
