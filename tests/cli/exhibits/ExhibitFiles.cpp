// Test evidence files; the EXIF block is written byte by byte so the test does not depend on libexiv2 to make what
// the program reads with libexiv2.
#include "ExhibitFiles.h"

#include "Catch.h"

#include <QBuffer>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRandomGenerator>
#include <QtEndian>

namespace daymark::test::cliexhibits {
namespace {

enum Type : quint16 { kAscii = 2, kLong = 4, kRational = 5 };

struct Tag
{
    quint16 tag;
    quint16 type;
    quint32 count;
    QByteArray value; // little-endian bytes; more than 4 go after the IFD
};

Tag ascii(quint16 tag, const char* text)
{
    const QByteArray bytes = QByteArray(text) + '\0';
    return {tag, kAscii, quint32(bytes.size()), bytes};
}

Tag longValue(quint16 tag, quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return {tag, kLong, 1, bytes};
}

Tag rationals(quint16 tag, const QList<QPair<quint32, quint32>>& values)
{
    QByteArray bytes;
    for (const auto& [numerator, denominator] : values) {
        char pair[8];
        qToLittleEndian(numerator, pair);
        qToLittleEndian(denominator, pair + 4);
        bytes.append(pair, 8);
    }
    return {tag, kRational, quint32(values.size()), bytes};
}

// Bytes an IFD takes at `offset` (from the TIFF header): the entries, then the values too big to sit in them.
qsizetype ifdSize(const QList<Tag>& tags)
{
    qsizetype size = 2 + 12 * tags.size() + 4;
    for (const Tag& t : tags)
        if (t.value.size() > 4)
            size += t.value.size() + (t.value.size() & 1);
    return size;
}

QByteArray ifd(const QList<Tag>& tags, quint32 offset)
{
    QByteArray entries(2, '\0');
    qToLittleEndian(quint16(tags.size()), entries.data());
    QByteArray extra;
    quint32 extraAt = offset + quint32(2 + 12 * tags.size() + 4);
    for (const Tag& t : tags) {
        char entry[12] = {};
        qToLittleEndian(t.tag, entry);
        qToLittleEndian(t.type, entry + 2);
        qToLittleEndian(t.count, entry + 4);
        if (t.value.size() <= 4) {
            std::copy(t.value.begin(), t.value.end(), entry + 8);
        } else {
            qToLittleEndian(quint32(extraAt + extra.size()), entry + 8);
            extra += t.value;
            if (t.value.size() & 1)
                extra += '\0';
        }
        entries.append(entry, 12);
    }
    entries.append(4, '\0'); // no next IFD
    return entries + extra;
}

QByteArray exifSegment()
{
    const QList<Tag> exif{ascii(0x9003, "2026:02:27 21:40:05")};
    const QList<Tag> gps{ascii(0x0001, "N"), rationals(0x0002, {{54, 1}, {33, 1}, {2700, 100}}), ascii(0x0003, "W"),
                         rationals(0x0004, {{1, 1}, {14, 1}, {600, 100}})};
    QList<Tag> ifd0{ascii(0x010F, ExifTags::make), ascii(0x0110, ExifTags::model), longValue(0x8769, 0),
                    longValue(0x8825, 0)};
    const quint32 exifAt = quint32(8 + ifdSize(ifd0));
    const quint32 gpsAt = quint32(exifAt + ifdSize(exif));
    ifd0[2] = longValue(0x8769, exifAt);
    ifd0[3] = longValue(0x8825, gpsAt);
    const QByteArray tiff = QByteArray("II*\0\x08\0\0\0", 8) + ifd(ifd0, 8) + ifd(exif, exifAt) + ifd(gps, gpsAt);
    REQUIRE(tiff.size() == qsizetype(gpsAt) + ifdSize(gps));
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    segment.append(length, 2);
    return segment + payload;
}

QImage drawing(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 60, 90));
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, QColor(240, 200, 40));
    return image;
}

QByteArray encode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

} // namespace

QByteArray pngImage(int width, int height)
{
    return encode(drawing(width, height), "PNG");
}

QByteArray jpegWithExif()
{
    const QByteArray jpeg = encode(drawing(64, 48), "JPG");
    REQUIRE(jpeg.startsWith("\xFF\xD8"));
    // EXIF's APP1 goes straight after the start-of-image marker.
    return jpeg.left(2) + exifSegment() + jpeg.mid(2);
}

QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

} // namespace daymark::test::cliexhibits
