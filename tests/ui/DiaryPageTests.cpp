// The diary page: navigation between panels, quick log, and the read-only view of an incident.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/IncidentRepository.h"
#include "incident/IncidentDetailDialog.h"
#include "pages/DiaryPage.h"
#include "panels/TimelinePanel.h"
#include "quicklog/QuickLogDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace daymark;
using namespace daymark::test;
using Panel = ui::DiaryPage::Panel;

namespace {

struct OpenDiary
{
    OpenDiary()
    {
        const QString path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    diary::Diary& diary() { return *f.window.diary(); }
    ui::DiaryPage& page() { return *f.window.diaryPage(); }

    WindowFixture f;
};

void clickNavigation(ui::MainWindow& window, int row)
{
    auto* navigation = child<QListWidget>(window, "diaryNavigation");
    const QRect rect = navigation->visualItemRect(navigation->item(row));
    REQUIRE(rect.isValid());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
}

QString labelText(const QObject& root, const char* objectName)
{
    return child<QLabel>(root, objectName)->text();
}

} // namespace

TEST_CASE("the navigation list shows one panel at a time")
{
    OpenDiary o;
    auto* navigation = child<QListWidget>(o.f.window, "diaryNavigation");
    REQUIRE(navigation->count() == static_cast<int>(Panel::Safety) + 1); // Safety is the last panel
    CHECK(o.page().currentPanel() == Panel::Timeline);

    clickNavigation(o.f.window, static_cast<int>(Panel::Safety));
    CHECK(o.page().currentPanel() == Panel::Safety);
    auto* safety = child<QWidget>(o.f.window, "safetyPanel");
    CHECK(safety->isVisible());
    CHECK_FALSE(child<QWidget>(o.f.window, "timelinePanel")->isVisible());
    CHECK(labelText(o.f.window, "safetyNumber0") == QStringLiteral("999"));
    CHECK(labelText(o.f.window, "safetyNumber2") == QStringLiteral("0808 802 0300"));

    clickNavigation(o.f.window, static_cast<int>(Panel::People));
    CHECK(o.page().currentPanel() == Panel::People);
    CHECK(child<QWidget>(o.f.window, "peoplePanel")->isVisible());
    CHECK_FALSE(safety->isVisible());

    // And by keyboard: Up from People reaches Orders' neighbour, Incidents.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Up);
    CHECK(o.page().currentPanel() == Panel::Incidents);
}

TEST_CASE("quick log saves one incident of the chosen type now and shows it in the timeline")
{
    OpenDiary o;
    REQUIRE(o.diary().incidents().count({}) == 0);
    QTest::keyClick(&o.f.window, Qt::Key_N, Qt::ControlModifier);
    auto* dialog = child<ui::QuickLogDialog>(o.f.window, "quickLog");
    REQUIRE(dialog->isVisible());

    const QDateTime before = QDateTime::currentDateTimeUtc();
    QTest::mouseClick(child<QPushButton>(*dialog, "quickLog-call"), Qt::LeftButton);

    REQUIRE(o.diary().incidents().count({}) == 1);
    const diary::IncidentRecord saved = o.diary().incidents().list({}, 10).at(0);
    CHECK(saved.incident.type == diary::IncidentType::Call);
    CHECK(saved.incident.summary == QStringLiteral("Phone call"));
    CHECK(std::abs(saved.incident.start.secsTo(before)) < 60);
    CHECK(saved.incident.start.timeZone() == QTimeZone::systemTimeZone());

    auto* timeline = o.page().timeline();
    CHECK(o.page().currentPanel() == Panel::Timeline);
    REQUIRE(timeline->model()->rowCount() == 2); // the day's heading and the incident
    const QModelIndex current = timeline->view()->currentIndex();
    CHECK(current.data(ui::TimelineModel::IdRole).toUuid() == saved.incident.id);
    CHECK(child<QWidget>(o.f.window, "timelineLogged")->isVisible());
    CHECK(child<QPushButton>(o.f.window, "timelineAddDetails")->isVisible());
    CHECK(waitUntil([&] { return o.f.window.findChild<ui::QuickLogDialog*>() == nullptr; })); // closed and gone
}

TEST_CASE("cancelling the quick log saves nothing")
{
    OpenDiary o;
    o.f.window.quickLogAction()->trigger();
    auto* dialog = child<ui::QuickLogDialog>(o.f.window, "quickLog");
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(o.diary().incidents().count({}) == 0);
    CHECK(o.page().timeline()->model()->rowCount() == 0);
}

TEST_CASE("Enter on a timeline row opens a read-only view of every field, saying it was amended")
{
    OpenDiary o;
    diary::Incident incident = sampleIncident(QStringLiteral("He rang from a withheld number"),
                                              QDateTime(QDate(2026, 2, 27), QTime(12, 0), Qt::UTC));
    incident.reportedToPolice = true;
    incident.policeReference = QStringLiteral("CAD 1234");
    const diary::IncidentRecord added = o.diary().incidents().add(incident);
    diary::Incident changed = added.incident;
    changed.place = QStringLiteral("At home, in the kitchen");
    o.diary().incidents().amend(changed, QStringLiteral("more exact place"));
    o.page().timeline()->reload();

    auto* view = o.page().timeline()->view();
    REQUIRE(waitUntil([&] { return view->model()->rowCount() == 2; }));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);

    auto* dialog = child<ui::IncidentDetailDialog>(o.f.window, "incidentDetail");
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    CHECK(labelText(*dialog, "detailSummary") == QStringLiteral("He rang from a withheld number"));
    CHECK(labelText(*dialog, "detailType") == diary::typeName(diary::IncidentType::Call));
    CHECK(labelText(*dialog, "detailPlace") == QStringLiteral("At home, in the kitchen"));
    CHECK(labelText(*dialog, "detailDetails") == incident.details);
    CHECK(labelText(*dialog, "detailImpact") == incident.impact);
    CHECK(labelText(*dialog, "detailPoliceReference") == QStringLiteral("CAD 1234"));
    CHECK(labelText(*dialog, "detailAmended").contains(QStringLiteral("version 2")));
    CHECK(labelText(*dialog, "detailStart").contains(QStringLiteral("2026")));
    CHECK_FALSE(labelText(*dialog, "detailRecorded").isEmpty());
    CHECK(dialog->findChildren<QLineEdit*>().isEmpty()); // nothing to edit here

    // Locking closes the view: no incident stays on screen.
    o.f.window.lockDiary();
    CHECK(o.f.window.findChild<ui::IncidentDetailDialog*>() == nullptr);
}

TEST_CASE("details added after a quick log are saved as an amendment, keeping the quick log in the history")
{
    OpenDiary o;
    o.f.window.quickLogAction()->trigger();
    QTest::mouseClick(child<QPushButton>(o.f.window, "quickLog-sighting"), Qt::LeftButton);
    REQUIRE(o.diary().incidents().count({}) == 1);

    // By keyboard, from the timeline where the quick log leaves the focus: Ctrl+E.
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == &o.f.window; }));
    REQUIRE(QApplication::focusWidget() != nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    auto* dialog = child<QDialog>(o.f.window, "addDetails");
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, "addDetailsText"), QStringLiteral("Across the road again."));
    typeInto(child<QLineEdit>(*dialog, "addDetailsPlace"), QStringLiteral("Outside the school"));
    QTest::mouseClick(child<QPushButton>(*dialog, "addDetailsSave"), Qt::LeftButton);

    const diary::IncidentRecord saved = o.diary().incidents().list({}, 10).at(0);
    CHECK(saved.incident.details == QStringLiteral("Across the road again."));
    CHECK(saved.incident.place == QStringLiteral("Outside the school"));
    CHECK(saved.incident.summary == QStringLiteral("Seen nearby"));
    CHECK(saved.version == 2);
    const auto history = o.diary().incidents().history(saved.incident.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).incident.details.isEmpty());
    CHECK_FALSE(history.at(1).reason.isEmpty());
    CHECK(o.diary().incidents().count({}) == 1);
    auto* view = o.page().timeline()->view();
    CHECK(view->currentIndex().data(ui::TimelineModel::AmendedRole).toBool());
}

TEST_CASE("the quick log needs no mouse: Tab to a type and Space chooses it")
{
    OpenDiary o;
    QTest::keyClick(&o.f.window, Qt::Key_N, Qt::ControlModifier);
    auto* dialog = child<ui::QuickLogDialog>(o.f.window, "quickLog");
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == dialog; }));
    REQUIRE(QApplication::focusWidget() == child<QPushButton>(*dialog, "quickLog-call"));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == child<QPushButton>(*dialog, "quickLog-visit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    REQUIRE(o.diary().incidents().count({}) == 1);
    CHECK(o.diary().incidents().list({}, 1).at(0).incident.type == diary::IncidentType::Visit);
}
