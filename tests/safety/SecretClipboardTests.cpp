// SecretClipboard: what Daymark copies is marked secret for clipboard managers and taken off the clipboard after the
// delay (shortened here) or at lock, only while the clipboard still holds it; Qt's own text fields are caught too.
#include "Catch.h"
#include "TestDiary.h"
#include "UiTestSupport.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "exhibits/ExhibitsPanel.h"
#include "pages/DiaryPage.h"
#include "window/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

QByteArray hint()
{
    const QMimeData* mime = clipboard()->mimeData();
    return mime ? mime->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
}

} // namespace

TEST_CASE("copied diary text is marked secret and taken off the clipboard after the delay")
{
    ui::SecretClipboard secret(clipboard());
    CHECK(secret.clearDelay() == 30000); // the default a person gets
    secret.setClearDelay(300);
    QSignalSpy cleared(&secret, &ui::SecretClipboard::cleared);
    secret.copyText(QStringLiteral("He followed me from the station"));
    CHECK(clipboard()->text() == QStringLiteral("He followed me from the station"));
    CHECK(hint() == "secret");
    CHECK(ui::SecretClipboard::isMarkedSecret(*clipboard()->mimeData()));
    CHECK(secret.holdsOurs());

    QTest::qWait(100);
    CHECK(clipboard()->text() == QStringLiteral("He followed me from the station")); // not before its time
    REQUIRE(waitUntil([&] { return cleared.count() == 1; }));
    CHECK(clipboard()->text().isEmpty());
    CHECK_FALSE(secret.holdsOurs());
}

TEST_CASE("what the person copied elsewhere meanwhile is left on the clipboard")
{
    ui::SecretClipboard secret(clipboard());
    secret.setClearDelay(200);
    bool daymarkOwns = true; // the offscreen platform cannot say who owns the clipboard; X11 and others can
    secret.setOwnershipProbe([&] { return daymarkOwns; });
    QSignalSpy cleared(&secret, &ui::SecretClipboard::cleared);
    secret.copyText(QStringLiteral("Message from the unknown number"));

    daymarkOwns = false; // another program takes the clipboard
    clipboard()->setText(QStringLiteral("a shopping list"));
    QTest::qWait(500);
    CHECK(cleared.count() == 0);
    CHECK(clipboard()->text() == QStringLiteral("a shopping list"));

    // Daymark owning it again but holding other text (a race with another program): still not cleared.
    daymarkOwns = true;
    secret.clearNow();
    CHECK(clipboard()->text() == QStringLiteral("a shopping list"));
    clipboard()->clear();
}

TEST_CASE("a copy made in a Daymark text field with Ctrl+C is marked and cleared too")
{
    ui::SecretClipboard secret(clipboard());
    secret.setClearDelay(300);
    QSignalSpy cleared(&secret, &ui::SecretClipboard::cleared);
    QLineEdit field;
    field.setText(QStringLiteral("Car parked outside again, engine running"));
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    field.selectAll();
    QTest::keyClick(&field, Qt::Key_C, Qt::ControlModifier);
    CHECK(clipboard()->text() == QStringLiteral("Car parked outside again, engine running"));
    CHECK(hint() == "secret");
    REQUIRE(waitUntil([&] { return cleared.count() == 1; }));
    CHECK(clipboard()->text().isEmpty());
}

TEST_CASE("the exhibit's SHA-256 copy is marked secret, and locking takes it off the clipboard")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    unlockThroughTheLockScreen(f, path);
    diary::Diary& diary = *f.window.diary();
    diary.exhibits().setInitials(QStringLiteral("JS"));
    const QUuid id = diary.incidents().add(sampleIncident()).incident.id;
    const auto record = diary.exhibits().attachData(id, QByteArray("a saved message"), QStringLiteral("m.txt")).record;

    f.window.diaryPage()->showPanel(ui::DiaryPage::Panel::Exhibits);
    ui::ExhibitsPanel* panel = f.window.diaryPage()->exhibits();
    panel->reload();
    panel->select(record.exhibit.id);
    QTest::mouseClick(child<QPushButton>(*panel, "exhibitCopySha256"), Qt::LeftButton);
    CHECK(clipboard()->text() == record.exhibit.sha256);
    CHECK(hint() == "secret");
    CHECK(f.window.secretClipboard().holdsOurs());

    f.window.lockAction()->trigger();
    CHECK(f.window.diary() == nullptr);
    CHECK(clipboard()->text().isEmpty());
}
