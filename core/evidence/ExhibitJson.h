// The stable JSON of an exhibit: journal payloads, --json output and the bundle's manifest entries.
#pragma once

#include "evidence/Exhibit.h"

#include <QJsonObject>

namespace daymark::evidence::json {

QJsonObject toJson(const Exhibit& exhibit);
QJsonObject toJson(const ExhibitRecord& record); // adds number, addedAt, version, deleted, deletionReason
Exhibit exhibitFromJson(const QJsonObject& object);

} // namespace daymark::evidence::json
