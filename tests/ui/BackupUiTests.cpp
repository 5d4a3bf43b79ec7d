// Backups in the app: the day's backup on unlock, a damaged diary offered its newest good backup (restored with the
// damaged file kept aside), the emergency copy from the Safety page, and the backup settings.
#include "Catch.h"
#include "TestVault.h"
#include "UiTestSupport.h"

#include "backup/BackupSettingsSection.h"
#include "backup/EmergencyCopyDialog.h"
#include "diary/BackupFolder.h"
#include "diary/Diary.h"
#include "diary/DiaryBackup.h"
#include "password/NewPasswordFields.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "vault/Vault.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace daymark;
using namespace daymark::test;

namespace {

QString makeBackup(const QString& path)
{
    const auto opened = diary::Diary::open(path, pw(kGoodPassword), fastOptions());
    return diary::DiaryBackup(opened->vault())
        .make(diary::BackupFolder(path), 7, QDateTime::currentDateTimeUtc().addDays(-1))
        .path;
}

void typePassword(WindowFixture& f, const char* password)
{
    auto* field = child<QLineEdit>(f.window, "unlockPassword");
    typeInto(field, QString::fromUtf8(password));
    QTest::keyClick(field, Qt::Key_Return);
}

QMessageBox* visibleBox(const QObject& root, const char* objectName)
{
    QMessageBox* found = nullptr;
    waitUntil([&] {
        found = root.findChild<QMessageBox*>(QString::fromLatin1(objectName));
        return found && found->isVisible();
    });
    return found && found->isVisible() ? found : nullptr;
}

} // namespace

TEST_CASE("a damaged diary is offered its newest good backup, which is put back with the damaged file kept aside")
{
    WindowFixture f;
    f.window.settings().setBackupsEnabled(false); // only the backup made here
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    const QString backup = makeBackup(path);
    const QByteArray whole = readAll(path);
    const QByteArray damaged = whole.left(whole.size() - 512); // cut short
    writeAll(path, damaged);

    f.window.openDiary(path);
    typePassword(f, kGoodPassword);
    auto* question = visibleBox(f.window, "restoreBackupQuestion");
    REQUIRE(question != nullptr);
    CHECK(child<ui::InlineMessage>(f.window, "unlockMessage")->text().contains(QStringLiteral("damaged")));
    CHECK(question->text().contains(QStringLiteral("good backup")));
    CHECK(readAll(path) == damaged); // nothing changes before the answer

    QTest::mouseClick(child<QPushButton>(*question, "restoreBackupButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return f.showing("diaryPage"); }));
    REQUIRE(f.window.diary() != nullptr);
    CHECK(f.window.diary()->check().ok());
    CHECK(readAll(path) == readAll(backup));
    const QStringList aside = QDir(f.dir.path()).entryList({QStringLiteral("Diary.daymark.damaged-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(readAll(f.dir.filePath(aside.front())) == damaged);
    CHECK(visibleBox(f.window, "backupRestoredNote") != nullptr);
}

TEST_CASE("declining the backup leaves the damaged diary as it is, and without a backup nothing is offered")
{
    WindowFixture f;
    f.window.settings().setBackupsEnabled(false);
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    makeBackup(path);
    const QByteArray whole = readAll(path);
    writeAll(path, whole.left(whole.size() - 512));
    const QByteArray damaged = readAll(path);

    f.window.openDiary(path);
    typePassword(f, kGoodPassword);
    auto* question = visibleBox(f.window, "restoreBackupQuestion");
    REQUIRE(question != nullptr);
    QTest::mouseClick(child<QPushButton>(*question, "restoreNotNow"), Qt::LeftButton);
    QTest::qWait(50);
    CHECK(f.showing("unlockPage"));
    CHECK(readAll(path) == damaged);
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).isEmpty());

    // The backups gone: the same failure, no question.
    QDir(diary::BackupFolder::defaultFolderFor(path)).removeRecursively();
    typePassword(f, kGoodPassword);
    REQUIRE(waitUntil([&] { return child<ui::InlineMessage>(f.window, "unlockMessage")->isVisible(); }));
    QTest::qWait(50);
    const QMessageBox* again = f.window.findChild<QMessageBox*>(QStringLiteral("restoreBackupQuestion"));
    CHECK((again == nullptr || !again->isVisible()));
}

TEST_CASE("unlocking makes the day's backup once, and it opens with the diary's password")
{
    WindowFixture f;
    f.window.settings().setBackupsEnabled(true);
    f.window.settings().setBackupEveryUnlock(false);
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    const diary::BackupFolder folder(path);
    unlockThroughTheLockScreen(f, path);
    REQUIRE(waitUntil([&] { return folder.list().size() == 1; }));
    const QString first = folder.list().front().path;
    CHECK(diary::Diary::open(first, pw(kGoodPassword), fastOptions())->check().ok());

    f.window.lockDiary();
    unlockThroughTheLockScreen(f, path);
    QTest::qWait(300);
    CHECK(folder.list().size() == 1); // once a day

    f.window.settings().setBackupEveryUnlock(true);
    f.window.lockDiary();
    unlockThroughTheLockScreen(f, path);
    CHECK(waitUntil([&] { return folder.list().size() == 2; }));
}

TEST_CASE("an emergency copy saved from the Safety page opens only with its new password")
{
    WindowFixture f;
    f.window.settings().setBackupsEnabled(false);
    const QString path = f.path("Diary.daymark");
    makeDiary(path, kGoodPassword);
    const QByteArray before = readAll(path);
    unlockThroughTheLockScreen(f, path);
    child<QPushButton>(f.window, "safetyEmergencyCopyButton")->click();
    auto* dialog = visibleChild<ui::EmergencyCopyDialog>(f.window);
    REQUIRE(dialog != nullptr);
    const QString target = f.path("For my sister.daymark");
    typeInto(dialog->locationField(), target);
    typeInto(dialog->passwordFields()->passwordField(), QStringLiteral("copper kettle meadow sparrow"));
    typeInto(dialog->passwordFields()->repeatField(), QStringLiteral("copper kettle meadow sparrow"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(visibleBox(f.window, "emergencyCopySavedNote") != nullptr);
    REQUIRE(QFileInfo::exists(target));
    CHECK(diary::Diary::open(target, pw("copper kettle meadow sparrow"), fastOptions())->check().ok());
    CHECK_THROWS(diary::Diary::open(target, pw(kGoodPassword), fastOptions()));
    f.window.lockDiary();
    CHECK(readAll(path) == before);
}

TEST_CASE("the backup settings are saved, and a folder that is not a full path is refused")
{
    WindowFixture f;
    ui::SettingsDialog dialog(f.window.settings(), nullptr, &f.window);
    auto* section = dialog.backupSection();
    section->enabledBox()->setChecked(true);
    section->everyUnlockBox()->setChecked(true);
    section->keepField()->setValue(3);
    section->folderField()->setText(QStringLiteral("relative/folder"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.window.settings().backupFolder().isEmpty());
    section->folderField()->setText(f.dir.filePath(QStringLiteral("backups")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.window.settings().backupsToKeep() == 3);
    CHECK(f.window.settings().backupEveryUnlock());
    CHECK(f.window.settings().backupFolder() == f.dir.filePath(QStringLiteral("backups")));
    f.window.settings().setBackupFolder(QString());
    f.window.settings().setBackupEveryUnlock(false);
}
