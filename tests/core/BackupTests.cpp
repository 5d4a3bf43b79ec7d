// Automatic backups: a byte-for-byte, checked copy that opens with the diary's password, made while the diary is in
// use; the newest N kept; no plain text in the file.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/BackupFolder.h"
#include "diary/DiaryBackup.h"
#include "diary/DiaryJson.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentFilter.h"
#include "diary/IncidentRepository.h"
#include "evidence/Exhibit.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <atomic>
#include <chrono>
#include <thread>

using namespace daymark;
using namespace daymark::diary;
using daymark::test::fastOptions;
using daymark::test::pw;

namespace {

const QByteArray kCanary = QByteArrayLiteral("CANARY-backup-7f3a9c-plaintext");

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

void addIncidents(test::TestDiary& diary, int count, const QString& summary = QString::fromLatin1(kCanary))
{
    for (int i = 0; i < count; ++i)
        diary->incidents().add(test::sampleIncident(QStringLiteral("%1 #%2").arg(summary).arg(i)));
}

QStringList incidentsJson(Diary& diary)
{
    QStringList out;
    for (const IncidentRecord& record : diary.incidents().list(IncidentFilter{}, 100000))
        out << QString::fromUtf8(QJsonDocument(json::toJson(record)).toJson(QJsonDocument::Compact));
    return out;
}

} // namespace

TEST_CASE("a backup opens with the diary's password and holds every incident and exhibit byte for byte")
{
    test::TestDiary diary;
    addIncidents(diary, 20);
    const auto incident = diary->incidents().list(IncidentFilter{}, 1).front().incident.id;
    const QByteArray photo = randomBytes(300 * 1024, 7);
    const QByteArray note = kCanary + QByteArrayLiteral(" in an exhibit");
    const auto photoId = diary->exhibits().attachData(incident, photo, QStringLiteral("photo.jpg")).record.exhibit.id;
    const auto noteId = diary->exhibits().attachData(incident, note, QStringLiteral("note.txt")).record.exhibit.id;

    const BackupFolder folder(diary.path);
    DiaryBackup backup(diary->vault());
    const BackupOutcome outcome = backup.make(folder, 7, diary.clock.nowUtc());

    CHECK(QFileInfo(outcome.path).absolutePath() ==
          QFileInfo(diary.path).absoluteFilePath() + QStringLiteral(".backups"));
    CHECK(outcome.bytes == QFileInfo(diary.path).size());
    CHECK(test::readAll(outcome.path).left(16) == test::readAll(diary.path).left(16)); // same salt and KDF header
    CHECK((QFileInfo(outcome.path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(!QFileInfo::exists(outcome.path + QStringLiteral(".part")));

    const auto copy = Diary::open(outcome.path, pw("pw"), fastOptions());
    CHECK(copy->check().ok());
    CHECK(incidentsJson(*copy) == incidentsJson(*diary.diary));
    CHECK(copy->exhibits().read(photoId) == photo);
    CHECK(copy->exhibits().read(noteId) == note);
    CHECK(copy->fingerprint() == diary->fingerprint());
    CHECK_THROWS_AS(Diary::open(outcome.path, pw("not the password"), fastOptions()), Error);
}

TEST_CASE("a backup file holds no plain text of the diary")
{
    test::TestDiary diary;
    addIncidents(diary, 50);
    const auto incident = diary->incidents().list(IncidentFilter{}, 1).front().incident.id;
    diary->exhibits().attachData(incident, kCanary.repeated(100), QStringLiteral("canary.txt"));
    const BackupOutcome outcome = DiaryBackup(diary->vault()).make(BackupFolder(diary.path), 7, diary.clock.nowUtc());
    const QByteArray bytes = test::readAll(outcome.path);
    REQUIRE(bytes.size() > 16 * 1024);
    CHECK(!bytes.contains(kCanary));
    CHECK(!bytes.contains(kCanary.left(12)));
    CHECK(!bytes.contains(QByteArrayLiteral("SQLite format")));
    CHECK(!bytes.contains(QString::fromLatin1(kCanary).toUtf8().toBase64().left(16)));
}

TEST_CASE("a backup made while another thread keeps writing to the diary is whole and consistent")
{
    test::TestDiary diary;
    addIncidents(diary, 30);
    const auto incident = diary->incidents().list(IncidentFilter{}, 1).front().incident.id;
    diary->exhibits().attachData(incident, randomBytes(2 * 1024 * 1024, 3), QStringLiteral("video.mp4"));
    DiaryBackup backup(diary->vault()); // on the diary's thread; make() on another
    std::atomic<bool> done{false};
    BackupOutcome outcome;
    QString failure;
    std::thread worker([&] {
        try {
            outcome = backup.make(BackupFolder(diary.path), 7, diary.clock.nowUtc());
        } catch (const Error& error) {
            failure = error.message() + QStringLiteral(" / ") + error.detail();
        }
        done = true;
    });
    int written = 0;
    while (!done && written < 200) {
        diary->incidents().add(test::sampleIncident(QStringLiteral("written during the backup %1").arg(written)));
        ++written;
        // A person saves now and then; a loop that commits without a pause can starve a reader of SQLite's lock.
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    worker.join();
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    const auto copy = Diary::open(outcome.path, pw("pw"), fastOptions());
    CHECK(copy->check().ok());
    const qint64 inCopy = copy->incidents().count(IncidentFilter{});
    CHECK(inCopy >= 30);
    CHECK(inCopy <= 30 + written);
    CHECK(diary->check().ok());
    CHECK(diary->incidents().count(IncidentFilter{}) == 30 + written);
}

TEST_CASE("backups beyond the number to keep are removed, oldest first, and other files are left alone")
{
    test::TestDiary diary;
    addIncidents(diary, 2);
    const BackupFolder folder(diary.path);
    DiaryBackup backup(diary->vault());
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        diary.clock.advance(3600);
        made << backup.make(folder, 3, diary.clock.nowUtc()).path;
    }
    test::writeAll(QDir(folder.path()).filePath(QStringLiteral("my notes.txt")), "mine");
    test::writeAll(QDir(folder.path()).filePath(QStringLiteral("other-backup-20200101-000000Z.daymark")), "other");
    const auto outcome = backup.make(folder, 3, diary.clock.nowUtc()); // same second as the last: a counter
    made << outcome.path;
    CHECK(outcome.path.endsWith(QStringLiteral("Z-2.daymark")));
    CHECK(outcome.removed == QStringList{made.at(2)});
    const auto files = folder.list();
    REQUIRE(files.size() == 3);
    CHECK(files.at(0).path == made.at(5));
    CHECK(files.at(1).path == made.at(4));
    CHECK(files.at(2).path == made.at(3));
    CHECK(QFileInfo::exists(QDir(folder.path()).filePath(QStringLiteral("my notes.txt"))));
    CHECK(QFileInfo::exists(QDir(folder.path()).filePath(QStringLiteral("other-backup-20200101-000000Z.daymark"))));
}

TEST_CASE("a backup is due once a day unless every unlock is asked for")
{
    test::TestDiary diary;
    const BackupFolder folder(diary.path);
    const QDateTime morning = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toUTC();
    CHECK(folder.isDue(morning, false));
    DiaryBackup(diary->vault()).make(folder, 7, morning);
    CHECK(!folder.isDue(morning.addSecs(3 * 3600), false));
    CHECK(folder.isDue(morning.addSecs(3 * 3600), true));
    CHECK(folder.isDue(morning.addDays(1), false));
    CHECK(folder.isDue(morning.addDays(-3), false)); // the clock went back: a newer backup must not stop them
}

TEST_CASE("a damaged diary gives no backup and the older backups stay as they were")
{
    test::TestDiary diary;
    addIncidents(diary, 40);
    const BackupFolder folder(diary.path);
    const QString good = DiaryBackup(diary->vault()).make(folder, 7, diary.clock.nowUtc()).path;
    const QByteArray goodBytes = test::readAll(good);
    diary.diary.reset();
    QByteArray bytes = test::readAll(diary.path);
    REQUIRE(bytes.size() > 5 * 4096);
    bytes[4 * 4096 + 100] = char(bytes[4 * 4096 + 100] ^ 0x40); // page 5
    test::writeAll(diary.path, bytes);
    diary.reopen();
    diary.clock.advance(86400);
    try {
        DiaryBackup(diary->vault()).make(folder, 1, diary.clock.nowUtc());
        FAIL("a backup of a damaged diary was kept");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Corrupt);
    }
    REQUIRE(folder.list().size() == 1);
    CHECK(folder.list().front().path == good);
    CHECK(test::readAll(good) == goodBytes);
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 1); // no unfinished copy left
}

TEST_CASE("a cancelled backup leaves nothing behind")
{
    test::TestDiary diary;
    addIncidents(diary, 5);
    const BackupFolder folder(diary.path);
    const std::atomic<bool> cancel{true};
    try {
        DiaryBackup(diary->vault()).make(folder, 7, diary.clock.nowUtc(), &cancel);
        FAIL("the backup was not cancelled");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Cancelled);
    }
    CHECK(QDir(folder.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("a backup folder that is a file is refused with a sentence")
{
    test::TestDiary diary;
    const QString blocked = diary.dir.filePath(QStringLiteral("blocked"));
    test::writeAll(blocked, "x");
    try {
        DiaryBackup(diary->vault()).make(BackupFolder(diary.path, blocked), 7, diary.clock.nowUtc());
        FAIL("a file was taken for a folder");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(error.message().contains(QStringLiteral("folder")));
    }
    CHECK(test::readAll(blocked) == "x");
}
