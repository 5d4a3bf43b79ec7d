// daymark-cli exhibit: metadata read from the file's content (media type, image size, EXIF camera, capture time and
// position), how it was obtained, and the incidents it belongs to, as JSON and as text.
#include "Catch.h"
#include "ExhibitCli.h"
#include "ExhibitFiles.h"

#include <QDateTime>
#include <QFileInfo>

using namespace daymark::test::cliexhibits;

TEST_CASE("exhibit --json gives the media type from the content, not the name, and the file's own facts")
{
    ExhibitCli diary;
    const QString png = diary.write(s("not really text.txt"), pngImage(40, 30));
    diary.ok(s("attach"), {s("1"), png, s("--how"), s("received"), s("--description"), s("Sent by his sister")});
    const QJsonObject e = diary.object(s("exhibit"), {s("JS/1")});
    CHECK(e.value(s("mediaType")).toString() == s("image/png"));
    CHECK(e.value(s("originalName")).toString() == s("not really text.txt"));
    CHECK(e.value(s("howObtained")).toString() == s("received"));
    CHECK(e.value(s("description")).toString() == s("Sent by his sister"));
    CHECK(e.value(s("sha256")).toString() == sha256sum(png));
    CHECK(e.value(s("size")).toInteger() == QFileInfo(png).size());
    CHECK(e.value(s("label")).toString() == s("JS/1"));
    CHECK(e.value(s("number")).toInt() == 1);
    CHECK(e.value(s("version")).toInt() == 1);
    CHECK(e.value(s("deleted")).toBool() == false);
    CHECK(e.value(s("deletionReason")).isNull());
    CHECK(e.value(s("id")).toString().size() == 36);
    CHECK(e.value(s("incidentNumbers")).toArray() == QJsonArray{1});
    CHECK(e.value(s("incidents")).toArray().size() == 1);
    // The file's own modification time, to the second.
    const QDateTime modified = QDateTime::fromString(e.value(s("fileModified")).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(modified.secsTo(QFileInfo(png).lastModified())) <= 1);
    const QDateTime added = QDateTime::fromString(e.value(s("addedAt")).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(added.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QJsonObject m = e.value(s("metadata")).toObject();
    CHECK(m.value(s("width")).toInt() == 40);
    CHECK(m.value(s("height")).toInt() == 30);
    CHECK(m.value(s("captured")).isNull());
    CHECK(m.value(s("latitude")).isNull());
    const QJsonArray history = e.value(s("history")).toArray();
    REQUIRE(history.size() == 1);
    CHECK(history[0].toObject().value(s("action")).toString() == s("create"));

    const QString text = diary.ok(s("exhibit"), {s("1")});
    CHECK(text.startsWith(s("Exhibit JS/1\n")));
    CHECK(text.contains(s("Media type: image/png")));
    CHECK(text.contains(s("SHA-256: ") + sha256sum(png)));
    CHECK(text.contains(s("How obtained: Received from someone")));
    CHECK(text.contains(s("Image size: 40 × 30 pixels")));
    CHECK(text.contains(s("Incidents: #1 2026-03-01 21:15  He rang 14 times")));
}

TEST_CASE("EXIF camera, capture time and GPS position are read from a JPEG and shown beside it")
{
    ExhibitCli diary;
    const QByteArray jpeg = jpegWithExif();
    const QString photo = diary.write(s("IMG_2041.JPG"), jpeg);
    diary.ok(s("attach"), {s("1"), photo, s("--how"), s("photo")});
    const QJsonObject e = diary.object(s("exhibit"), {s("JS/1")});
    CHECK(e.value(s("mediaType")).toString() == s("image/jpeg"));
    const QJsonObject m = e.value(s("metadata")).toObject();
    CHECK(m.value(s("cameraMake")).toString() == QString::fromLatin1(ExifTags::make));
    CHECK(m.value(s("cameraModel")).toString() == QString::fromLatin1(ExifTags::model));
    CHECK(m.value(s("captured")).toString() == QString::fromLatin1(ExifTags::captured));
    CHECK(qAbs(m.value(s("latitude")).toDouble() - ExifTags::latitude) < 1e-6);
    CHECK(qAbs(m.value(s("longitude")).toDouble() - ExifTags::longitude) < 1e-6);
    CHECK(m.value(s("width")).toInt() == 64);
    CHECK(m.value(s("height")).toInt() == 48);

    const QString text = diary.ok(s("exhibit"), {s("JS/1")});
    CHECK(text.contains(s("Camera: Fictional Phones Model 7")));
    CHECK(text.contains(s("Taken: 2026-02-27 21:40:05 by the camera's clock")));
    CHECK(text.contains(s("Position: 54.557500, -1.235000")));
    CHECK(text.contains(s("How obtained: Photo I took")));

    // Shown beside the exhibit, never written into it: the bytes come back unchanged.
    const QString out = diary.file(s("back.jpg"));
    diary.ok(s("extract"), {s("JS/1"), out});
    CHECK(readAll(out) == jpeg);
}
