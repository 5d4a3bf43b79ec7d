// The diary's JSON: the journal payloads and the stable --json / export schema of incidents, people and orders.
// Field names never change once released; new fields may be added.
#pragma once

#include "diary/Incident.h"
#include "diary/Person.h"
#include "diary/ProtectionOrder.h"

#include <QJsonObject>

namespace daymark::diary::json {

QJsonObject toJson(const Incident& incident);
QJsonObject toJson(const Person& person);
QJsonObject toJson(const ProtectionOrder& order);
// Adds what the journal knows (number, recordedAt, version, amended, deleted, ...) to the incident's fields.
QJsonObject toJson(const IncidentRecord& record);
QJsonObject toJson(const PersonRecord& record);
QJsonObject toJson(const OrderRecord& record);

// Throw Error(InvalidInput) naming the field when the JSON does not describe a valid value.
Incident incidentFromJson(const QJsonObject& object);
Person personFromJson(const QJsonObject& object);
ProtectionOrder orderFromJson(const QJsonObject& object);

// Compact JSON bytes of a value: what the journal stores as a record's payload.
QByteArray payload(const QJsonObject& object);
QJsonObject parsePayload(const QByteArray& bytes);

// ISO 8601 with the offset (e.g. 2026-11-28T18:30:00+00:00), and back; invalid input gives an invalid QDateTime.
QString isoWithOffset(const QDateTime& time);
QDateTime parseIsoTime(const QString& text, const QString& timeZoneId = {});

} // namespace daymark::diary::json
