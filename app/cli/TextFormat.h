// How daymark-cli's text output shows times, dates and labelled fields.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTextStream>

namespace daymark::cli {

// "2026-03-01 21:15" in the time's own zone (an incident keeps the zone it happened in).
QString shortTime(const QDateTime& time);
// "Sun 1 Mar 2026, 21:15", in the time's own zone, with day and month names from the system locale.
QString longTime(const QDateTime& time);
// A journal time (UTC) shown in the system's zone.
QString recordedTime(const QDateTime& utc);
QString longDate(const QDate& date);
// How long after `from` something was written down: "under a minute", "25 min", "3 h 10 min", "12 d 4 h".
QString delay(const QDateTime& from, const QDateTime& to);

// Writes a translated "Label: %1" line when `value` is not empty; later lines of a multi-line value are indented.
void writeField(QTextStream& out, const QString& labelTemplate, const QString& value);

} // namespace daymark::cli
