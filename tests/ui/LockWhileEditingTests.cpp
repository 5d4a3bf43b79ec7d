// Locking while an incident is being written (Lock pressed, or the idle lock) saves what was typed instead of
// losing it; what cannot be saved is said on the lock screen.
#include "Catch.h"
#include "UiTestSupport.h"
#include "diary/IncidentRepository.h"
#include "editor/IncidentEditor.h"
#include "pages/DiaryPage.h"
#include "widgets/InlineMessage.h"
#include "window/IdleLock.h"

#include <QLineEdit>

using namespace daymark;
using namespace daymark::test;

namespace {

struct Writing
{
    Writing()
    {
        path = f.path("Diary.daymark");
        makeDiary(path, kGoodPassword);
        unlockThroughTheLockScreen(f, path);
        REQUIRE(f.window.diary() != nullptr);
    }
    ui::IncidentEditor* openEditor(const QUuid& id = {})
    {
        auto* editor = new ui::IncidentEditor(*f.window.diary(), id, f.window.diaryPage());
        editor->show();
        return editor;
    }
    std::vector<diary::IncidentRecord> incidents() { return f.window.diary()->incidents().list({}, -1); }

    WindowFixture f;
    QString path;
};

} // namespace

TEST_CASE("the idle lock saves a new incident being written rather than losing it")
{
    Writing w;
    auto* editor = w.openEditor();
    typeInto(child<QLineEdit>(*editor, "editorSummary"), QStringLiteral("He was at the school gate"));
    REQUIRE(editor->hasChanges());
    w.f.window.idleLock()->setIdleMilliseconds(100);
    REQUIRE(waitUntil([&] { return w.f.window.diary() == nullptr; }));
    unlockThroughTheLockScreen(w.f, w.path);
    const auto saved = w.incidents();
    REQUIRE(saved.size() == 1);
    CHECK(saved.front().incident.summary == QLatin1String("He was at the school gate"));
}

TEST_CASE("locking saves changes to an incident as an amendment that says why")
{
    Writing w;
    diary::Incident incident;
    incident.type = diary::IncidentType::Call;
    incident.start = QDateTime::currentDateTimeUtc().addDays(-1);
    incident.summary = QStringLiteral("Missed call");
    const auto record = w.f.window.diary()->incidents().add(incident);
    auto* editor = w.openEditor(record.incident.id);
    typeInto(child<QLineEdit>(*editor, "editorPlace"), QStringLiteral("At work"));
    w.f.window.lockDiary();
    unlockThroughTheLockScreen(w.f, w.path);
    const auto history = w.f.window.diary()->incidents().history(record.incident.id);
    REQUIRE(history.size() == 2);
    CHECK(history.back().incident.place == QLatin1String("At work"));
    CHECK(history.back().reason.contains(QLatin1String("locked")));
}

TEST_CASE("what cannot be saved as the diary locks is said on the lock screen")
{
    Writing w;
    auto* editor = w.openEditor();
    typeInto(child<QLineEdit>(*editor, "editorPlace"), QStringLiteral("Somewhere")); // no summary: cannot be saved
    w.f.window.lockDiary();
    CHECK(w.f.showing("unlockPage"));
    CHECK(child<ui::InlineMessage>(w.f.window, "unlockMessage")->text().contains(QLatin1String("could not be saved")));
    unlockThroughTheLockScreen(w.f, w.path);
    CHECK(w.incidents().empty());
}
