// The editor in the window: New incident (Ctrl+Shift+N), Edit and History from the incident view, and "More
// details…" after a quick log; the timeline shows what was saved.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "common/Clock.h"
#include "diary/DemoDiary.h"
#include "diary/IncidentRepository.h"
#include "editor/AmendReasonDialog.h"
#include "editor/IncidentEditor.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "incident/IncidentDetailDialog.h"
#include "pages/DiaryPage.h"
#include "panels/TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

struct UnlockedWindow
{
    UnlockedWindow()
    {
        const QString path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    diary::Diary& diary() { return *f.window.diary(); }
    ui::TimelinePanel& timeline() { return *f.window.diaryPage()->timeline(); }

    WindowFixture f;
};

template <typename T> T* shown(const QObject& root, const char* objectName)
{
    T* found = nullptr;
    waitUntil([&] {
        for (T* candidate : root.findChildren<T*>(QString::fromLatin1(objectName)))
            if (candidate->isVisible())
                found = candidate;
        return found != nullptr;
    });
    INFO("waiting for " << objectName);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("Ctrl+Shift+N opens an empty editor, and the saved incident is selected in the timeline")
{
    UnlockedWindow w;
    CHECK(w.f.window.newIncidentAction()->isEnabled());
    QTest::keyClick(&w.f.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* editor = shown<ui::IncidentEditor>(w.f.window, "incidentEditor");
    CHECK(editor->isNew());
    CHECK(editor->windowModality() == Qt::WindowModal);
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == child<QLineEdit>(*editor, "editorSummary"); }));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("A parcel I did not order"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    REQUIRE(w.diary().incidents().count({}) == 1);
    const QUuid id = w.diary().incidents().list({}, 1).at(0).incident.id;
    QListView* view = w.timeline().view();
    CHECK(view->currentIndex().data(ui::TimelineModel::IdRole).toUuid() == id);
    CHECK(waitUntil([&] { return w.f.window.findChild<ui::IncidentEditor*>() == nullptr; })); // closed and gone
}

TEST_CASE("the incident view's Edit opens the editor, and History shows the versions")
{
    UnlockedWindow w;
    const QUuid id = w.diary().incidents().add(sampleIncident()).incident.id;
    w.timeline().reload();
    QListView* view = w.timeline().view();
    REQUIRE(waitUntil([&] { return view->model()->rowCount() == 2; }));
    w.timeline().openIncident(view->model()->index(1, 0));
    auto* detail = shown<ui::IncidentDetailDialog>(w.f.window, "incidentDetail");
    CHECK(child<QPushButton>(*detail, "detailHistory")->isVisible());

    QTest::mouseClick(child<QPushButton>(*detail, "detailEdit"), Qt::LeftButton);
    auto* editor = shown<ui::IncidentEditor>(w.f.window, "incidentEditor");
    CHECK(editor->incidentId() == id);
    typeInto(child<QLineEdit>(*editor, "editorPlace"), QStringLiteral("Outside the gym"));
    QTest::mouseClick(child<QPushButton>(*editor, "editorSave"), Qt::LeftButton);
    auto* reason = shown<ui::AmendReasonDialog>(*editor, "amendReason");
    QTest::keyClicks(child<QLineEdit>(*reason, "amendReasonText"), QStringLiteral("Corrected the place"));
    QTest::keyClick(child<QLineEdit>(*reason, "amendReasonText"), Qt::Key_Return);
    REQUIRE(w.diary().incidents().get(id).version == 2);
    CHECK(view->currentIndex().data(ui::TimelineModel::AmendedRole).toBool());

    w.timeline().showHistory(id);
    auto* history = shown<ui::HistoryView>(w.f.window, "historyView");
    REQUIRE(history->model() != nullptr);
    CHECK(history->model()->columnCount() == 2);
    CHECK(history->model()->text(ui::HistoryModel::ReasonRow, 1) == QStringLiteral("Corrected the place"));

    // Locking closes every window about the diary.
    w.f.window.lockDiary();
    CHECK(w.f.window.findChild<ui::HistoryView*>() == nullptr);
    CHECK(w.f.window.findChild<ui::IncidentEditor*>() == nullptr);
}

TEST_CASE("More details after a quick log opens the full editor with what was typed, saved with a plain reason")
{
    UnlockedWindow w;
    w.f.window.quickLogAction()->trigger();
    QTest::mouseClick(child<QPushButton>(w.f.window, "quickLog-sighting"), Qt::LeftButton);
    REQUIRE(w.diary().incidents().count({}) == 1);
    const QUuid id = w.diary().incidents().list({}, 1).at(0).incident.id;
    w.timeline().addDetails();
    auto* add = shown<QDialog>(w.f.window, "addDetails");
    QTest::keyClicks(child<QPlainTextEdit>(*add, "addDetailsText"), QStringLiteral("Across the road again."));
    QTest::mouseClick(child<QPushButton>(*add, "addDetailsMore"), Qt::LeftButton);

    auto* editor = shown<ui::IncidentEditor>(w.f.window, "incidentEditor");
    CHECK(editor->incidentId() == id);
    CHECK(child<QPlainTextEdit>(*editor, "editorDetails")->toPlainText() == QStringLiteral("Across the road again."));
    CHECK(editor->hasChanges()); // not saved yet: closing would ask
    CHECK(w.diary().incidents().get(id).version == 1);
    QTest::mouseClick(child<QPushButton>(*editor, "editorSave"), Qt::LeftButton);

    CHECK(editor->findChild<ui::AmendReasonDialog*>() == nullptr); // the reason is known
    const auto history = w.diary().incidents().history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).reason == QStringLiteral("Details added after a quick log"));
    CHECK(history.at(1).incident.details == QStringLiteral("Across the road again."));
}

// Not run by default ([.preview]): shows the editor or the history view on a demo diary for a few seconds, for
// screenshots under a real X server. DAYMARK_PREVIEW = new, edit, invalid or history; DAYMARK_PREVIEW_DARK=1 for a
// dark palette. Run with QT_QPA_PLATFORM=xcb (and QT_SCALE_FACTOR=2 for 200%).
TEST_CASE("preview of the incident editor and the history view on a demo diary", "[.preview]")
{
    QTemporaryDir dir;
    diary::DemoOptions options;
    options.incidents = 60;
    ManualClock clock(diary::demoDiaryCreatedAt(options));
    auto diary = diary::Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
    diary::fillDemoDiary(*diary, clock, options);
    QUuid amended;
    for (const diary::IncidentRecord& record : diary->incidents().list({}, 100)) {
        if (record.amended() && (amended.isNull() || record.exhibitCount > 0))
            amended = record.incident.id;
    }
    if (qEnvironmentVariableIntValue("DAYMARK_PREVIEW_DARK") == 1)
        useDarkPalette();
    const QString mode = qEnvironmentVariable("DAYMARK_PREVIEW", QStringLiteral("edit"));
    std::unique_ptr<QWidget> shown;
    if (mode == QLatin1String("history")) {
        shown = std::make_unique<ui::HistoryView>(*diary, amended);
    } else {
        auto editor = std::make_unique<ui::IncidentEditor>(*diary, mode == QLatin1String("edit") ? amended : QUuid());
        editor->show();
        if (mode == QLatin1String("invalid")) {
            QTest::keyClicks(child<QLineEdit>(*editor, "editorLatitude"), QStringLiteral("north"));
            QTest::mouseClick(child<QPushButton>(*editor, "editorSave"), Qt::LeftButton);
        }
        if (const QString section = qEnvironmentVariable("DAYMARK_PREVIEW_SECTION"); !section.isEmpty())
            child<QListWidget>(*editor, "editorSections")->setCurrentRow(section.toInt());
        shown = std::move(editor);
    }
    shown->show();
    QTest::qWait(qEnvironmentVariableIntValue("DAYMARK_PREVIEW_SECONDS") * 1000 + 1000);
    CHECK(shown->isVisible());
}
