// An exhibit: one original evidence file kept byte for byte inside the diary, with its police-style number.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace daymark::evidence {

// What could be read from the file itself at import. Shown beside the exhibit, never written into it.
struct MediaMetadata
{
    QDateTime captured; // EXIF DateTimeOriginal (local time of the camera; zone unknown unless EXIF says)
    QString cameraMake;
    QString cameraModel;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> altitude;
    int width = 0;
    int height = 0;
    std::optional<qint64> durationMs; // audio and video, where cheap to read
    bool operator==(const MediaMetadata&) const = default;
};

struct Exhibit
{
    QUuid id;
    QString label;        // "JS/1": the producer's initials and a running number; never changes
    QString originalName; // file name as imported
    qint64 size = 0;
    QString mediaType;      // detected from the content, e.g. image/jpeg
    QString sha256;         // lower-case hex, taken while streaming at import
    QDateTime fileModified; // the file's own timestamps where known (UTC)
    QDateTime fileCreated;
    QString howObtained; // a code from howObtainedCodes()
    QString description;
    MediaMetadata metadata;
    QList<QUuid> incidents; // the incidents it belongs to
    bool operator==(const Exhibit&) const = default;
};

struct ExhibitRecord
{
    Exhibit exhibit;
    qint64 number = 0; // the running number in the label
    QDateTime addedAt; // when it was imported (UTC)
    int version = 1;
    bool deleted = false;
    QString deletionReason;
};

// screenshot, photo, recording, video, export, received, download, scan, other
QStringList howObtainedCodes();
QString howObtainedName(const QString& code); // translated; empty for unknown codes

} // namespace daymark::evidence
