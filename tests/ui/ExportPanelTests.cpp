// The Export panel: a bundle made from the chosen incidents, checked by the same panel; never replacing a file;
// a file that is not a bundle explained in a sentence.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "export/ExportChoices.h"
#include "export/ExportPanel.h"
#include "pages/DiaryPage.h"
#include "widgets/InlineMessage.h"

#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace daymark;
using namespace daymark::test;

namespace {

struct Exporting
{
    Exporting()
    {
        const QString path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
        diary::Diary& diary = *f.window.diary();
        const auto record = diary.incidents().add(sampleIncident(QStringLiteral("He waited at 14 Elm Road")));
        diary::ImportOptions options;
        options.howObtained = QStringLiteral("screenshot");
        diary.exhibits().attachData(record.incident.id, QByteArray("a message he sent"), QStringLiteral("msg.txt"),
                                    options);
        f.window.diaryPage()->showPanel(ui::DiaryPage::Panel::Export);
        panel().setDiary(&diary); // the lists of people and orders again, after the additions above
    }
    ui::ExportPanel& panel() { return *f.window.diaryPage()->exportPanel(); }

    bool exportBundle(const QString& path)
    {
        QSignalSpy finished(&panel(), &ui::ExportPanel::exportFinished);
        panel().exportTo(ui::ExportPanel::Kind::Bundle, path);
        REQUIRE((finished.count() > 0 || finished.wait(60000)));
        return finished.first().first().toBool();
    }
    bool check(const QString& path)
    {
        QSignalSpy finished(&panel(), &ui::ExportPanel::checkFinished);
        panel().checkBundle(path);
        REQUIRE((finished.count() > 0 || finished.wait(60000)));
        return finished.first().first().toBool();
    }

    WindowFixture f;
};

} // namespace

TEST_CASE("the Export panel makes a bundle with words hidden, and checks it")
{
    Exporting e;
    e.panel().choices()->hiddenWords()->setPlainText(QStringLiteral("14 Elm Road"));
    const QString bundle = e.f.path("evidence.zip");
    REQUIRE(e.exportBundle(bundle));
    CHECK(e.panel().exportMessage()->kind() == ui::InlineMessage::Kind::Success);
    CHECK(e.panel().exportMessage()->text().contains(QLatin1String("1 incident")));
    QFile zip(bundle);
    REQUIRE(zip.open(QIODevice::ReadOnly));
    CHECK_FALSE(zip.readAll().contains("Elm Road"));

    CHECK(e.check(bundle));
    CHECK(e.panel().checkMessage()->text().contains(QLatin1String("exactly as it was made")));
    CHECK_FALSE(e.panel().problemList()->isVisible());
}

TEST_CASE("the Export panel never replaces a file, and says what a non-bundle is")
{
    Exporting e;
    const QString taken = e.f.path("taken.zip");
    QFile existing(taken);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    CHECK_FALSE(e.exportBundle(taken));
    CHECK(e.panel().exportMessage()->text().contains(QLatin1String("never replaces")));
    QFile again(taken);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == "keep me");

    CHECK_FALSE(e.check(taken));
    CHECK(e.panel().checkMessage()->kind() == ui::InlineMessage::Kind::Error);
    CHECK_FALSE(e.panel().checkMessage()->text().isEmpty());
}
