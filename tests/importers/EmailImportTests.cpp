// Committing e-mail and call-log CSV imports: summaries ("Email from …: subject"), details with the headers as
// received, attachments and each file of a folder kept as exhibits, re-imports and the same e-mail found in another
// mailbox adding nothing, --from with an e-mail address in any case, and CSV calls.
#include "Catch.h"
#include "ImportTestSupport.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "importers/ImportCommitter.h"
#include "importers/ImportLedger.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>

using namespace daymark;
using namespace daymark::test;
using namespace daymark::importers;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString sample(const char* name)
{
    return importData(QLatin1String(name));
}

CommitResult import(TestDiary& t, ImportFormat format, const QString& path, CommitOptions options = {},
                    std::optional<CsvColumnMapping> mapping = std::nullopt)
{
    options.zone = QTimeZone("Europe/London");
    ImportSource source(format, path);
    if (mapping)
        source.setCsvMapping(*mapping);
    return ImportCommitter::run(*t.diary, source, options);
}

// In the order they were added.
std::vector<diary::IncidentRecord> oldestFirst(TestDiary& t)
{
    auto all = t->incidents().list({}, 1000);
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
    return all;
}

} // namespace

TEST_CASE("an mbox import makes e-mail incidents with the subject in the summary and the headers in the details")
{
    TestDiary t;
    t->exhibits().setInitials(s("JS"));
    const CommitResult r = import(t, ImportFormat::Mbox, sample("email/mailbox.mbox"));
    CHECK(r.summary.messages == 3);
    CHECK(r.incidentsAdded == 3);
    CHECK(r.exhibitLabel == s("JS/1"));
    const auto all = oldestFirst(t);
    REQUIRE(all.size() == 3);
    const diary::Incident& first = all[0].incident;
    CHECK(first.summary == s("Email from Sam (sam@example.net): first"));
    CHECK(first.type == diary::IncidentType::Email);
    CHECK(first.channel == s("e-mail"));
    CHECK(first.account == s("sam@example.net"));
    CHECK(first.start == QDateTime(QDate(2023, 1, 3), QTime(14, 5), QTimeZone("Europe/London")));
    CHECK(first.details.startsWith(s("From the moment I saw you.")));
    CHECK(first.details.contains(s("Headers as received:\nFrom: Sam <sam@example.net>\nTo: jo@example.org\n")));
    CHECK(first.details.contains(s("Message-ID: <m1@example.net>")));
    CHECK(first.tags.contains(s("JS/1 lines 1-12")));
    CHECK(all[1].incident.details.contains(s("no Date header")));
    CHECK(t->exhibits().list().size() == 1);
    CHECK(t->check().ok());

    // Again: nothing new.
    const CommitResult again = import(t, ImportFormat::Mbox, sample("email/mailbox.mbox"));
    CHECK(again.alreadyImported == 3);
    CHECK(again.incidentsAdded == 0);
}

TEST_CASE("the same e-mails found in another mailbox folder are recognised; each mail file is an exhibit")
{
    TestDiary t;
    t->exhibits().setInitials(s("JS"));
    import(t, ImportFormat::Mbox, sample("email/mailbox.mbox"));
    const CommitResult r = import(t, ImportFormat::Mbox, sample("email/thunderbird"));
    CHECK(r.summary.messages == 4);
    CHECK(r.alreadyImported == 3);
    CHECK(r.incidentsAdded == 1);
    const auto all = oldestFirst(t);
    REQUIRE(all.size() == 4);
    CHECK(all[3].incident.summary == s("Email from Pat (pat@example.com): archived"));
    CHECK(all[3].incident.tags.contains(s("JS/2 lines 1-7")));
    const auto exhibits = t->exhibits().list();
    REQUIRE(exhibits.size() == 2);
    CHECK(t->check().ok());
}

TEST_CASE("an .eml folder keeps every file as an exhibit and every attachment as an exhibit of its incident")
{
    TestDiary t;
    t->exhibits().setInitials(s("JS"));
    const CommitResult folder = import(t, ImportFormat::Eml, sample("email/folder"));
    CHECK(folder.incidentsAdded == 2);
    const auto all = oldestFirst(t);
    REQUIRE(all.size() == 2);
    CHECK(all[0].incident.tags.contains(s("JS/1 lines 1-17")));
    CHECK(all[1].incident.tags.contains(s("JS/2 lines 1-5")));
    CHECK(all[1].incident.summary == s("Email from sam@example.net: old"));
    CHECK(t->exhibits().list().size() == 2);
    CHECK(folder.exhibitLabels == QStringList{s("JS/1"), s("JS/2")});
    // The journal's import record names each incident's own file, not the folder's first.
    const auto first = ImportLedger::sourcesOf(t->journal(), all[0].incident.id);
    const auto second = ImportLedger::sourcesOf(t->journal(), all[1].incident.id);
    REQUIRE(first.size() == 1);
    REQUIRE(second.size() == 1);
    CHECK(first[0].label == s("JS/1"));
    CHECK(second[0].label == s("JS/2"));
    CHECK(second[0].source == s("L1-5"));
    CHECK(second[0].exhibit == t->exhibits().list()[1].exhibit.id);

    const CommitResult files = import(t, ImportFormat::Eml, sample("email/attachments-rfc2231.eml"));
    CHECK(files.mediaAttached == 3);
    QStringList names;
    for (const auto& e : t->exhibits().list())
        names << e.exhibit.originalName;
    CHECK(names.contains(s("Straße und € Rechnung.pdf")));
    CHECK(names.contains(s("photo été.png")));
    CHECK(names.contains(s("attachments-rfc2231.eml")));
    CHECK(t->exhibits().list().size() == 6);
    CHECK(oldestFirst(t).back().incident.details.contains(s("Attachments: Straße und € Rechnung.pdf, photo été.png, "
                                                            "passwd")));
    CHECK(t->check().ok());
}

TEST_CASE("the --from filter matches an e-mail address in any case")
{
    TestDiary t;
    CommitOptions options;
    options.from = s("SAM@example.NET");
    options.dryRun = true;
    const CommitResult r = import(t, ImportFormat::Mbox, sample("email/mailbox.mbox"), options);
    CHECK(r.selected == 3); // "SAM@Example.NET" in the third message too
    CHECK(r.skippedOther == 0);
    options.from = s("pat@example.com");
    CHECK(import(t, ImportFormat::Mbox, sample("email/mailbox.mbox"), options).skippedOther == 3);
}

TEST_CASE("a dry run counts an e-mail found twice in a folder once, as the import then adds it")
{
    QTemporaryDir dir;
    REQUIRE(QFile::copy(sample("email/plain-crlf.eml"), dir.filePath(s("copy one.eml"))));
    REQUIRE(QFile::copy(sample("email/plain-crlf.eml"), dir.filePath(s("copy two.eml"))));
    REQUIRE(QFile::copy(sample("email/encoded-words.eml"), dir.filePath(s("other.eml"))));
    TestDiary t;
    CommitOptions dry;
    dry.dryRun = true;
    const CommitResult preview = import(t, ImportFormat::Eml, dir.path(), dry);
    CHECK(preview.summary.messages == 3);
    CHECK(preview.selected == 2);
    CHECK(preview.alreadyImported == 1);
    const CommitResult made = import(t, ImportFormat::Eml, dir.path());
    CHECK(made.incidentsAdded == preview.selected);
    CHECK(made.alreadyImported == preview.alreadyImported);
}

TEST_CASE("a CSV call log becomes call incidents; importing it again adds nothing")
{
    TestDiary t;
    const CommitResult r = import(t, ImportFormat::Csv, sample("csv/android.csv"));
    CHECK(r.incidentsAdded == 5);
    const auto all = oldestFirst(t);
    REQUIRE(all.size() == 5);
    CHECK(all[0].incident.summary == s("Call from Sam (+447700900123) (1 min 5 s)"));
    CHECK(all[0].incident.start == QDateTime(QDate(2024, 3, 1), QTime(10, 15), QTimeZone("Europe/London")));
    CHECK(all[1].incident.summary == s("Missed call from Sam (07700 900123)"));
    CHECK(all[2].incident.summary == s("Call to +447700900999 (2 min 5 s)"));
    CHECK(all[0].incident.type == diary::IncidentType::Call);
    CHECK(import(t, ImportFormat::Csv, sample("csv/android.csv")).alreadyImported == 5);

    CsvColumnMapping m;
    m.date = s("Date");
    m.number = s("Number");
    try {
        import(t, ImportFormat::Csv, sample("csv/unmappable.csv"));
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.message().contains(s("Choose the column that holds the date")));
    }
    CHECK(t->incidents().list({}, 1000).size() == 5);
}
