// Incidents per week over the period covered, stacked by type: the few most frequent types on their own, the rest
// together, each with a black-and-white pattern and a legend, so escalation shows at a glance on any printer.
#pragma once

#include <QDate>
#include <QString>
#include <vector>

namespace daymark::report {
struct ReportData;
}

namespace daymark::report::pdf {

class PdfFormat;

struct ChartSeries
{
    QString name; // "Text message", or "Other types"
    int total = 0;
    std::vector<int> counts; // per bucket
};

struct WeeklyChartData
{
    QDate firstDay;     // a Monday
    int bucketDays = 7; // 7, or a multiple of it when the period is long
    int buckets = 0;
    std::vector<ChartSeries> series; // most frequent first; "Other types" last
    int highest = 0;                 // the tallest stack
};

inline constexpr int kChartSeriesMax = 6;    // five types and "Other types": as many patterns as print distinctly
inline constexpr int kMovingAverageBars = 4; // the moving-average line: each bar and the three before it

WeeklyChartData weeklyChartData(const ReportData& data, const PdfFormat& format);

} // namespace daymark::report::pdf
