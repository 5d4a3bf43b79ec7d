// The lock screen: unlocking off the UI thread, wrong passwords and damaged or missing files.
#include "Catch.h"
#include "TestVault.h"
#include "UiTestSupport.h"
#include "vault/Vault.h"
#include "widgets/BusyIndicator.h"
#include "widgets/InlineMessage.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace daymark;
using namespace daymark::test;

TEST_CASE("the lock screen shows which diary it unlocks")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    f.window.openDiary(path);
    auto* page = f.page("unlockPage");
    const QList<QLabel*> labels = page->findChildren<QLabel*>();
    const bool namesFile = std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text() == QStringLiteral("Diary.daymark");
    });
    const bool namesFolder = std::any_of(labels.begin(), labels.end(),
                                         [&](const QLabel* label) { return label->text().contains(f.dir.path()); });
    CHECK(namesFile);
    CHECK(namesFolder);
    CHECK(child<QLineEdit>(f.window, "unlockPassword")->hasFocus());
}

TEST_CASE("the correct password opens the diary")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    f.window.openDiary(path);
    auto* password = child<QLineEdit>(f.window, "unlockPassword");
    typeInto(password, QString::fromUtf8(kGoodPassword));
    QTest::keyClick(password, Qt::Key_Return);

    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    REQUIRE(f.window.diary() != nullptr);
    CHECK(f.window.diary()->vault().path() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(f.window.diary()->vault().isLocked());
    CHECK(password->text().isEmpty());
}

TEST_CASE("a wrong password shows the sentence and leaves the file's bytes unchanged")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    const QByteArray before = readAll(path);
    f.window.openDiary(path);
    auto* password = child<QLineEdit>(f.window, "unlockPassword");
    auto* message = child<ui::InlineMessage>(f.window, "unlockMessage");
    typeInto(password, QStringLiteral("walnut river lantern orbiT"));
    QTest::mouseClick(child<QPushButton>(f.window, "unlockButton"), Qt::LeftButton);

    REQUIRE(waitUntil([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("The password is wrong")));
    CHECK(f.showing("unlockPage"));
    CHECK(f.window.diary() == nullptr);
    CHECK(password->text().isEmpty());
    CHECK(password->isEnabled());
    CHECK(password->hasFocus());
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));

    // And the right one still opens it afterwards; the message goes.
    typeInto(password, QString::fromUtf8(kGoodPassword));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
}

TEST_CASE("unlocking shows the busy indicator and disables the inputs until it finishes")
{
    Gate gate;
    ui::DiaryAccess access = fastAccess();
    access.open = gate.hold(access.open);
    WindowFixture f(access);
    const auto release = qScopeGuard([&] { gate.open(); }); // before the window waits for its worker
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    f.window.openDiary(path);
    auto* password = child<QLineEdit>(f.window, "unlockPassword");
    auto* unlock = child<QPushButton>(f.window, "unlockButton");
    auto* busy = child<ui::BusyIndicator>(f.window, "unlockBusy");
    REQUIRE_FALSE(busy->isVisible());
    typeInto(password, QString::fromUtf8(kGoodPassword));
    QTest::mouseClick(unlock, Qt::LeftButton);

    CHECK(busy->isVisible());
    CHECK(busy->text().contains(QStringLiteral("Unlocking")));
    CHECK_FALSE(password->isEnabled());
    CHECK_FALSE(unlock->isEnabled());
    CHECK_FALSE(child<QPushButton>(f.window, "unlockBackButton")->isEnabled());
    CHECK(password->text().isEmpty()); // the password left the field at once
    REQUIRE(waitUntil([&] { return gate.reached(); }));
    // The UI thread is free while the worker runs: a timer still fires, and Escape is refused, not queued.
    bool fired = false;
    QTimer::singleShot(0, &f.window, [&] { fired = true; });
    CHECK(waitUntil([&] { return fired; }));
    QTest::keyClick(f.page("unlockPage"), Qt::Key_Escape);
    CHECK(f.showing("unlockPage"));
    CHECK(busy->isVisible());

    gate.open();
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    CHECK_FALSE(busy->isVisible());
    CHECK(f.window.diary() != nullptr);
}

TEST_CASE("a diary file that is not there is reported clearly")
{
    WindowFixture f;
    f.window.openDiary(f.path("Gone.daymark"));
    auto* message = child<ui::InlineMessage>(f.window, "unlockMessage");
    typeInto(child<QLineEdit>(f.window, "unlockPassword"), QString::fromUtf8(kGoodPassword));
    QTest::mouseClick(child<QPushButton>(f.window, "unlockButton"), Qt::LeftButton);

    REQUIRE(waitUntil([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("could not be opened")));
    CHECK(message->text().contains(QStringLiteral("There is no diary file")));
    CHECK(f.showing("unlockPage"));
    CHECK_FALSE(QFileInfo::exists(f.path("Gone.daymark")));
}

TEST_CASE("a damaged diary is reported, and not changed")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    const QByteArray cut = readAll(path).left(1000);
    writeAll(path, cut);
    f.window.openDiary(path);
    auto* message = child<ui::InlineMessage>(f.window, "unlockMessage");
    typeInto(child<QLineEdit>(f.window, "unlockPassword"), QString::fromUtf8(kGoodPassword));
    QTest::mouseClick(child<QPushButton>(f.window, "unlockButton"), Qt::LeftButton);

    REQUIRE(waitUntil([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("damaged")));
    CHECK(f.window.diary() == nullptr);
    CHECK(readAll(path) == cut);
}

TEST_CASE("unlocking with an empty password asks for it without starting")
{
    WindowFixture f;
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    f.window.openDiary(path);
    auto* message = child<ui::InlineMessage>(f.window, "unlockMessage");
    QTest::mouseClick(child<QPushButton>(f.window, "unlockButton"), Qt::LeftButton);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Type the diary")));
    CHECK_FALSE(child<ui::BusyIndicator>(f.window, "unlockBusy")->isVisible());
}
