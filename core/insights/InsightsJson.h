// The JSON of insights (daymark-cli insights --json), described in docs/insights.md. Field names never change once
// released; new fields may be added.
#pragma once

#include "insights/Insights.h"

#include <QJsonObject>

namespace daymark::insights::json {

QJsonObject toJson(const Insights& insights);
QJsonObject toJson(const WeeklyCounts& weekly);
QJsonObject toJson(const Signal& signal);

} // namespace daymark::insights::json
