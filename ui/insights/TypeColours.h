// The colour of each incident type in the Insights charts: the colour of its timeline icon (one per family: calls and
// messages, in person, things left or damaged, other people, threats and breaches, other), in a lighter or darker
// shade for each type of a family so the stacked bars stay apart.
#pragma once

#include "diary/IncidentType.h"

#include <QColor>

namespace daymark::ui::insightsColours {

QColor typeColour(diary::IncidentType type);
// The moving-average line: dark on a light background, light on a dark one.
QColor averageColour(const QColor& background);

} // namespace daymark::ui::insightsColours
