// The pattern of a diary at a glance: weekly counts over a period and the escalation signals, computed from the
// light incident timeline in one read (fast enough for 100,000 incidents).
#pragma once

#include "insights/EscalationSignals.h"
#include "insights/WeeklyCounts.h"

namespace daymark::diary {
class Diary;
}

namespace daymark::insights {

struct InsightsOptions
{
    QDate from;           // weekly counts from this local day (invalid: the first incident)
    QDate to;             // ... to this local day, inclusive (invalid: the last incident)
    QDateTime asOf;       // signals look at incidents before this time (invalid: the diary clock's now)
    int averageWeeks = 4; // weeks in the moving average
};

struct Insights
{
    QDateTime asOf; // UTC
    WeeklyCounts weekly;
    FrequencyComparison frequency;
    std::vector<Signal> signals;
};

// Deleted incidents are left out. Throws Error when the diary cannot be read.
Insights computeInsights(diary::Diary& diary, const InsightsOptions& options = {});
Insights computeInsights(const std::vector<diary::TimelineEntry>& entries, const InsightsOptions& options);

} // namespace daymark::insights
