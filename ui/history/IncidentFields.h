// An incident's fields as labelled lines of text, in the editor's order: what the history view compares version
// by version. Names of people and orders come from the caller, so old versions can name people since deleted.
#pragma once

#include "diary/Incident.h"

#include <QStringList>
#include <functional>

namespace daymark::ui::incidentFields {

struct Names
{
    std::function<QString(const QUuid&)> person;
    std::function<QString(const diary::BreachLink&)> breach;
};

// "Type", "Happened", … one per field.
QStringList labels();
// The values in the same order, as a person reads them ("" for an empty field).
QStringList values(const diary::Incident& incident, const Names& names);
// "Saturday 27 February 2026, 21:40 (GMT)": a time in its own zone.
QString when(const QDateTime& time);

} // namespace daymark::ui::incidentFields
