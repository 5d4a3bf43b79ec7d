// Committing imports into a diary: one transaction with the export as an exhibit, incidents linked to it and tagged
// with their line, re-imports adding only what is new, --from and --group day, dry runs, cancelling, and a diary
// check that finds everything consistent with the journal afterwards.
#include "Catch.h"
#include "ImportTestSupport.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "crypto/Sha256.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "importers/ImportCommitter.h"
#include "importers/ImportLedger.h"

#include <QFile>

using namespace daymark;
using namespace daymark::test;
using namespace daymark::importers;

namespace {

const QByteArray kChat = "13/06/2018, 21:25 - Sam: I saw you today\n"
                         "13/06/2018, 21:26 - Sam: in the blue coat\n"
                         "you looked scared\n"
                         "14/06/2018, 08:00 - Alex: leave me alone\n"
                         "14/06/2018, 08:01 - +44 7700 900123: it's me again\n";

QString write(TestDiary& t, const QString& name, const QByteArray& bytes)
{
    const QString path = t.dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

CommitResult import(TestDiary& t, const QString& path, CommitOptions options = {},
                    ImportFormat format = ImportFormat::WhatsApp)
{
    options.zone = QTimeZone("Europe/London");
    ImportSource source(format, path);
    return ImportCommitter::run(*t.diary, source, options);
}

std::vector<diary::IncidentRecord> oldestFirst(TestDiary& t)
{
    auto all = t->incidents().list({}, 1000);
    std::reverse(all.begin(), all.end());
    return all;
}

} // namespace

TEST_CASE("an import keeps the export as an exhibit and makes one incident per message, linked and tagged")
{
    TestDiary t;
    t->exhibits().setInitials(QStringLiteral("JS"));
    const QString path = write(t, QStringLiteral("chat.txt"), kChat);
    const CommitResult r = import(t, path);
    CHECK(r.summary.messages == 4);
    CHECK(r.incidentsAdded == 4);
    CHECK(r.exhibitLabel == QStringLiteral("JS/1"));

    const auto incidents = oldestFirst(t);
    REQUIRE(incidents.size() == 4);
    const diary::Incident& second = incidents[1].incident;
    CHECK(second.details == QStringLiteral("in the blue coat\nyou looked scared"));
    CHECK(second.summary == QStringLiteral("Sam: in the blue coat"));
    CHECK(second.channel == QStringLiteral("WhatsApp"));
    CHECK(second.type == diary::IncidentType::Text);
    CHECK(second.start == QDateTime(QDate(2018, 6, 13), QTime(21, 26), QTimeZone("Europe/London")));
    CHECK(second.tags.contains(QStringLiteral("JS/1 lines 2-3")));
    CHECK(incidents[3].incident.account == QStringLiteral("+44 7700 900123"));

    const auto exhibits = t->exhibits().list();
    REQUIRE(exhibits.size() == 1);
    const evidence::Exhibit& e = exhibits.front().exhibit;
    CHECK(e.howObtained == QStringLiteral("export"));
    CHECK(e.sha256 == QString::fromLatin1(crypto::Sha256::hexOf(kChat)));
    CHECK(e.incidents.size() == 4);
    for (const auto& record : incidents)
        CHECK(t->exhibits().forIncident(record.incident.id).size() == 1);

    const auto sources = ImportLedger::sourcesOf(t->journal(), second.id);
    REQUIRE(sources.size() == 1);
    CHECK(sources.front().source == QStringLiteral("L2-3"));
    CHECK(sources.front().label == QStringLiteral("JS/1"));
    CHECK(t->check().ok());
}

TEST_CASE("re-importing the same export adds nothing; an overlapping one adds only its new messages")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("chat.txt"), kChat);
    import(t, path);
    const qint64 head = t->journal().headSeq();
    const CommitResult again = import(t, path);
    CHECK(again.alreadyImported == 4);
    CHECK(again.incidentsAdded == 0);
    CHECK(t->journal().headSeq() == head); // nothing written at all
    CHECK(t->exhibits().list().size() == 1);

    const QString longer = write(t, QStringLiteral("later.txt"),
                                 kChat.mid(kChat.indexOf("14/06")) + "15/06/2018, 09:00 - Sam: again\n"
                                                                     "15/06/2018, 09:00 - Sam: again\n");
    const CommitResult overlap = import(t, longer);
    CHECK(overlap.alreadyImported == 2);
    CHECK(overlap.incidentsAdded == 2); // two identical messages in the same minute are both kept
    CHECK(t->incidents().count({}) == 6);
    CHECK(t->exhibits().list().size() == 2);
    t.reopen();
    CHECK(import(t, longer).incidentsAdded == 0);
    CHECK(t->check().ok());
}

TEST_CASE("import with --from keeps one participant, matching numbers in any spelling and a diary person's details")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("chat.txt"), kChat);
    CommitOptions byNumber;
    byNumber.from = QStringLiteral("07700 900123");
    byNumber.dryRun = true;
    CHECK(import(t, path, byNumber).selected == 1);
    CommitOptions byName;
    byName.from = QStringLiteral("sam");
    byName.dryRun = true;
    const CommitResult names = import(t, path, byName);
    CHECK(names.selected == 2);
    CHECK(names.skippedOther == 2);

    diary::Person stalker;
    stalker.name = QStringLiteral("Sam Taylor");
    stalker.aliases = {QStringLiteral("Sam")};
    stalker.phones = {QStringLiteral("+447700900123")};
    const auto person = t->people().add(stalker);
    CommitOptions byPerson;
    byPerson.fromPerson = person.person.id;
    const CommitResult r = import(t, path, byPerson);
    CHECK(r.incidentsAdded == 3);
    for (const auto& record : oldestFirst(t))
        CHECK(record.incident.people == QList<QUuid>{person.person.id});
}

TEST_CASE("import with --group day makes one incident per day with every message in the details")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("chat.txt"), kChat);
    CommitOptions options;
    options.groupByDay = true;
    const CommitResult r = import(t, path, options);
    CHECK(r.incidentsAdded == 2);
    const auto incidents = oldestFirst(t);
    REQUIRE(incidents.size() == 2);
    CHECK(incidents[0].incident.details ==
          QStringLiteral("[21:25:00] Sam: I saw you today\n[21:26:00] Sam: in the blue coat\nyou looked scared"));
    CHECK(incidents[0].incident.end == QDateTime(QDate(2018, 6, 13), QTime(21, 26), QTimeZone("Europe/London")));
    CHECK(incidents[0].incident.tags.last().endsWith(QStringLiteral("lines 1-3")));
    CHECK(import(t, path, options).incidentsAdded == 0);
    CHECK(t->check().ok());
}

TEST_CASE("a dry run, a cancelled import and an ambiguous date order leave the diary untouched")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("chat.txt"), kChat);
    const qint64 head = t->journal().headSeq();
    CommitOptions dry;
    dry.dryRun = true;
    CHECK(import(t, path, dry).selected == 4);
    CHECK(t->journal().headSeq() == head);

    std::atomic<bool> cancel{false};
    CommitOptions cancelling;
    cancelling.cancel = &cancel;
    cancelling.progress = [&cancel](qint64, qint64) { cancel = true; };
    QByteArray big;
    for (int k = 0; k < 3000; ++k)
        big += "13/06/2018, 21:25 - Sam: message " + QByteArray::number(k) + '\n';
    CHECK_THROWS_AS(import(t, write(t, QStringLiteral("big.txt"), big), cancelling), Error);
    CHECK(t->journal().headSeq() == head);
    CHECK(t->incidents().count({}) == 0);

    try {
        import(t, write(t, QStringLiteral("unsure.txt"), "03/04/2021, 10:00 - Sam: a\n"));
        FAIL("imported with an ambiguous date order");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("03/04/2021")));
    }
    CHECK(t->journal().headSeq() == head);
}

TEST_CASE("SMS and call backups become text and call incidents; MMS pictures become exhibits")
{
    TestDiary t;
    const CommitResult sms =
        import(t, importData(QStringLiteral("sms-backup-restore-parser/tests/fixtures/minimal_mms.xml")), {},
               ImportFormat::SmsBackup);
    CHECK(sms.incidentsAdded == 1);
    CHECK(sms.mediaAttached == 1);
    const auto incidents = oldestFirst(t);
    REQUIRE(incidents.size() == 1);
    CHECK(incidents[0].incident.channel == QStringLiteral("MMS"));
    CHECK(t->exhibits().forIncident(incidents[0].incident.id).size() == 2); // the backup and the picture

    const QString calls = write(t, QStringLiteral("calls.xml"),
                                "<calls><call number='07700900123' duration='0' date='1609632000000' type='3' "
                                "contact_name='Sam'/><call number='07700900123' duration='125' "
                                "date='1609632100000' type='1' contact_name='Sam'/></calls>");
    import(t, calls, {}, ImportFormat::Calls);
    const auto all = oldestFirst(t);
    REQUIRE(all.size() == 3);
    CHECK(all[1].incident.summary == QStringLiteral("Missed call from Sam (07700900123)"));
    CHECK(all[1].incident.type == diary::IncidentType::Call);
    CHECK(all[1].incident.channel == QStringLiteral("phone"));
    CHECK(all[2].incident.summary == QStringLiteral("Call from Sam (07700900123) (2 min 5 s)"));
    CHECK(all[2].incident.end == all[2].incident.start.addSecs(125));
    CHECK(t->check().ok());
}

TEST_CASE("an e-mail that cannot be dated is refused with a sentence naming it, and nothing is written")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("a.eml"), "From: a\n\nhi\n");
    try {
        import(t, path, {}, ImportFormat::Eml);
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("a.eml has no Date header")));
    }
    CHECK(t->incidents().list({}, 10).empty());
    CHECK(t->exhibits().list().empty());
}

TEST_CASE("a WhatsApp time the clocks skipped is kept, read with the offset before the change, and marked approximate")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("dst.txt"), "26/03/2023, 01:30 - Sam: in the gap\n");
    import(t, path);
    const auto incidents = oldestFirst(t);
    REQUIRE(incidents.size() == 1);
    CHECK(incidents[0].incident.approximate);
    CHECK(incidents[0].incident.start.toUTC() == QDateTime(QDate(2023, 3, 26), QTime(1, 30), QTimeZone::utc()));
}

TEST_CASE("messages chosen one by one are the ones added, whoever sent them, linked to the person named")
{
    TestDiary t;
    const QString path = write(t, QStringLiteral("chat.txt"), kChat);
    diary::Person stalker;
    stalker.name = QStringLiteral("Sam");
    const auto person = t->people().add(stalker);
    CommitOptions options;
    options.fromPerson = person.person.id;
    options.chosen = QSet<qint64>{1, 2}; // Sam's second message (lines 2-3) and Alex's reply (line 4)
    options.dryRun = true;
    const CommitResult dry = import(t, path, options);
    CHECK(dry.selected == 2);
    CHECK(dry.skippedOther == 2);
    options.dryRun = false;
    const CommitResult r = import(t, path, options);
    CHECK(r.incidentsAdded == 2);
    const auto incidents = oldestFirst(t);
    REQUIRE(incidents.size() == 2);
    CHECK(incidents[0].incident.details == QStringLiteral("in the blue coat\nyou looked scared"));
    CHECK(incidents[1].incident.details == QStringLiteral("leave me alone"));
    CHECK(incidents[1].incident.people == QList<QUuid>{person.person.id});
    options.chosen = QSet<qint64>{};
    CHECK(import(t, path, options).incidentsAdded == 0);
    CHECK(t->check().ok());
}
