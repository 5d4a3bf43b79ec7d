// The create page: location, the password twice and its strength, and creating off the UI thread.
#include "Catch.h"
#include "TestVault.h"
#include "UiTestSupport.h"
#include "vault/Vault.h"
#include "widgets/BusyIndicator.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

void goToCreatePage(WindowFixture& f)
{
    QTest::mouseClick(child<QPushButton>(f.window, "createDiaryButton"), Qt::LeftButton);
    REQUIRE(f.showing("createPage"));
}

void fillIn(WindowFixture& f, const QString& location, const QString& password, const QString& repeat)
{
    typeInto(child<QLineEdit>(f.window, "createLocation"), location);
    typeInto(child<QLineEdit>(f.window, "newPassword"), password);
    typeInto(child<QLineEdit>(f.window, "repeatPassword"), repeat);
}

void pressCreate(WindowFixture& f)
{
    QTest::mouseClick(child<QPushButton>(f.window, "createButton"), Qt::LeftButton);
}

} // namespace

TEST_CASE("creating a diary through the create page writes a file and shows the diary page")
{
    WindowFixture f;
    goToCreatePage(f);
    const QString path = f.path("Diary.daymark");
    const QString password = QString::fromUtf8(kGoodPassword);
    fillIn(f, path, password, password);
    pressCreate(f);

    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    CHECK(QFileInfo(path).size() > 0);
    REQUIRE(f.window.diary() != nullptr);
    CHECK(f.window.diary()->vault().path() == path);
    CHECK(f.window.windowTitle().startsWith(QStringLiteral("Diary")));
    CHECK(child<QLineEdit>(f.window, "newPassword")->text().isEmpty());
    CHECK(child<QLineEdit>(f.window, "repeatPassword")->text().isEmpty());

    // The password typed is the one that protects the file.
    f.window.lockDiary();
    CHECK_NOTHROW(vault::Vault::open(path, pw(kGoodPassword), fastOptions()));
}

TEST_CASE("mismatched passwords do not create a file and are reported beside the fields")
{
    WindowFixture f;
    goToCreatePage(f);
    const QString path = f.path("Diary.daymark");
    fillIn(f, path, QString::fromUtf8(kGoodPassword), QStringLiteral("walnut river lantern orbit!"));
    pressCreate(f);

    auto* problem = child<ui::InlineMessage>(f.window, "passwordProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("not the same")));
    CHECK(f.showing("createPage"));
    CHECK(child<QLineEdit>(f.window, "repeatPassword")->hasFocus());
    CHECK_FALSE(child<ui::BusyIndicator>(f.window, "createBusy")->isVisible());
    QTest::qWait(50);
    CHECK_FALSE(QFileInfo::exists(path));

    // Correcting the repeat makes the message go and lets the diary be created.
    typeInto(child<QLineEdit>(f.window, "repeatPassword"), QString::fromUtf8(kGoodPassword));
    CHECK_FALSE(problem->isVisible());
    pressCreate(f);
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("a very weak password is refused until the person chooses to use it anyway")
{
    WindowFixture f;
    goToCreatePage(f);
    const QString path = f.path("Diary.daymark");
    fillIn(f, path, QStringLiteral("password1"), QStringLiteral("password1"));
    auto* useAnyway = child<QCheckBox>(f.window, "acceptWeakPassword");
    CHECK(useAnyway->isVisible());
    pressCreate(f);

    auto* problem = child<ui::InlineMessage>(f.window, "passwordProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("very easy to guess")));
    QTest::qWait(50);
    CHECK_FALSE(QFileInfo::exists(path));

    QTest::mouseClick(useAnyway, Qt::LeftButton, {}, QPoint(8, useAnyway->height() / 2));
    REQUIRE(useAnyway->isChecked());
    pressCreate(f);
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("the .daymark extension is added when the name has none")
{
    WindowFixture f;
    goToCreatePage(f);
    const QString password = QString::fromUtf8(kGoodPassword);
    fillIn(f, f.path("Notes"), password, password);
    pressCreate(f);

    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    CHECK(QFileInfo::exists(f.path("Notes.daymark")));
    CHECK_FALSE(QFileInfo::exists(f.path("Notes")));
}

TEST_CASE("an existing file is never replaced, and the passwords typed are kept")
{
    WindowFixture f;
    goToCreatePage(f);
    const QString path = f.path("Diary.daymark");
    const QByteArray precious("someone else's file");
    writeAll(path, precious);
    const QString password = QString::fromUtf8(kGoodPassword);
    fillIn(f, path, password, password);
    pressCreate(f);

    auto* problem = child<ui::InlineMessage>(f.window, "createLocationProblem");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("already a file")));
    CHECK(child<QLineEdit>(f.window, "createLocation")->hasFocus());
    QTest::qWait(50);
    CHECK(readAll(path) == precious);
    CHECK(child<QLineEdit>(f.window, "newPassword")->text() == password);
}

TEST_CASE("the create page suggests a free name and warns that a forgotten password cannot be recovered")
{
    WindowFixture f;
    goToCreatePage(f);
    const QString suggested = child<QLineEdit>(f.window, "createLocation")->text();
    CHECK(suggested.endsWith(QStringLiteral(".daymark")));
    CHECK_FALSE(QFileInfo::exists(suggested));
    auto* warning = child<ui::InlineMessage>(f.window, "forgottenPasswordWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("cannot be recovered")));
    CHECK(child<QLineEdit>(f.window, "newPassword")->hasFocus());
}

TEST_CASE("creating shows the busy indicator and disables the form until it finishes")
{
    Gate gate;
    ui::DiaryAccess access = fastAccess();
    access.create = gate.hold(access.create);
    WindowFixture f(access);
    const auto release = qScopeGuard([&] { gate.open(); });
    goToCreatePage(f);
    const QString path = f.path("Diary.daymark");
    const QString password = QString::fromUtf8(kGoodPassword);
    fillIn(f, path, password, password);
    pressCreate(f);

    auto* busy = child<ui::BusyIndicator>(f.window, "createBusy");
    CHECK(busy->isVisible());
    CHECK(busy->text().contains(QStringLiteral("Creating")));
    CHECK_FALSE(child<QPushButton>(f.window, "createButton")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(f.window, "createLocation")->isEnabled());
    CHECK_FALSE(child<QLineEdit>(f.window, "newPassword")->isEnabled());
    CHECK(child<QLineEdit>(f.window, "newPassword")->text().isEmpty());
    REQUIRE(waitUntil([&] { return gate.reached(); }));
    CHECK_FALSE(QFileInfo::exists(path)); // nothing written before the key is derived
    QTest::keyClick(f.page("createPage"), Qt::Key_Escape);
    CHECK(f.showing("createPage"));

    gate.open();
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    CHECK_FALSE(busy->isVisible());
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("Escape on the create page goes back to the start page")
{
    WindowFixture f;
    goToCreatePage(f);
    QTest::keyClick(child<QLineEdit>(f.window, "newPassword"), Qt::Key_Escape);
    CHECK(f.showing("startPage"));
}
