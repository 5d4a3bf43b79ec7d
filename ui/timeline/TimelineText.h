// The words of the timeline, shared by its model, its delegate and the detail view: day headings and the sentence
// a screen reader says for a row.
#pragma once

#include "diary/IncidentType.h"

#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QString>
#include <QTime>

namespace daymark::ui::timelineText {

// "Today, Saturday 28 November 2026"; "Yesterday, …"; otherwise the long date alone.
QString dayHeading(const QDate& day, const QDate& today);
// Hours and minutes in the locale's short format, never seconds ("21:40", "9:40 PM").
QString timeText(const QTime& time);
// One sentence describing a timeline row for screen readers and tooltips.
QString describe(const QDateTime& localStart, bool approximate, diary::IncidentType type, const QString& summary,
                 int exhibitCount, bool breach, bool reported, bool amended);
// The type's icon from the resources (cached by Qt's icon engine).
QIcon typeIcon(diary::IncidentType type);

} // namespace daymark::ui::timelineText
