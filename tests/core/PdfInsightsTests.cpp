// The pattern pages of the PDF timeline and its screening annex, read back with pdftotext: the weekly chart's title
// and its moving-average line, the time-of-day chart, and (only when asked for) every screening question with the
// latest answer, its note redacted like the rest of the export, and only evidence the export includes.
#include "Catch.h"
#include "TestDiary.h"

#include "diary/IncidentRepository.h"
#include "insights/Screening.h"
#include "report/ReportCollector.h"
#include "report/pdf/PdfTimeline.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace daymark;
using namespace daymark::report;
using namespace daymark::test;

namespace {

// The PDF's text, all whitespace (line breaks made by wrapping included) as single spaces.
QString pdfText(diary::Diary& diary, const ExportSelection& selection)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.pdf"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        writePdfTimeline(diary, collectReport(diary, selection), file);
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext comes with poppler-utils (scripts/setup.sh installs it in test mode)");
    REQUIRE(!program.isEmpty());
    QProcess process;
    process.start(program, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

struct ScreenedDiary : TestDiary
{
    ScreenedDiary()
    {
        for (int k = 0; k < 6; ++k) {
            diary::Incident call =
                sampleIncident(QStringLiteral("Call number %1").arg(k), london(2026, 2, 2, 21, 0).addDays(4 * k));
            diary->incidents().add(call);
        }
        diary::Incident damage = sampleIncident(QStringLiteral("Wing mirror smashed"), london(2026, 2, 20, 7, 30));
        damage.type = diary::IncidentType::Damage;
        damageNumber = diary->incidents().add(damage).number;
        insights::Screening(*diary).save({{QStringLiteral("frightened"), insights::AnswerValue::Yes,
                                           QStringLiteral("Since he came to 12 Elm Grove")},
                                          {QStringLiteral("property-damage"), insights::AnswerValue::Yes, {}}});
    }
    qint64 damageNumber = 0;
};

} // namespace

TEST_CASE("the PDF shows incidents per week with a moving average and the time of day by weekday")
{
    ScreenedDiary d;
    const QString text = pdfText(*d.diary, {});
    CHECK(text.contains(QStringLiteral("Incidents over time")));
    CHECK(text.contains(QStringLiteral("Average of the last 4 weeks")));
    CHECK(text.contains(QStringLiteral("Time of day and day of the week")));
    CHECK(text.contains(QStringLiteral("The busiest hour has 1."))); // the calls fall on six different weekdays
    // Without the choice, no annex.
    CHECK_FALSE(text.contains(QStringLiteral("Annex: risk screening answers")));
}

TEST_CASE("the PDF's screening annex lists every question with the latest answer, redacted like the export")
{
    ScreenedDiary d;
    ExportSelection selection;
    selection.includeScreening = true;
    selection.redactedPhrases = {QStringLiteral("12 Elm Grove")};
    const QString text = pdfText(*d.diary, selection);
    CHECK(text.contains(QStringLiteral("Annex: risk screening answers")));
    for (const insights::ScreeningQuestion& question : insights::screeningQuestions()) {
        INFO(question.code);
        CHECK(text.contains(insights::questionText(question)));
    }
    CHECK(text.contains(QStringLiteral("Since he came to [redacted]")));
    CHECK_FALSE(text.contains(QStringLiteral("Elm Grove")));
    CHECK(text.contains(QStringLiteral("Not answered")));
    CHECK(text.contains(QStringLiteral("In this export #%1").arg(d.damageNumber)));
}

TEST_CASE("the screening annex names only incidents included in the export")
{
    ScreenedDiary d;
    ExportSelection selection;
    selection.includeScreening = true;
    selection.filter.types = {diary::IncidentType::Call}; // the damage is left out
    const QString text = pdfText(*d.diary, selection);
    CHECK(text.contains(QStringLiteral("Annex: risk screening answers")));
    // The calls are evidence for "escalating" (six in three weeks); the damage, left out, is named nowhere.
    CHECK(text.contains(QStringLiteral("In this export #1, #2")));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("#%1\\b").arg(d.damageNumber))));
    CHECK_FALSE(text.contains(QStringLiteral("Wing mirror")));
}
