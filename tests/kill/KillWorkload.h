// What the crash test's writer writes, as pure functions of an id and a version, so that the harness can tell
// from an id alone what an incident must contain after any number of kills.
#pragma once

#include "crypto/SecureBytes.h"
#include "diary/Incident.h"

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <cstdint>

namespace daymark::test::kill {

// The password with this index: the writer starts with 0 and each change moves to the next.
crypto::SecureBytes passwordFor(int index);

// The incident `id` holds at `version` (1 as added, then one more per amendment): varied types, zones, lengths
// and non-ASCII text, so a lost or mixed-up field shows.
diary::Incident incidentFor(const QUuid& id, int version);

// The reason the writer gives for the amendment that makes `version`.
QString amendReasonFor(int version);

// An exhibit's bytes from a seed: mostly 1 byte to 16 KiB, now and then just under or over the blob store's 1 MiB
// chunk.
QByteArray exhibitBytesFor(std::uint64_t seed);

// The fields Incident::operator== does not see: QDateTime compares instants, not zones.
bool sameZones(const diary::Incident& a, const diary::Incident& b);

} // namespace daymark::test::kill
