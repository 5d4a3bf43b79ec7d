// Incidents per ISO week by type, a moving average, and hour of day by day of week: the numbers behind the pattern
// charts. Each incident counts at its local time (the time and offset it was given with).
#pragma once

#include "diary/IncidentRepository.h"
#include "diary/IncidentType.h"

#include <QDate>
#include <array>
#include <vector>

namespace daymark::insights {

using TypeCounts = std::array<int, diary::kIncidentTypeCount>; // indexed by IncidentType

struct WeekCount
{
    QDate monday; // the week's first day
    int isoYear = 0;
    int isoWeek = 0;
    TypeCounts byType{};
    int total = 0;
    double movingAverage = 0; // mean of this week's total and the weeks before, `averageWeeks` in all
};

struct WeeklyCounts
{
    int averageWeeks = 4;
    std::vector<WeekCount> weeks; // every week from the first to the last, empty ones too
    TypeCounts totals{};
    int total = 0;
    // hourByDay[day - 1][hour]: day 1 is Monday (ISO), hour 0..23.
    std::array<std::array<int, 24>, 7> hourByDay{};
};

struct WeeklyOptions
{
    QDate from;           // first day to count (invalid: the first incident's)
    QDate to;             // last day to count, inclusive (invalid: the last incident's)
    int averageWeeks = 4; // weeks in the moving average; the first weeks average over the weeks there are
};

// `entries` oldest first (as IncidentRepository::timeline gives them); those outside the days are left out.
WeeklyCounts countWeeks(const std::vector<diary::TimelineEntry>& entries, const WeeklyOptions& options = {});

} // namespace daymark::insights
