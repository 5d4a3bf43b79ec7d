// Generated evidence files for the demo diary: phone screenshots of messages and photos with EXIF, drawn in memory.
#pragma once

#include "diary/Incident.h"

#include <QByteArray>

namespace daymark::diary::demo {

struct DemoFile
{
    QByteArray bytes;
    QString name;
    QString howObtained; // screenshot or photo
};

// Whether the demo attaches a file to the incident with this index, and which; the choice uses no random numbers so
// the rest of the demo stays the same.
bool wantsExhibit(const Incident& incident, int index);
DemoFile makeExhibit(const Incident& incident, int index);

} // namespace daymark::diary::demo
