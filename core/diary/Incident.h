// An incident as the person recorded it: a plain value. Times keep their zone; journal-derived facts (when it was
// recorded, amended, deleted) live in IncidentRecord beside it.
#pragma once

#include "diary/IncidentType.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace daymark::diary {

// An incident marked as a possible breach of one condition of a protection order.
struct BreachLink
{
    QUuid order;
    int condition = 0; // the condition's number within the order (1, 2, ...)
    bool operator==(const BreachLink&) const = default;
};

struct Incident
{
    QUuid id;
    IncidentType type = IncidentType::Other;
    QDateTime start;              // with its time zone
    std::optional<QDateTime> end; // same zone as start
    bool approximate = false;     // the time is a best guess
    QString summary;              // one line
    QString details;              // what happened, the exact words where known
    QString channel;              // platform or channel: "WhatsApp", "phone", "Instagram"
    QString account;              // the number, address or handle used
    QString place;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString impact;         // fear, distress, changes to daily life
    QList<QUuid> people;    // who was involved
    QList<QUuid> witnesses; // people who saw it
    QString witnessNotes;   // witnesses not in the people list
    bool childrenPresent = false;
    bool reportedToPolice = false;
    QString policeReference;
    QString officer;
    QString notes; // private: never exported unless asked
    QStringList tags;
    QList<BreachLink> breaches;

    bool operator==(const Incident&) const = default;
};

// An incident with what the journal knows about it.
struct IncidentRecord
{
    Incident incident;
    qint64 number = 0;       // 1, 2, 3 ... in the order incidents were recorded; never reused
    QDateTime recordedAt;    // when first written down (UTC)
    QDateTime lastChangedAt; // the latest amendment, deletion or restoration (UTC)
    int version = 1;         // 1 + number of amendments
    bool deleted = false;
    QString deletionReason;
    int exhibitCount = 0;

    bool amended() const { return version > 1; }
};

} // namespace daymark::diary
