// Which incidents a list, search or export covers.
#pragma once

#include "diary/IncidentType.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <optional>

namespace daymark::diary {

struct IncidentFilter
{
    QDateTime from;               // incidents starting at or after (invalid: no limit)
    QDateTime to;                 // incidents starting before (invalid: no limit)
    QList<IncidentType> types;    // empty: all
    QUuid person;                 // involved or witness (null: anyone)
    QUuid order;                  // marked as a possible breach of this order (null: any)
    std::optional<bool> breach;   // only possible breaches / only not
    std::optional<bool> reported; // only reported to police / only not
    enum class Deleted { Exclude, Include, Only } deleted = Deleted::Exclude;
};

} // namespace daymark::diary
