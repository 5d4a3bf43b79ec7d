// Demo evidence: a phone-sized PNG "screenshot" of the message for messages, and a JPEG "photo" with EXIF (capture
// time, camera, a fictional position) for things seen. Entirely generated; no real images.
#include "diary/DemoExhibits.h"

#include "evidence/ExivBytes.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <exiv2/exiv2.hpp>

namespace daymark::diary::demo {
namespace {

QByteArray encode(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// Drawn without fonts (core may run without a GUI application, where no fonts are available): the message's words
// appear as grey lines of matching lengths in a chat bubble, the way a redacted screenshot looks.
QByteArray screenshot(const Incident& incident)
{
    QImage image(360, 640, QImage::Format_RGB32);
    image.fill(QColor(236, 229, 221));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(0, 0, 360, 56), QColor(7, 94, 84));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(200, 220, 215));
    p.drawEllipse(QRect(14, 10, 36, 36)); // the sender's picture
    p.drawRoundedRect(QRect(62, 20, 140, 14), 4, 4);
    const QString text = incident.details.isEmpty() ? incident.summary : incident.details;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QList<int> lines{0};
    for (const QString& word : words) {
        if (lines.last() + word.size() > 30)
            lines << 0;
        lines.last() += int(word.size()) + 1;
    }
    const QRect bubble(16, 90, 290, 28 + 22 * int(lines.size()));
    p.setBrush(Qt::white);
    p.drawRoundedRect(bubble, 10, 10);
    p.setBrush(QColor(120, 120, 120));
    for (int k = 0; k < lines.size(); ++k)
        p.drawRoundedRect(QRect(bubble.left() + 12, bubble.top() + 14 + 22 * k, qMin(266, lines[k] * 8), 10), 3, 3);
    p.setBrush(QColor(160, 160, 160));
    p.drawRoundedRect(QRect(bubble.right() - 60, bubble.bottom() + 6, 50, 8), 3, 3); // the time
    p.end();
    return encode(image, "PNG");
}

QByteArray photo(const Incident& incident, int index)
{
    QImage image(640, 480, QImage::Format_RGB32);
    const bool night = incident.start.time().hour() < 7 || incident.start.time().hour() >= 19;
    image.fill(night ? QColor(25, 30, 50) : QColor(150, 190, 225));
    QPainter p(&image);
    p.fillRect(QRect(0, 300, 640, 180), night ? QColor(40, 40, 40) : QColor(95, 95, 95)); // the road
    p.setBrush(QColor(170, 170, 175));                                                    // a silver car
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRect(160 + (index % 5) * 20, 250, 300, 90), 20, 20);
    p.setBrush(QColor(20, 20, 20));
    p.drawEllipse(QRect(200 + (index % 5) * 20, 315, 50, 50));
    p.drawEllipse(QRect(370 + (index % 5) * 20, 315, 50, 50));
    p.end();
    QByteArray jpeg = encode(image, "JPEG", 80);
    try {
        auto exiv = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(jpeg.constData()),
                                              static_cast<long>(jpeg.size()));
        Exiv2::ExifData exif;
        exif["Exif.Image.Make"] = "Fictional Phones";
        exif["Exif.Image.Model"] = "Demo 5";
        exif["Exif.Photo.DateTimeOriginal"] =
            incident.start.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toStdString();
        // Around a fictional street in Teesside, a little different each time.
        const int seconds = 1000 + (index * 37) % 2000;
        exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
        exif["Exif.GPSInfo.GPSLatitude"] = QStringLiteral("54/1 34/1 %1/100").arg(seconds).toStdString();
        exif["Exif.GPSInfo.GPSLongitudeRef"] = "W";
        exif["Exif.GPSInfo.GPSLongitude"] = QStringLiteral("1/1 14/1 %1/100").arg(seconds + 500).toStdString();
        exiv->setExifData(exif);
        exiv->writeMetadata();
        Exiv2::BasicIo& io = exiv->io();
        io.open();
        jpeg = evidence::exivBytes(io.read(static_cast<long>(io.size())));
    } catch (const std::exception&) {
        // Keep the photo without EXIF.
    }
    return jpeg;
}

bool isMessage(IncidentType type)
{
    return type == IncidentType::Text || type == IncidentType::SocialMedia || type == IncidentType::Email ||
           type == IncidentType::Threat;
}

bool isSeen(IncidentType type)
{
    return type == IncidentType::Sighting || type == IncidentType::Loitering || type == IncidentType::Visit ||
           type == IncidentType::Damage || type == IncidentType::ItemLeft;
}

} // namespace

bool wantsExhibit(const Incident& incident, int index)
{
    // About three in sixteen of the messages and things seen (the caller caps the total).
    const quint32 spread = quint32(index) * 2654435761u;
    return (spread >> 28) < 3 && (isMessage(incident.type) || isSeen(incident.type));
}

DemoFile makeExhibit(const Incident& incident, int index)
{
    const QString stamp = incident.start.toString(QStringLiteral("yyyyMMdd_HHmmss"));
    if (isMessage(incident.type))
        return {screenshot(incident), QStringLiteral("Screenshot_%1.png").arg(stamp), QStringLiteral("screenshot")};
    return {photo(incident, index), QStringLiteral("IMG_%1.jpg").arg(stamp), QStringLiteral("photo")};
}

} // namespace daymark::diary::demo
