// ISO 8601 date-time text written digit by digit: Qt's QDateTime::toString with a format string costs more than
// the rest of writing a journal record, and every incident, journal record and import key needs one.
#pragma once

#include <QDateTime>
#include <QString>

namespace daymark {

enum class IsoFraction {
    Seconds,     // "2026-03-29T02:30:00"
    Milliseconds // "2026-03-29T02:30:00.000"
};

// The date and time as they stand (no zone conversion), exactly as the format "yyyy-MM-ddTHH:mm:ss[.zzz]" writes
// them. Years outside 1..9999 (and invalid times) go through that format itself, so the text never differs from it.
QString isoTimeText(const QDateTime& time, IsoFraction fraction);

} // namespace daymark
