// Tests for report/pdf (writePdfTimeline): the PDF is valid PDF/A with embedded fonts, carries every included
// summary, exhibit number, the fingerprint and the page frame as real text, hides what was redacted, follows the
// paper size, and stops when cancelled. Checked with poppler's pdfinfo, pdffonts and pdftotext.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/DemoDiary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "report/ReportCollector.h"
#include "report/pdf/PdfTimeline.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace daymark;
using namespace daymark::report;
using daymark::test::fastOptions;
using daymark::test::pw;

namespace {

// Runs a poppler tool on `pdf` and returns its standard output; fails the test when the tool is missing or fails.
QString poppler(const QString& tool, QStringList arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " comes with poppler-utils (scripts/setup.sh installs it in test mode)");
    REQUIRE(!program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// All whitespace (line breaks made by wrapping included) as single spaces, so wrapped text still matches.
QString flat(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

struct Pdf
{
    QTemporaryDir dir;
    QString path;
    QString info, fonts, text;
    int pages = 0;

    Pdf(diary::Diary& diary, const ReportData& data)
    {
        path = dir.filePath(QStringLiteral("timeline.pdf"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        writePdfTimeline(diary, data, file);
        file.close();
        info = poppler(QStringLiteral("pdfinfo"), {path});
        fonts = poppler(QStringLiteral("pdffonts"), {path});
        text = flat(poppler(QStringLiteral("pdftotext"),
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    }
    bool has(const QString& needle) const { return text.contains(flat(needle)); }
};

struct Demo
{
    diary::DemoOptions options{60, 1};
    QTemporaryDir dir;
    ManualClock clock{diary::demoDiaryCreatedAt(options)};
    std::unique_ptr<diary::Diary> diary;
    Demo()
    {
        diary = diary::Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
        diary::fillDemoDiary(*diary, clock, options);
    }
};

// Every font pdffonts lists is embedded ("emb" column "yes").
bool allFontsEmbedded(const QString& fonts)
{
    const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (lines.isEmpty())
        return false;
    for (const QString& line : lines) {
        const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        // name type [type…] encoding emb sub uni object ID: "emb" is the fifth column from the end.
        if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes"))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("a demo diary's timeline is a PDF/A with embedded fonts and every summary and exhibit number as text")
{
    Demo demo;
    ExportSelection selection;
    selection.header = QStringLiteral("RESTRICTED");
    selection.ownerName = QStringLiteral("Jo Sample");
    const ReportData data = collectReport(*demo.diary, selection);
    REQUIRE(data.incidents.size() > 20);
    REQUIRE(!data.exhibits.empty());
    const Pdf pdf(*demo.diary, data);

    CHECK(pdf.info.contains(QRegularExpression(QStringLiteral("PDF version:\\s+1\\.4"))));
    CHECK(pdf.info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595 x 842 pts \\(A4\\)"))));
    CHECK(pdf.pages > 1);
    INFO(pdf.fonts.toStdString());
    CHECK(allFontsEmbedded(pdf.fonts));
    for (const ReportIncident& item : data.incidents) {
        INFO(item.record.incident.summary.toStdString());
        CHECK(pdf.has(item.record.incident.summary));
        CHECK(pdf.has(QStringLiteral("#%1").arg(item.record.number)));
    }
    for (const evidence::ExhibitRecord& exhibit : data.exhibits) {
        INFO(exhibit.exhibit.label.toStdString());
        CHECK(pdf.has(exhibit.exhibit.label));
        CHECK(pdf.has(exhibit.exhibit.sha256));
    }
    CHECK(pdf.has(data.fingerprint));
    CHECK(pdf.has(QStringLiteral("Jo Sample")));
    // Every image exhibit is drawn as a thumbnail (pdfimages lists each image after two heading lines).
    int images = 0;
    for (const evidence::ExhibitRecord& exhibit : data.exhibits)
        images += exhibit.exhibit.mediaType.startsWith(QLatin1String("image/")) ? 1 : 0;
    const QString list = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf.path});
    CHECK(list.count(u'\n') - 2 >= images);
    CHECK(pdf.has(QStringLiteral("Page 1 of %1").arg(pdf.pages)));
    CHECK(pdf.has(QStringLiteral("Page %1 of %1").arg(pdf.pages)));
    CHECK(pdf.text.count(QStringLiteral("RESTRICTED")) >= pdf.pages);
    CHECK(pdf.has(QStringLiteral("Europe/London")));
    CHECK(pdf.has(QStringLiteral("What they do not prove")));
}

TEST_CASE("redacted details and phrases do not reach the PDF text, and \"[redacted]\" shows where they were")
{
    test::TestDiary t;
    diary::Incident incident = test::sampleIncident();
    incident.place = QStringLiteral("Outside 14 Elm Grove");
    incident.impact = QStringLiteral("I moved my car to my sister's driveway.");
    t->incidents().add(incident);
    ExportSelection selection;
    selection.redactedFields = {RedactableField::Impact};
    selection.redactedPhrases = {QStringLiteral("14 Elm Grove")};
    const ReportData data = collectReport(*t.diary, selection);
    const Pdf pdf(*t.diary, data);

    CHECK(pdf.has(incident.summary));
    CHECK_FALSE(pdf.text.contains(QStringLiteral("Elm Grove")));
    CHECK_FALSE(pdf.text.contains(QStringLiteral("sister")));
    CHECK(pdf.text.count(QStringLiteral("[redacted]")) >= 2);
}

TEST_CASE("the PDF is on Letter paper when asked, and on A4 otherwise")
{
    test::TestDiary t;
    t->incidents().add(test::sampleIncident());
    ExportSelection selection;
    selection.paper = PaperSize::Letter;
    const Pdf letter(*t.diary, collectReport(*t.diary, selection));
    CHECK(letter.info.contains(QRegularExpression(QStringLiteral("Page size:\\s+612 x 792 pts"))));
    CHECK(letter.pages > 1);
}

TEST_CASE("an entry shows approximate times, when it was recorded, and every earlier version with its reason")
{
    test::TestDiary t;
    const diary::PersonRecord person = t->people().add(test::samplePerson());
    diary::ProtectionOrder order = test::sampleOrder();
    order.respondent = person.person.id;
    const diary::OrderRecord orderRecord = t->orders().add(order);
    diary::Incident incident = test::sampleIncident(QStringLiteral("He waited at the end of Elm Grove"));
    incident.approximate = true;
    incident.people = {person.person.id};
    incident.breaches = {{orderRecord.order.id, 2}};
    const QUuid id = t->incidents().add(incident).incident.id;
    t.clock.advance(3600);
    diary::Incident changed = t->incidents().get(id).incident;
    changed.summary = QStringLiteral("He waited in his car at the end of Elm Grove");
    t->incidents().amend(changed, QStringLiteral("I remembered he stayed in the car"));
    t.clock.advance(3600);
    changed.details = QStringLiteral("He sat in the silver Focus for twenty minutes.");
    t->incidents().amend(changed, QStringLiteral("added what happened"));

    const Pdf pdf(*t.diary, collectReport(*t.diary, ExportSelection{}));
    INFO(pdf.text.toStdString());
    CHECK(pdf.has(QStringLiteral("(approx.)")));
    CHECK(pdf.has(QStringLiteral("He waited at the end of Elm Grove")));              // version 1
    CHECK(pdf.has(QStringLiteral("I remembered he stayed in the car")));              // version 2's reason
    CHECK(pdf.has(QStringLiteral("added what happened")));                            // the current version's reason
    CHECK(pdf.has(QStringLiteral("He sat in the silver Focus for twenty minutes."))); // current
    CHECK(pdf.has(QStringLiteral("Daniel Fenwick")));
    CHECK(pdf.has(QStringLiteral("AB12 CDE")));
    CHECK(pdf.has(QStringLiteral("Must not enter Elm Grove.")));
    CHECK(pdf.has(QStringLiteral("#1")));
    CHECK(pdf.text.contains(QRegularExpression(QStringLiteral("\\(35 h 20 min after it happened\\)"))));
}

TEST_CASE("cancelling stops the PDF with Cancelled, before it starts or part way through")
{
    Demo demo;
    const ReportData data = collectReport(*demo.diary, ExportSelection{});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::atomic<bool> cancel{true};
    auto kind = [&](const std::function<void(int, int)>& progress) {
        try {
            writePdfTimeline(*demo.diary, data, buffer, progress, &cancel);
        } catch (const Error& error) {
            return error.kind();
        }
        return Error::Kind::Internal;
    };
    CHECK(kind({}) == Error::Kind::Cancelled);
    cancel = false;
    int calls = 0;
    CHECK(kind([&](int done, int total) {
              CHECK(done <= total);
              if (++calls == 5)
                  cancel = true;
          }) == Error::Kind::Cancelled);
    CHECK(calls == 5);
}

TEST_CASE("progress runs from 0 to the total", "[pdf]")
{
    test::TestDiary t;
    t->incidents().add(test::sampleIncident());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int first = -1, last = -1, total = 0;
    writePdfTimeline(*t.diary, collectReport(*t.diary, ExportSelection{}), buffer, [&](int done, int all) {
        if (first < 0)
            first = done;
        last = done;
        total = all;
    });
    CHECK(first == 0);
    CHECK(last == total);
    CHECK(buffer.data().startsWith("%PDF-1.4"));
}

// By hand: writes a demo diary's timeline to /tmp/daymark-demo.pdf (or $DAYMARK_PDF) to look at every page.
TEST_CASE("write a demo diary's timeline for viewing", "[.][manual]")
{
    diary::DemoOptions options{qEnvironmentVariableIntValue("DAYMARK_DEMO_INCIDENTS"), 1};
    if (options.incidents <= 0)
        options.incidents = 300;
    QTemporaryDir dir;
    ManualClock clock{diary::demoDiaryCreatedAt(options)};
    auto diary = diary::Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
    diary::fillDemoDiary(*diary, clock, options);
    ExportSelection selection;
    selection.header = QStringLiteral("RESTRICTED");
    selection.ownerName = QStringLiteral("Jo Sample");
    const QString path = qEnvironmentVariableIsSet("DAYMARK_PDF") ? qEnvironmentVariable("DAYMARK_PDF")
                                                                  : QStringLiteral("/tmp/daymark-demo.pdf");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    writePdfTimeline(*diary, collectReport(*diary, selection), file);
}
