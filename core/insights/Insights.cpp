// Reads the timeline once and hands it to the weekly counts and the signals.
#include "insights/Insights.h"

#include "common/Clock.h"
#include "diary/Diary.h"

namespace daymark::insights {

Insights computeInsights(diary::Diary& diary, const InsightsOptions& options)
{
    InsightsOptions resolved = options;
    if (!resolved.asOf.isValid())
        resolved.asOf = diary.clock().nowUtc();
    return computeInsights(diary.incidents().timeline({}), resolved);
}

Insights computeInsights(const std::vector<diary::TimelineEntry>& entries, const InsightsOptions& options)
{
    Insights insights;
    insights.asOf = (options.asOf.isValid() ? options.asOf : QDateTime::currentDateTimeUtc()).toUTC();
    insights.weekly = countWeeks(entries, {options.from, options.to, options.averageWeeks});
    insights.frequency = compareFrequency(entries, insights.asOf);
    insights.signals = findSignals(entries, insights.asOf);
    return insights;
}

} // namespace daymark::insights
