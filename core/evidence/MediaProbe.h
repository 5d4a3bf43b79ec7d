// Reads what a file says about itself at import — media type from its content, EXIF capture time, camera and
// position (libexiv2), image size, and audio/video duration where cheap — without changing the file.
#pragma once

#include "evidence/Exhibit.h"

namespace daymark::evidence {

struct ProbeResult
{
    QString mediaType; // from the content, not the name
    MediaMetadata metadata;
};

ProbeResult probeFile(const QString& path);
ProbeResult probeData(const QByteArray& data);

} // namespace daymark::evidence
