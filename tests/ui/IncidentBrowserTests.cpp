// The Incidents and Search panels: results as you type, filters, Ctrl+F from anywhere, delete and restore.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "browse/IncidentBrowserPanel.h"
#include "browse/IncidentFilterBar.h"
#include "diary/IncidentRepository.h"
#include "pages/DiaryPage.h"
#include "timeline/TimelineModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace daymark;
using namespace daymark::test;
using Panel = ui::DiaryPage::Panel;

namespace {

struct Browsing
{
    Browsing()
    {
        const QString path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    diary::Diary& diary() { return *f.window.diary(); }
    ui::DiaryPage& page() { return *f.window.diaryPage(); }
    ui::IncidentBrowserPanel& search() { return *page().searchPanel(); }
    ui::IncidentBrowserPanel& incidents() { return *page().incidents(); }

    diary::IncidentRecord add(const QString& summary, diary::IncidentType type, QDateTime start)
    {
        diary::Incident incident = sampleIncident(summary, start);
        incident.type = type;
        return diary().incidents().add(incident);
    }

    WindowFixture f;
};

// The summaries of the incident rows the model holds now.
QStringList summaries(const ui::TimelineModel& model)
{
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (!index.data(ui::TimelineModel::IdRole).toUuid().isNull())
            found.append(index.data().toString());
    }
    return found;
}

} // namespace

TEST_CASE("Ctrl+F shows the Search panel with the focus in its field, from any panel")
{
    Browsing b;
    b.page().showPanel(Panel::People);
    QTest::keyClick(b.f.window.focusWidget() ? b.f.window.focusWidget() : &b.f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(b.page().currentPanel() == Panel::Search);
    CHECK(waitUntil([&] { return b.search().searchField()->hasFocus(); }));
}

TEST_CASE("search finds incidents as the words are typed, and filters narrow the results")
{
    Browsing b;
    b.add(QStringLiteral("Blue van parked outside the school"), diary::IncidentType::Sighting,
          london(2026, 2, 20, 8, 40));
    b.add(QStringLiteral("Call from a withheld number"), diary::IncidentType::Call, london(2026, 2, 21, 22, 5));
    b.add(QStringLiteral("Van again, engine running"), diary::IncidentType::Loitering, london(2026, 2, 22, 7, 55));
    b.page().search();
    auto& panel = b.search();
    CHECK(panel.status()->text().contains(QLatin1String("Type a word")));
    CHECK(summaries(*panel.model()).isEmpty()); // no words, no results: Search is not a second timeline

    QTest::keyClicks(panel.searchField(), QStringLiteral("van"));
    CHECK(waitUntil([&] { return summaries(*panel.model()).size() == 2; }));
    CHECK(summaries(*panel.model()) == QStringList{QStringLiteral("Van again, engine running"),
                                                   QStringLiteral("Blue van parked outside the school")});
    CHECK(panel.status()->text().contains(QLatin1String("2 found")));

    // Narrow to one type: only the loitering incident is left.
    auto* type = panel.filterBar()->typeBox();
    type->setCurrentIndex(type->findText(diary::typeShortName(diary::IncidentType::Loitering)));
    CHECK(summaries(*panel.model()) == QStringList{QStringLiteral("Van again, engine running")});

    // Words that match nothing say so in a sentence.
    panel.filterBar()->reset();
    typeInto(panel.searchField(), QStringLiteral("helicopter"));
    panel.searchNow();
    CHECK(summaries(*panel.model()).isEmpty());
    CHECK(panel.status()->text().contains(QLatin1String("Nothing found")));
}

TEST_CASE("the Incidents panel deletes with a reason, hides the deleted one, and restores it")
{
    Browsing b;
    const auto kept =
        b.add(QStringLiteral("Flowers left on the doorstep"), diary::IncidentType::ItemLeft, london(2026, 2, 10, 9, 0));
    const auto twice =
        b.add(QStringLiteral("Flowers left (logged twice)"), diary::IncidentType::ItemLeft, london(2026, 2, 10, 9, 1));
    b.page().showPanel(Panel::Incidents);
    auto& panel = b.incidents();
    panel.reload();
    REQUIRE(summaries(*panel.model()).size() == 2);
    panel.view()->setCurrentIndex(panel.model()->indexOf(twice.incident.id));

    // No reason: nothing is deleted, and the panel says why.
    panel.askReason = [](const QString&, const QString&) { return std::optional<QString>(QString()); };
    panel.deleteCurrent();
    CHECK_FALSE(b.diary().incidents().get(twice.incident.id).deleted);

    panel.askReason = [](const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("logged twice"));
    };
    panel.deleteCurrent();
    CHECK(b.diary().incidents().get(twice.incident.id).deleted);
    CHECK(b.diary().incidents().get(twice.incident.id).deletionReason == QLatin1String("logged twice"));
    CHECK(summaries(*panel.model()) == QStringList{kept.incident.summary});

    // Showing deleted ones too offers Restore for it.
    panel.filterBar()->deletedBox()->setChecked(true);
    REQUIRE(summaries(*panel.model()).size() == 2);
    const QModelIndex deleted = panel.model()->indexOf(twice.incident.id);
    CHECK(deleted.data(ui::TimelineModel::DeletedRole).toBool());
    panel.view()->setCurrentIndex(deleted);
    panel.askReason = [](const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("not a duplicate"));
    };
    panel.restoreCurrent();
    CHECK_FALSE(b.diary().incidents().get(twice.incident.id).deleted);
}

TEST_CASE("locking forgets the words searched for")
{
    Browsing b;
    b.page().search();
    typeInto(b.search().searchField(), QStringLiteral("secret words"));
    b.f.window.lockDiary();
    CHECK(b.search().searchField()->text().isEmpty());
    CHECK(b.search().model()->rowCount() == 0);
}
