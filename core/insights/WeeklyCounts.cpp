// One pass over the incidents into week and hour buckets, then the moving average over the weeks.
#include "insights/WeeklyCounts.h"

#include "insights/ContactKinds.h"

#include <algorithm>

namespace daymark::insights {

WeeklyCounts countWeeks(const std::vector<diary::TimelineEntry>& entries, const WeeklyOptions& options)
{
    WeeklyCounts counts;
    counts.averageWeeks = std::max(1, options.averageWeeks);
    std::vector<QDate> days;
    days.reserve(entries.size());
    for (const diary::TimelineEntry& e : entries)
        days.push_back(localDate(e));
    QDate first = options.from, last = options.to;
    if (!days.empty()) {
        const auto [low, high] = std::minmax_element(days.begin(), days.end());
        if (!first.isValid())
            first = *low;
        if (!last.isValid())
            last = *high;
    }
    if (!first.isValid() || !last.isValid() || last < first)
        return counts;
    const QDate firstMonday = first.addDays(1 - first.dayOfWeek());
    const qint64 weeks = firstMonday.daysTo(last) / 7 + 1;
    counts.weeks.resize(std::size_t(weeks));
    for (qint64 w = 0; w < weeks; ++w) {
        WeekCount& week = counts.weeks[std::size_t(w)];
        week.monday = firstMonday.addDays(7 * w);
        week.isoWeek = week.monday.weekNumber(&week.isoYear);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const QDate day = days[i];
        if (day < first || day > last)
            continue;
        const auto type = std::size_t(entries[i].type);
        WeekCount& week = counts.weeks[std::size_t(firstMonday.daysTo(day) / 7)];
        ++week.byType[type];
        ++week.total;
        ++counts.totals[type];
        ++counts.total;
        ++counts.hourByDay[std::size_t(day.dayOfWeek() - 1)][std::size_t(localHour(entries[i]))];
    }
    int sum = 0;
    for (std::size_t w = 0; w < counts.weeks.size(); ++w) {
        sum += counts.weeks[w].total;
        if (w >= std::size_t(counts.averageWeeks))
            sum -= counts.weeks[w - std::size_t(counts.averageWeeks)].total;
        counts.weeks[w].movingAverage = double(sum) / double(std::min(w + 1, std::size_t(counts.averageWeeks)));
    }
    return counts;
}

} // namespace daymark::insights
