// HTML mail as readable text, for a message that has no text/plain part: block elements become line breaks, list
// items get a bullet, links keep their address, scripts and styles go, character references are decoded. Not a
// renderer (no layout, no CSS): enough for an incident's details; the original stays in the exhibit.
#pragma once

#include <QString>

namespace daymark::importers {

QString htmlToText(QStringView html);

} // namespace daymark::importers
