// Times, dates and time zones typed on the command line. Every error names the option and shows the expected shape.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace daymark::cli {

// An IANA zone id ("Europe/London"); empty text means the system's zone. Throws Error(InvalidInput).
QTimeZone parseZone(const QString& option, const QString& text);

// "now", "2026-03-01T21:15", "2026-03-01 21:15:30", "2026-03-01T21:15:00+01:00" or "...Z". Without an offset it is
// the wall-clock time in `zone`; with one, the same instant shown in `zone`. Throws Error(InvalidInput).
QDateTime parseTime(const QString& option, const QString& text, const QTimeZone& zone);

// Like parseTime, and also a bare time of day ("21:45"), taken on the date of `start`.
QDateTime parseEndTime(const QString& option, const QString& text, const QDateTime& start, const QTimeZone& zone);

// A filter bound: a time as parseTime takes it, or a date. A date is the start of that day in `zone`; as an upper
// bound (`inclusiveDay`) it is the start of the next day, so the whole day is included.
QDateTime parseBound(const QString& option, const QString& text, const QTimeZone& zone, bool inclusiveDay);

// "2026-03-31". Throws Error(InvalidInput).
QDate parseDate(const QString& option, const QString& text);

} // namespace daymark::cli
