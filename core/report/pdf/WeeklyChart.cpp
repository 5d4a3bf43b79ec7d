// Counting into weekly buckets in the main time zone, and drawing the stacked bars with patterns (not colour).
#include "report/pdf/WeeklyChart.h"

#include "report/pdf/PdfContext.h"

#include "diary/IncidentType.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>

namespace daymark::report::pdf {

WeeklyChartData weeklyChartData(const ReportData& data, const PdfFormat& format)
{
    WeeklyChartData chart;
    if (data.incidents.empty())
        return chart;
    const QDate first = data.firstIncident.toTimeZone(format.zone()).date();
    const QDate last = data.lastIncident.toTimeZone(format.zone()).date();
    chart.firstDay = first.addDays(1 - first.dayOfWeek());
    const int weeks = int(chart.firstDay.daysTo(last) / 7) + 1;
    const int perBucket = (weeks + 103) / 104; // at most about 104 bars
    chart.bucketDays = 7 * perBucket;
    chart.buckets = (weeks + perBucket - 1) / perBucket;

    std::array<int, diary::kIncidentTypeCount> totals{};
    for (const ReportIncident& item : data.incidents)
        ++totals[std::size_t(item.record.incident.type)];
    std::vector<int> types;
    for (int i = 0; i < diary::kIncidentTypeCount; ++i)
        if (totals[std::size_t(i)] > 0)
            types.push_back(i);
    std::stable_sort(types.begin(), types.end(),
                     [&](int a, int b) { return totals[std::size_t(a)] > totals[std::size_t(b)]; });
    const bool grouped = int(types.size()) > kChartSeriesMax;
    const std::size_t own = grouped ? std::size_t(kChartSeriesMax - 1) : types.size();
    std::array<int, diary::kIncidentTypeCount> seriesOf{};
    seriesOf.fill(int(own));
    for (std::size_t i = 0; i < own; ++i) {
        seriesOf[std::size_t(types[i])] = int(i);
        chart.series.push_back({diary::typeShortName(diary::typeAt(types[i])), 0, {}});
    }
    if (grouped)
        chart.series.push_back({Tr::tr("Other types"), 0, {}});
    for (ChartSeries& series : chart.series)
        series.counts.assign(std::size_t(chart.buckets), 0);
    std::vector<int> stacks(std::size_t(chart.buckets), 0);
    for (const ReportIncident& item : data.incidents) {
        const QDate day = item.record.incident.start.toTimeZone(format.zone()).date();
        const int bucket = std::clamp(int(chart.firstDay.daysTo(day) / chart.bucketDays), 0, chart.buckets - 1);
        ChartSeries& series = chart.series[std::size_t(seriesOf[std::size_t(item.record.incident.type)])];
        ++series.counts[std::size_t(bucket)];
        ++series.total;
        chart.highest = std::max(chart.highest, ++stacks[std::size_t(bucket)]);
    }
    return chart;
}

namespace {

// Black and white patterns that stay apart when printed or photocopied: solid, hatched, grey, cross-hatched,
// horizontal lines and plain.
void fillPattern(QPainter& painter, const QRectF& rect, int pattern, const PdfStyle& s)
{
    painter.save();
    painter.fillRect(rect, Qt::white);
    painter.setClipRect(rect);
    const qreal step = s.mm(1.1);
    painter.setPen(QPen(Qt::black, s.pt(0.6)));
    switch (pattern) {
    case 0:
        painter.fillRect(rect, Qt::black);
        break;
    case 1:
        for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
        break;
    case 2:
        painter.fillRect(rect, QColor(150, 150, 150));
        break;
    case 3:
        for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step * 1.4) {
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
            painter.drawLine(QPointF(x, rect.top()), QPointF(x + rect.height(), rect.bottom()));
        }
        break;
    case 4:
        for (qreal y = rect.bottom() - step / 2; y > rect.top(); y -= step)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        break;
    default:
        break;
    }
    painter.restore();
    painter.setPen(QPen(Qt::black, s.pt(0.4)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

int niceStep(int highest)
{
    for (int magnitude = 1;; magnitude *= 10)
        for (int m : {1, 2, 5})
            if (highest / (m * magnitude) <= 6)
                return m * magnitude;
}

// The mean of each bar and the bars before it, kMovingAverageBars in all: the same line as the Insights panel, so
// a rise reads through the week-to-week ups and downs. A white halo keeps it visible over black bars.
std::vector<double> movingAverage(const WeeklyChartData& chart)
{
    std::vector<double> totals(std::size_t(chart.buckets), 0.0);
    for (const ChartSeries& series : chart.series)
        for (std::size_t b = 0; b < totals.size(); ++b)
            totals[b] += series.counts[b];
    std::vector<double> average(totals.size(), 0.0);
    for (std::size_t b = 0; b < totals.size(); ++b) {
        const std::size_t first = b + 1 >= std::size_t(kMovingAverageBars) ? b + 1 - kMovingAverageBars : 0;
        double sum = 0;
        for (std::size_t k = first; k <= b; ++k)
            sum += totals[k];
        average[b] = sum / double(b - first + 1);
    }
    return average;
}

template <typename YOf>
void drawMovingAverage(QPainter& painter, const WeeklyChartData& chart, const QRectF& plot, qreal slot, YOf yOf,
                       const PdfStyle& s)
{
    const std::vector<double> average = movingAverage(chart);
    if (average.size() < 2)
        return;
    QPainterPath path;
    for (std::size_t b = 0; b < average.size(); ++b) {
        const QPointF point(plot.left() + (qreal(b) + 0.5) * slot, yOf(average[b]));
        if (b == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, s.pt(3.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(Qt::black, s.pt(1.4), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.restore();
}

void drawChart(QPainter& painter, const WeeklyChartData& chart, const QSizeF& size, const PdfStyle& s,
               const QLocale& locale)
{
    painter.setFont(s.small);
    const QFontMetricsF metrics(s.small, painter.device());
    const QRectF plot(s.mm(10), s.mm(2), size.width() - s.mm(10), size.height() - s.mm(12));
    const int step = niceStep(std::max(chart.highest, 1));
    const int top = ((std::max(chart.highest, 1) + step - 1) / step) * step;
    auto yOf = [&](qreal v) { return plot.bottom() - v / top * plot.height(); };
    painter.setPen(QPen(Qt::black, s.pt(0.3), Qt::DotLine));
    for (int v = 0; v <= top; v += step) {
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.drawText(QRectF(0, yOf(v) - s.mm(2), plot.left() - s.mm(1.5), s.mm(4)),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v));
    }
    const qreal slot = plot.width() / chart.buckets;
    const qreal bar = slot * 0.78;
    for (int b = 0; b < chart.buckets; ++b) {
        qreal base = 0;
        const qreal x = plot.left() + b * slot + (slot - bar) / 2;
        for (std::size_t i = 0; i < chart.series.size(); ++i) {
            const int count = chart.series[i].counts[std::size_t(b)];
            if (count == 0)
                continue;
            fillPattern(painter, QRectF(x, yOf(base + count), bar, yOf(base) - yOf(base + count)), int(i), s);
            base += count;
        }
    }
    painter.setPen(QPen(Qt::black, s.pt(0.8)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    drawMovingAverage(painter, chart, plot, slot, yOf, s);
    // Month labels under the first bar of each month (every third month over a long period).
    const int months = chart.buckets * chart.bucketDays / 30;
    const int every = months > 36 ? 6 : months > 18 ? 3 : 1;
    int lastMonth = -1;
    qreal lastRight = -1;
    for (int b = 0; b < chart.buckets; ++b) {
        const QDate day = chart.firstDay.addDays(qint64(b) * chart.bucketDays);
        const int month = day.year() * 12 + day.month() - 1;
        if (month == lastMonth || (day.month() - 1) % every != 0)
            continue;
        lastMonth = month;
        const QString label =
            locale.toString(day, (b == 0 || day.month() == 1) ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        const qreal x = plot.left() + b * slot;
        if (x < lastRight)
            continue;
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + s.mm(1.5)));
        painter.drawText(QPointF(x + s.mm(0.5), plot.bottom() + s.mm(1.5) + metrics.ascent()), label);
        lastRight = x + metrics.horizontalAdvance(label) + s.mm(2);
    }
}

} // namespace

void addWeeklyChart(PdfContext& c)
{
    const PdfStyle& s = c.style;
    const WeeklyChartData chart = weeklyChartData(c.data, c.format);
    c.flow.newPage();
    c.sectionHeading(Tr::tr("Incidents over time"));
    if (chart.buckets == 0) {
        c.flow.text(Tr::tr("No incidents are included in this export."), s.body);
        return;
    }
    const QString what = chart.bucketDays == 7 ? Tr::tr("Incidents per week (weeks start on Monday), by type.")
                                               : Tr::tr("Incidents per %1 days, by type.").arg(chart.bucketDays);
    c.flow.text(Tr::tr("%1 Most in one bar: %2.").arg(what).arg(chart.highest), s.body);
    c.flow.text(chart.bucketDays == 7 ? Tr::tr("The line is the average of the last %1 weeks, so a rise stands out "
                                               "from the ups and downs.")
                                            .arg(kMovingAverageBars)
                                      : Tr::tr("The line is the average of the last %1 bars, so a rise stands out "
                                               "from the ups and downs.")
                                            .arg(kMovingAverageBars),
                s.body);
    c.flow.space(s.mm(3));
    const QSizeF size(c.flow.width(), s.mm(95));
    const QLocale locale = c.format.locale();
    c.flow.block(size.height(),
                 [chart, size, &s, locale](QPainter& painter) { drawChart(painter, chart, size, s, locale); });
    c.flow.space(s.mm(3));
    // The legend: a swatch of each pattern, the type and how many.
    const qreal swatch = s.mm(8);
    const qreal column = c.flow.width() / 2;
    for (std::size_t i = 0; i < chart.series.size(); i += 2) {
        const std::size_t end = std::min(chart.series.size(), i + 2);
        c.flow.block(s.mm(6), [i, end, swatch, column, &s, chart](QPainter& painter) {
            for (std::size_t k = i; k < end; ++k) {
                const qreal x = qreal(k - i) * column;
                fillPattern(painter, QRectF(x, s.mm(0.8), swatch, s.mm(4)), int(k), s);
                painter.setFont(s.body);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(x + swatch + s.mm(2), 0, column - swatch - s.mm(4), s.mm(5.6)),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 Tr::tr("%1 (%2)").arg(chart.series[k].name).arg(chart.series[k].total));
            }
        });
    }
    const QString line = chart.bucketDays == 7 ? Tr::tr("Average of the last %1 weeks").arg(kMovingAverageBars)
                                               : Tr::tr("Average of the last %1 bars").arg(kMovingAverageBars);
    c.flow.block(s.mm(6), [swatch, column, &s, line](QPainter& painter) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::black, s.pt(1.4), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s.mm(0.5), s.mm(2.8)), QPointF(swatch - s.mm(0.5), s.mm(2.8)));
        painter.restore();
        painter.setFont(s.body);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(swatch + s.mm(2), 0, column - swatch - s.mm(4), s.mm(5.6)),
                         Qt::AlignLeft | Qt::AlignVCenter, line);
    });
}

} // namespace daymark::report::pdf
