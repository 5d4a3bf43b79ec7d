// Restoring backups (the newest good one, damaged ones skipped, the replaced diary kept aside) and emergency copies
// under a second password.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/BackupFolder.h"
#include "diary/BackupRestore.h"
#include "diary/DiaryBackup.h"
#include "diary/EmergencyCopy.h"
#include "diary/IncidentFilter.h"
#include "diary/IncidentRepository.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>

using namespace daymark;
using namespace daymark::diary;
using daymark::test::fastOptions;
using daymark::test::pw;

namespace {

void flipByte(const QString& path, qint64 offset)
{
    QByteArray bytes = test::readAll(path);
    REQUIRE(offset < bytes.size());
    bytes[offset] = char(bytes[offset] ^ 0x01);
    test::writeAll(path, bytes);
}

QString backupWith(test::TestDiary& diary, int incidents)
{
    for (int i = 0; i < incidents; ++i)
        diary->incidents().add(test::sampleIncident(QStringLiteral("entry %1").arg(i)));
    diary.clock.advance(3600);
    return DiaryBackup(diary->vault()).make(BackupFolder(diary.path), 7, diary.clock.nowUtc()).path;
}

qint64 incidentCount(const QString& path, const char* password = "pw")
{
    return Diary::open(path, pw(password), fastOptions())->incidents().count(IncidentFilter{});
}

} // namespace

TEST_CASE("the newest good backup is found, skipping a damaged newer one")
{
    test::TestDiary diary;
    const QString older = backupWith(diary, 3);
    const QString newer = backupWith(diary, 3);
    flipByte(newer, 2 * 4096 + 10);
    const BackupFolder folder(diary.path);
    QList<SkippedBackup> skipped;
    const auto found = backupRestore::newestGood(folder, pw("pw"), fastOptions(), &skipped);
    REQUIRE(found);
    CHECK(found->path == older);
    REQUIRE(skipped.size() == 1);
    CHECK(skipped.front().path == newer);
    CHECK(skipped.front().reason.contains(QStringLiteral("damaged")));
    CHECK(!backupRestore::newestGood(folder, pw("wrong"), fastOptions()));
}

TEST_CASE("restoring replaces a damaged diary with the backup and keeps the damaged file aside")
{
    test::TestDiary diary;
    const QString backup = backupWith(diary, 4);
    diary->incidents().add(test::sampleIncident(QStringLiteral("after the backup")));
    diary.diary.reset();
    // Cut short, as a copy interrupted half-way leaves it; then a leftover journal beside it.
    const QByteArray whole = test::readAll(diary.path);
    const QByteArray damaged = whole.left(whole.size() - 1000);
    test::writeAll(diary.path, damaged);
    try {
        Diary::open(diary.path, pw("pw"), fastOptions());
        FAIL("a damaged diary opened");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Corrupt);
    }
    test::writeAll(diary.path + QStringLiteral("-journal"), "stale journal");
    const QByteArray backupBytes = test::readAll(backup);

    const QDateTime now = QDateTime(QDate(2026, 4, 1), QTime(12, 0, 5), Qt::UTC);
    const RestoreOutcome outcome = backupRestore::restore(diary.path, backup, pw("pw"), fastOptions(), now);
    CHECK(outcome.check.ok());
    CHECK(outcome.keptAside == diary.path + QStringLiteral(".damaged-20260401-120005Z"));
    CHECK(test::readAll(outcome.keptAside) == damaged);
    CHECK(test::readAll(outcome.keptAside + QStringLiteral("-journal")) == "stale journal");
    CHECK(!QFileInfo::exists(diary.path + QStringLiteral("-journal")));
    CHECK(!QFileInfo::exists(diary.path + QStringLiteral(".restoring")));
    CHECK(test::readAll(diary.path) == backupBytes);
    CHECK(test::readAll(backup) == backupBytes); // the backup stays
    CHECK(incidentCount(diary.path) == 4);
    CHECK(Diary::open(diary.path, pw("pw"), fastOptions())->check().ok());

    // A second restore the same second keeps the first aside file and makes a new name.
    const auto again = backupRestore::restore(diary.path, backup, pw("pw"), fastOptions(), now);
    CHECK(again.keptAside == outcome.keptAside + QStringLiteral("-2"));
    CHECK(test::readAll(outcome.keptAside) == damaged);
}

TEST_CASE("a damaged backup or a wrong password never replaces the diary")
{
    test::TestDiary diary;
    const QString damagedBackup = backupWith(diary, 3);
    const QString goodBackup = backupWith(diary, 1);
    diary.diary.reset();
    const QByteArray before = test::readAll(diary.path);
    flipByte(damagedBackup, 3 * 4096 + 7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        backupRestore::restore(diary.path, damagedBackup, pw("pw"), fastOptions(), now);
        FAIL("a damaged backup was restored");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Corrupt);
    }
    try {
        backupRestore::restore(diary.path, goodBackup, pw("wrong"), fastOptions(), now);
        FAIL("a backup was restored with a wrong password");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::WrongPassword);
    }
    CHECK(test::readAll(diary.path) == before);
    CHECK(QDir(diary.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("test.daymark")});
}

TEST_CASE("a missing diary is restored from its backup with nothing to keep aside")
{
    test::TestDiary diary;
    const QString backup = backupWith(diary, 2);
    diary.diary.reset();
    QFile::remove(diary.path);
    const auto outcome =
        backupRestore::restore(diary.path, backup, pw("pw"), fastOptions(), QDateTime::currentDateTimeUtc());
    CHECK(outcome.keptAside.isEmpty());
    CHECK(incidentCount(diary.path) == 2);
}

TEST_CASE("an emergency copy opens only with its new password, has its own salt, and leaves the diary untouched")
{
    test::TestDiary diary;
    diary->incidents().add(test::sampleIncident(QStringLiteral("kept in the copy")));
    const QString target = diary.dir.filePath(QStringLiteral("for my sister.daymark"));
    const QByteArray before = test::readAll(diary.path);
    const auto report = EmergencyCopy(diary->vault()).save(target, pw("second password"), fastOptions());
    CHECK(report.ok());
    CHECK(test::readAll(diary.path) == before);
    CHECK(test::readAll(target).left(16) != before.left(16));
    CHECK(!QFileInfo::exists(target + QStringLiteral(".part")));
    CHECK((QFileInfo(target).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const auto copy = Diary::open(target, pw("second password"), fastOptions());
    CHECK(copy->check().ok());
    CHECK(copy->incidents().count(IncidentFilter{}) == 1);
    CHECK(copy->vault().diaryId() == diary->vault().diaryId());
    CHECK(copy->fingerprint() == diary->fingerprint());
    try {
        Diary::open(target, pw("pw"), fastOptions());
        FAIL("the diary's own password opened the emergency copy");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::WrongPassword);
    }
    CHECK(incidentCount(diary.path) == 1); // the diary still opens with its own password
}

TEST_CASE("an emergency copy never replaces an existing file")
{
    test::TestDiary diary;
    const QString target = diary.dir.filePath(QStringLiteral("taken.daymark"));
    test::writeAll(target, "someone's file");
    try {
        EmergencyCopy(diary->vault()).save(target, pw("second"), fastOptions());
        FAIL("an existing file was replaced");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::AlreadyExists);
    }
    CHECK(test::readAll(target) == "someone's file");
    CHECK(!QFileInfo::exists(target + QStringLiteral(".part")));
}
