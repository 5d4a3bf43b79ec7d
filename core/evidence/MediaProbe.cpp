// Media type, EXIF (libexiv2), image size (QImageReader, header only) and duration (WAV header, MP4 'mvhd').
#include "evidence/MediaProbe.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QMimeDatabase>
#include <QtEndian>
#include <exiv2/exiv2.hpp>

namespace daymark::evidence {
namespace {

std::optional<double> gpsCoordinate(const Exiv2::ExifData& exif, const char* valueKey, const char* refKey)
{
    const auto value = exif.findKey(Exiv2::ExifKey(valueKey));
    if (value == exif.end() || value->count() < 3)
        return std::nullopt;
    double degrees = 0;
    for (long k = 0; k < 3; ++k) {
        const Exiv2::Rational r = value->toRational(k);
        if (r.second == 0)
            return std::nullopt;
        degrees += double(r.first) / double(r.second) / (k == 0 ? 1 : k == 1 ? 60 : 3600);
    }
    const auto ref = exif.findKey(Exiv2::ExifKey(refKey));
    if (ref != exif.end()) {
        const std::string side = ref->toString();
        if (side == "S" || side == "W")
            degrees = -degrees;
    }
    return degrees;
}

void readExif(Exiv2::Image& image, MediaMetadata& meta)
{
    image.readMetadata();
    const Exiv2::ExifData& exif = image.exifData();
    if (exif.empty())
        return;
    auto text = [&exif](const char* key) {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        return it == exif.end() ? QString() : QString::fromStdString(it->toString()).trimmed();
    };
    const QString taken = text("Exif.Photo.DateTimeOriginal");
    meta.captured = QDateTime::fromString(taken.isEmpty() ? text("Exif.Image.DateTime") : taken,
                                          QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    meta.cameraMake = text("Exif.Image.Make");
    meta.cameraModel = text("Exif.Image.Model");
    meta.latitude = gpsCoordinate(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef");
    meta.longitude = gpsCoordinate(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef");
    if (!meta.latitude || !meta.longitude) {
        meta.latitude.reset();
        meta.longitude.reset();
    }
    const auto altitude = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitude"));
    if (altitude != exif.end() && meta.latitude) {
        const Exiv2::Rational r = altitude->toRational(0);
        if (r.second != 0)
            meta.altitude = double(r.first) / double(r.second);
    }
}

// Duration from the first bytes: WAV (RIFF header) and ISO media (mp4, m4a, mov, 3gp: the 'mvhd' box).
std::optional<qint64> durationFrom(const QByteArray& head, qint64 fileSize)
{
    const auto* p = reinterpret_cast<const uchar*>(head.constData());
    if (head.size() >= 44 && head.startsWith("RIFF") && head.mid(8, 4) == "WAVE") {
        // Walk the chunks for 'fmt ' (byte rate) and 'data' (length).
        quint32 byteRate = 0;
        for (qsizetype at = 12; at + 8 <= head.size();) {
            const QByteArray id = head.mid(at, 4);
            const quint32 length = qFromLittleEndian<quint32>(p + at + 4);
            if (id == "fmt " && at + 20 <= head.size())
                byteRate = qFromLittleEndian<quint32>(p + at + 16);
            if (id == "data" && byteRate > 0) {
                const qint64 dataBytes = std::min<qint64>(length, fileSize - (at + 8));
                return dataBytes * 1000 / byteRate;
            }
            at += 8 + length + (length & 1);
        }
        return std::nullopt;
    }
    const qsizetype mvhd = head.indexOf("mvhd");
    if (mvhd >= 4 && head.mid(4, 4) == "ftyp" && mvhd + 4 + 28 <= head.size()) {
        const uchar* box = p + mvhd + 4;
        const int version = box[0];
        if (version == 0) {
            const quint32 scale = qFromBigEndian<quint32>(box + 12);
            const quint32 length = qFromBigEndian<quint32>(box + 16);
            if (scale)
                return qint64(length) * 1000 / scale;
        } else if (version == 1 && mvhd + 4 + 32 <= head.size()) {
            const quint32 scale = qFromBigEndian<quint32>(box + 20);
            const quint64 length = qFromBigEndian<quint64>(box + 24);
            if (scale)
                return qint64(length * 1000 / scale);
        }
    }
    return std::nullopt;
}

void readImageSize(QIODevice& device, MediaMetadata& meta)
{
    QImageReader reader(&device);
    const QSize size = reader.size();
    if (size.isValid()) {
        meta.width = size.width();
        meta.height = size.height();
    }
}

void quietExiv2()
{
    static const bool muted = [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); // a damaged photo is not worth a console message
        return true;
    }();
    (void)muted;
}

} // namespace

ProbeResult probeFile(const QString& path)
{
    quietExiv2();
    ProbeResult result;
    result.mediaType = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray head = file.read(256 * 1024);
    if (result.mediaType.startsWith(QLatin1String("image/"))) {
        try {
            auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
            if (image.get())
                readExif(*image, result.metadata);
        } catch (const std::exception&) {
            // No readable metadata: the exhibit is kept all the same.
        }
        file.seek(0);
        readImageSize(file, result.metadata);
    }
    if (result.mediaType.startsWith(QLatin1String("audio/")) || result.mediaType.startsWith(QLatin1String("video/")))
        result.metadata.durationMs = durationFrom(head, file.size());
    return result;
}

ProbeResult probeData(const QByteArray& data)
{
    quietExiv2();
    ProbeResult result;
    result.mediaType = QMimeDatabase().mimeTypeForData(data).name();
    if (result.mediaType.startsWith(QLatin1String("image/"))) {
        try {
            auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(data.constData()),
                                                   static_cast<long>(data.size()));
            if (image.get())
                readExif(*image, result.metadata);
        } catch (const std::exception&) {
        }
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        readImageSize(buffer, result.metadata);
    }
    return result;
}

} // namespace daymark::evidence
