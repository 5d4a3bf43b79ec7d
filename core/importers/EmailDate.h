// Dates in e-mail: the Date header (RFC 5322, and the obsolete forms still met: two-digit years, zone names such as
// GMT or EST, no day of the week, no seconds, comments, the asctime order) and the date on an mbox "From " line.
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <optional>

namespace daymark::importers {

// The instant with the offset the header gives (Qt::OffsetFromUTC); a date with no zone is read as UTC. nullopt
// when the value is not a date.
std::optional<QDateTime> parseEmailDate(QByteArrayView value);

// "From alice@example.org Sat Jan  3 01:05:34 1996" (or Thunderbird's "From - Sat Jan 03 01:05:34 1996"): the
// date after the sender, read as UTC as mbox writers use it. nullopt when the line carries no date.
std::optional<QDateTime> parseMboxFromDate(QByteArrayView fromLine);

} // namespace daymark::importers
