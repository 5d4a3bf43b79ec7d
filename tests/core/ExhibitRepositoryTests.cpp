// Tests for diary/ExhibitRepository and evidence/BlobStore: original files kept byte for byte, numbered for life.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "evidence/ExivBytes.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <exiv2/exiv2.hpp>
#include <random>

using namespace daymark;
using namespace daymark::diary;
using namespace daymark::test;

namespace {

QString sha256sum(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    REQUIRE(p.waitForFinished(600000));
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

QByteArray randomBytes(qsizetype size, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(rng() & 0xff);
    return out;
}

// A real JPEG with EXIF tags written by libexiv2: capture time, camera and a GPS position.
QByteArray jpegWithExif()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 160));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    auto exiv = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(jpeg.constData()), long(jpeg.size()));
    Exiv2::ExifData exif;
    exif["Exif.Image.Make"] = "Fictional Phones";
    exif["Exif.Image.Model"] = "Model 7";
    exif["Exif.Photo.DateTimeOriginal"] = "2026:02:27 21:40:05";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "54/1 34/1 2700/100";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "W";
    exif["Exif.GPSInfo.GPSLongitude"] = "1/1 14/1 600/100";
    exiv->setExifData(exif);
    exiv->writeMetadata();
    Exiv2::BasicIo& io = exiv->io();
    io.open();
    return evidence::exivBytes(io.read(long(io.size())));
}

} // namespace

TEST_CASE("files of any size come back byte for byte with the SHA-256 sha256sum gives")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    const QList<QPair<QString, QByteArray>> inputs{
        {QStringLiteral("empty.bin"), QByteArray()},
        {QStringLiteral("small.txt"), QByteArrayLiteral("You can't hide.\n")},
        {QStringLiteral("exact-chunk.bin"), randomBytes(evidence::BlobStore::kChunkSize, 1)},
        {QStringLiteral("large.bin"), randomBytes(3 * evidence::BlobStore::kChunkSize + 12345, 2)},
    };
    for (const auto& [name, bytes] : inputs) {
        const QString path = writeFile(files, name, bytes);
        const auto result = t->exhibits().attachFile(incident, path);
        const auto& e = result.record.exhibit;
        CHECK_FALSE(result.existing);
        CHECK(e.size == bytes.size());
        CHECK(e.sha256 == sha256sum(path));
        CHECK(e.originalName == name);
        const QString out = files.filePath(name + QStringLiteral(".out"));
        t->exhibits().extract(e.id, out);
        CHECK(readAll(out) == bytes);
        CHECK(t->exhibits().read(e.id) == bytes);
    }
    CHECK(t->incidents().get(incident).exhibitCount == 4);
    CHECK(t->check().ok());
}

TEST_CASE("a multi-gigabyte sparse file round-trips in bounded memory")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("sparse.bin"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64(2) * 1024 * 1024 * 1024 + 7)); // 2 GiB of holes, plus 7 bytes
        f.seek(f.size() - 7);
        f.write("the end");
    }
    const auto result = t->exhibits().attachFile(incident, path);
    CHECK(result.record.exhibit.size == qint64(2) * 1024 * 1024 * 1024 + 7);
    CHECK(result.record.exhibit.sha256 == sha256sum(path));
    const QString out = files.filePath(QStringLiteral("sparse.out"));
    t->exhibits().extract(result.record.exhibit.id, out);
    CHECK(sha256sum(out) == result.record.exhibit.sha256);
}

TEST_CASE("identical content is stored once and attached as the same exhibit")
{
    TestDiary t;
    const auto first = t->incidents().add(sampleIncident()).incident.id;
    const auto second = t->incidents().add(sampleIncident(QStringLiteral("Second"))).incident.id;
    QTemporaryDir files;
    const QByteArray bytes = randomBytes(200000, 3);
    const auto a = t->exhibits().attachFile(first, writeFile(files, QStringLiteral("a.png"), bytes));
    const auto b = t->exhibits().attachFile(second, writeFile(files, QStringLiteral("copy-of-a.png"), bytes));
    CHECK(b.existing);
    CHECK(b.record.exhibit.id == a.record.exhibit.id);
    CHECK(b.record.exhibit.incidents.size() == 2);
    auto& db = t->vault().connection();
    CHECK(db.queryInt("SELECT count(*) FROM blobs") == 1);
    CHECK(db.queryInt("SELECT sum(length(data)) FROM blob_chunks") == bytes.size());
    CHECK(t->exhibits().forIncident(second).size() == 1);
}

TEST_CASE("one exhibit links to many incidents in one journal record, skipping those already linked")
{
    TestDiary t;
    QList<QUuid> incidents;
    for (int i = 0; i < 5; ++i)
        incidents << t->incidents().add(sampleIncident(QStringLiteral("message %1").arg(i))).incident.id;
    const auto exhibit = t->exhibits().attachData(incidents[0], QByteArray("chat export"), QStringLiteral("chat.txt"));
    const qint64 before = t->journal().headSeq();
    const auto linked = t->exhibits().linkMany(exhibit.record.exhibit.id, incidents);
    CHECK(linked.exhibit.incidents.size() == 5);
    CHECK(t->journal().headSeq() == before + 1);
    for (const QUuid& incident : incidents)
        CHECK(t->exhibits().forIncident(incident).size() == 1);
    // Nothing new: nothing written.
    t->exhibits().linkMany(exhibit.record.exhibit.id, incidents.mid(2));
    CHECK(t->journal().headSeq() == before + 1);
    // An unknown or deleted incident is refused, and nothing of the call is kept.
    const QUuid deleted = t->incidents().add(sampleIncident(QStringLiteral("gone"))).incident.id;
    t->incidents().remove(deleted, QStringLiteral("logged twice"));
    CHECK_THROWS_AS(t->exhibits().linkMany(exhibit.record.exhibit.id, {deleted}), Error);
    CHECK_THROWS_AS(t->exhibits().linkMany(exhibit.record.exhibit.id, {QUuid::createUuid()}), Error);
    CHECK(t->exhibits().get(exhibit.record.exhibit.id).exhibit.incidents.size() == 5);
    CHECK(t->check().ok());
}

TEST_CASE("exhibit numbers use the producer's initials and never change or get reused")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    CHECK_THROWS_AS(t->exhibits().setInitials(QStringLiteral("J5")), Error);
    t->exhibits().setInitials(QStringLiteral("js"));
    const auto one = t->exhibits().attachFile(incident, writeFile(files, QStringLiteral("1.txt"), "one")).record;
    const auto two = t->exhibits().attachFile(incident, writeFile(files, QStringLiteral("2.txt"), "two")).record;
    CHECK(one.exhibit.label == QStringLiteral("JS/1"));
    CHECK(two.exhibit.label == QStringLiteral("JS/2"));

    CHECK_THROWS_AS(t->exhibits().remove(two.exhibit.id, QStringLiteral("Wrong file")), Error); // still linked
    t->exhibits().unlink(two.exhibit.id, incident, QStringLiteral("Wrong file"));
    const auto gone = t->exhibits().remove(two.exhibit.id, QStringLiteral("Wrong file"));
    CHECK(gone.deleted);
    CHECK_THROWS_AS(t->exhibits().read(two.exhibit.id), Error); // the bytes are gone
    CHECK(t->vault().connection().queryInt("SELECT count(*) FROM blobs") == 1);

    t->exhibits().setInitials(QStringLiteral("AB"));
    t.reopen();
    const auto three = t->exhibits().attachFile(incident, writeFile(files, QStringLiteral("3.txt"), "three")).record;
    CHECK(three.exhibit.label == QStringLiteral("AB/3"));
    CHECK(t->exhibits().get(one.exhibit.id).exhibit.label == QStringLiteral("JS/1"));
    CHECK(t->exhibits().resolve(QStringLiteral("JS/1")) == one.exhibit.id);
    CHECK(t->exhibits().resolve(QStringLiteral("3")) == three.exhibit.id);
    CHECK_THROWS_AS(t->exhibits().resolve(QStringLiteral("AB/1")), Error);
    CHECK(t->exhibits().list().size() == 2);
    CHECK(t->exhibits().list(true).size() == 3);
    CHECK(t->check().ok());
}

TEST_CASE("EXIF capture time, camera and position are read from a real JPEG")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    const QByteArray jpeg = jpegWithExif();
    const auto e = t->exhibits()
                       .attachFile(incident, writeFile(files, QStringLiteral("photo.bin"), jpeg),
                                   {QStringLiteral("photo"), QStringLiteral("His car outside"), {}, nullptr, {}})
                       .record.exhibit;
    CHECK(e.mediaType == QStringLiteral("image/jpeg")); // from the content, not the name
    CHECK(e.metadata.captured == QDateTime(QDate(2026, 2, 27), QTime(21, 40, 5)));
    CHECK(e.metadata.cameraMake == QStringLiteral("Fictional Phones"));
    CHECK(e.metadata.cameraModel == QStringLiteral("Model 7"));
    REQUIRE(e.metadata.latitude);
    CHECK(std::abs(*e.metadata.latitude - (54 + 34 / 60.0 + 27 / 3600.0)) < 1e-6);
    CHECK(std::abs(*e.metadata.longitude + (1 + 14 / 60.0 + 6 / 3600.0)) < 1e-6);
    CHECK(e.metadata.width == 64);
    CHECK(e.metadata.height == 48);
    CHECK(e.howObtained == QStringLiteral("photo"));
    CHECK(readAll(files.filePath(QStringLiteral("photo.bin"))) == jpeg); // the original is untouched
    const QImage thumb = t->exhibits().thumbnail(e.id, QSize(32, 32));
    CHECK(thumb.size() == QSize(32, 24));
}

TEST_CASE("cancelling an import part-way leaves no trace in the diary")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    const QString path = writeFile(files, QStringLiteral("big.bin"), randomBytes(5 * 1024 * 1024, 4));
    const qint64 sizeBefore = QFileInfo(t.path).size();
    const qint64 head = t->journal().headSeq();
    std::atomic<bool> cancel{false};
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&cancel](qint64 done, qint64) {
        if (done >= 2 * 1024 * 1024)
            cancel = true;
    };
    try {
        t->exhibits().attachFile(incident, path, options);
        FAIL("the import was not cancelled");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Cancelled);
    }
    CHECK(t->journal().headSeq() == head);
    CHECK(t->vault().connection().queryInt("SELECT count(*) FROM blob_chunks") == 0);
    CHECK(t->exhibits().list(true).empty());
    CHECK(QFileInfo(t.path).size() == sizeBefore);
    CHECK(t->check().ok());
}

TEST_CASE("a file that changes while it is read is refused, and vanished or odd paths get a sentence")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    const QString path = writeFile(files, QStringLiteral("growing.log"), randomBytes(3 * 1024 * 1024, 5));
    ImportOptions options;
    options.progress = [&path](qint64 done, qint64) {
        if (done == evidence::BlobStore::kChunkSize) {
            QFile f(path);
            f.open(QIODevice::Append);
            f.write("more");
        }
    };
    CHECK_THROWS_AS(t->exhibits().attachFile(incident, path, options), Error);
    CHECK(t->exhibits().list(true).empty());
    CHECK_THROWS_AS(t->exhibits().attachFile(incident, files.filePath(QStringLiteral("missing.jpg"))), Error);
    CHECK_THROWS_AS(t->exhibits().attachFile(incident, files.path()), Error);
    CHECK_THROWS_AS(t->exhibits().attachFile(QUuid::createUuid(), path), Error);
    ImportOptions badHow;
    badHow.howObtained = QStringLiteral("stolen");
    CHECK_THROWS_AS(t->exhibits().attachFile(incident, path, badHow), Error);
    CHECK(t->journal().headSeq() == 2);
}

TEST_CASE("changed exhibit bytes are found by check")
{
    TestDiary t;
    const auto incident = t->incidents().add(sampleIncident()).incident.id;
    QTemporaryDir files;
    t->exhibits().attachFile(incident, writeFile(files, QStringLiteral("msg.txt"), "I will find you"));
    t.diary.reset();
    sqlcipherShell(t.path, "pw", "UPDATE blob_chunks SET data = CAST('I will miss you' AS BLOB);");
    t.reopen();
    const auto report = t->check();
    CHECK_FALSE(report.ok());
    CHECK(report.consistency.join(u' ').contains(QStringLiteral("SHA-256")));
}
