// Long periods are drawn with several weeks to a bar (at most about 130 bars), so the bars stay wide enough to see
// and the chart stays quick on a diary of years.
#include "insights/WeeklyChartView.h"

#include "diary/IncidentType.h"
#include "insights/TypeColours.h"
#include "timeline/TimelineText.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace daymark::ui {
namespace {

constexpr int kMaxBars = 130;

} // namespace

WeeklyChartView::WeeklyChartView(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this)), m_caption(new QLabel(this)), m_legend(new QWidget(this)),
      m_legendGrid(new QGridLayout(m_legend))
{
    m_view->setObjectName(QStringLiteral("insightsWeeklyChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setAccessibleName(tr("Incidents per week, by type"));
    m_caption->setObjectName(QStringLiteral("insightsWeeklyCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_legend->setObjectName(QStringLiteral("insightsWeeklyLegend"));
    m_legendGrid->setContentsMargins(8, 0, 8, 0);
    m_legendGrid->setHorizontalSpacing(18);
    m_legendGrid->setVerticalSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    setCounts({});
}

QChart* WeeklyChartView::chart() const
{
    return m_view->chart();
}

int WeeklyChartView::barTotal(int bar) const
{
    return m_bars.at(std::size_t(bar)).total;
}

double WeeklyChartView::average(int bar) const
{
    return m_bars.at(std::size_t(bar)).average;
}

QDate WeeklyChartView::barStart(int bar) const
{
    return m_bars.at(std::size_t(bar)).monday;
}

QStringList WeeklyChartView::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries* series : chart()->series()) {
        if (auto* bars = qobject_cast<QStackedBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                names << set->label();
        } else {
            names << series->name();
        }
    }
    return names;
}

void WeeklyChartView::setCounts(const insights::WeeklyCounts& weekly)
{
    m_averageWeeks = weekly.averageWeeks;
    const int weeks = int(weekly.weeks.size());
    m_weeksPerBar = std::max(1, (weeks + kMaxBars - 1) / kMaxBars);
    m_bars.clear();
    for (int w = 0; w < weeks; w += m_weeksPerBar) {
        Bar bar;
        bar.monday = weekly.weeks[std::size_t(w)].monday;
        for (int k = w; k < std::min(weeks, w + m_weeksPerBar); ++k) {
            const insights::WeekCount& week = weekly.weeks[std::size_t(k)];
            for (std::size_t t = 0; t < bar.byType.size(); ++t)
                bar.byType[t] += week.byType[t];
            bar.total += week.total;
        }
        bar.average = weekly.weeks[std::size_t(w)].movingAverage;
        m_bars.push_back(bar);
    }
    // One week to a bar: the week's moving average from core. Several: the mean of the last `averageWeeks` bars, so
    // the line stays on the bars' scale.
    if (m_weeksPerBar > 1) {
        for (std::size_t b = 0; b < m_bars.size(); ++b) {
            const std::size_t first = b + 1 >= std::size_t(m_averageWeeks) ? b + 1 - std::size_t(m_averageWeeks) : 0;
            double sum = 0;
            for (std::size_t k = first; k <= b; ++k)
                sum += m_bars[k].total;
            m_bars[b].average = sum / double(b - first + 1);
        }
    }
    rebuild();
    fillLegend(weekly.totals);
    if (m_bars.empty())
        m_caption->setText(tr("No incidents in this period."));
    else if (m_weeksPerBar == 1)
        m_caption->setText(tr("Incidents per week (Monday to Sunday), by type. The line is the average of the last "
                              "%1 weeks, so a rise stands out from the ups and downs.")
                               .arg(m_averageWeeks));
    else
        m_caption->setText(tr("Incidents per %1 weeks, by type (the period is long, so each bar covers %1 weeks). The "
                              "line is the average of the last %2 bars.")
                               .arg(m_weeksPerBar)
                               .arg(m_averageWeeks));
}

void WeeklyChartView::rebuild()
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);

    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(0.82);
    int highest = 0;
    for (const Bar& bar : m_bars)
        highest = std::max(highest, bar.total);
    for (int t = 0; t < diary::kIncidentTypeCount; ++t) {
        const diary::IncidentType type = diary::typeAt(t);
        bool any = false;
        for (const Bar& bar : m_bars)
            any = any || bar.byType[std::size_t(t)] > 0;
        if (!any)
            continue;
        auto* set = new QBarSet(diary::typeShortName(type));
        const QColor colour = insightsColours::typeColour(type);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        for (const Bar& bar : m_bars)
            set->append(bar.byType[std::size_t(t)]);
        bars->append(set);
    }
    chart->addSeries(bars);
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        if (status)
            showTip(index);
        else
            QToolTip::hideText();
    });

    auto* line = new QLineSeries;
    line->setName(m_weeksPerBar == 1 ? tr("Average of the last %1 weeks").arg(m_averageWeeks)
                                     : tr("Average of the last %1 bars").arg(m_averageWeeks));
    QPen pen(insightsColours::averageColour(pal.color(QPalette::Base)), 2.5);
    pen.setCapStyle(Qt::RoundCap);
    line->setPen(pen);
    for (std::size_t b = 0; b < m_bars.size(); ++b)
        line->append(double(b), m_bars[b].average);
    chart->addSeries(line);

    // Months under the bars: "Mar 2026" at the bar of each month's first week, thinned to fit (every 1, 2, 3, 6
    // or 12 months), labels always unique because they carry the year.
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max<double>(0.5, double(m_bars.size()) - 0.5));
    x->setGridLineVisible(false);
    x->setLabelsColor(pal.color(QPalette::Text));
    fillMonths(x);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    line->attachAxis(x);

    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max(4, highest));
    y->applyNiceNumbers();
    y->setTitleText(m_weeksPerBar == 1 ? tr("Incidents per week") : tr("Incidents per %1 weeks").arg(m_weeksPerBar));
    y->setLabelsColor(pal.color(QPalette::Text));
    y->setTitleBrush(pal.color(QPalette::Text));
    y->setGridLineColor(pal.color(QPalette::Mid));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    line->attachAxis(y);

    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void WeeklyChartView::fillMonths(QCategoryAxis* axis) const
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    if (m_bars.empty())
        return;
    const QLocale locale;
    const QDate start = m_bars.front().monday;
    const QDate last = m_bars.back().monday.addDays(7 * m_weeksPerBar - 1);
    const int months = (last.year() - start.year()) * 12 + last.month() - start.month() + 1;
    const int room = std::max(2, m_view->width() / (fontMetrics().horizontalAdvance(QStringLiteral("Mmm 0000")) * 2));
    int every = 60;
    for (int step : {1, 2, 3, 6, 12, 24, 60})
        if (months / step <= room) {
            every = step;
            break;
        }
    for (QDate month(start.year(), start.month(), 1); month <= last; month = month.addMonths(1)) {
        const bool shown =
            every <= 12 ? (month.month() - 1) % every == 0 : month.month() == 1 && month.year() % (every / 12) == 0;
        const qint64 days = start.daysTo(month);
        const double position = double(days) / (7.0 * m_weeksPerBar) - 0.5;
        // A label starting in the last bar would run off the chart's right edge.
        if (!shown || days < 0 || (position > double(m_bars.size()) - 1.5 && !axis->categoriesLabels().isEmpty()))
            continue;
        axis->append(locale.toString(month, QStringLiteral("MMM yyyy")), position);
    }
}

void WeeklyChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Month labels thin out or fill in with the width, so they never overlap.
    for (QAbstractAxis* axis : chart()->axes(Qt::Horizontal))
        if (auto* months = qobject_cast<QCategoryAxis*>(axis))
            fillMonths(months);
}

void WeeklyChartView::showTip(int index)
{
    if (index < 0 || index >= bars())
        return;
    const Bar& bar = m_bars[std::size_t(index)];
    const QLocale locale;
    QStringList lines;
    const QString from = locale.toString(bar.monday, QLocale::ShortFormat);
    if (m_weeksPerBar == 1)
        lines << (bar.total == 1 ? tr("Week from Monday %1: 1 incident").arg(from)
                                 : tr("Week from Monday %1: %2 incidents").arg(from, locale.toString(bar.total)));
    else
        lines << tr("%1 incidents in the %2 weeks from %3")
                     .arg(locale.toString(bar.total), locale.toString(m_weeksPerBar), from);
    for (int t = 0; t < diary::kIncidentTypeCount; ++t)
        if (const int count = bar.byType[std::size_t(t)])
            lines << tr("%1: %2").arg(diary::typeShortName(diary::typeAt(t)), locale.toString(count));
    lines << tr("Average: %1").arg(locale.toString(bar.average, 'f', 1));
    QToolTip::showText(QCursor::pos(), lines.join(QLatin1Char('\n')), m_view);
}

void WeeklyChartView::fillLegend(const insights::TypeCounts& totals)
{
    while (QLayoutItem* item = m_legendGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const int columns = 4;
    int cell = 0;
    auto addEntry = [&](QWidget* entry) {
        m_legendGrid->addWidget(entry, cell / columns, cell % columns);
        ++cell;
    };
    const int iconSize = fontMetrics().height();
    for (int t = 0; t < diary::kIncidentTypeCount; ++t) {
        if (totals[std::size_t(t)] == 0)
            continue;
        const diary::IncidentType type = diary::typeAt(t);
        auto* entry = new QWidget(m_legend);
        auto* row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(5);
        auto* swatch = new QLabel(entry);
        QPixmap square(iconSize, iconSize);
        square.fill(insightsColours::typeColour(type));
        swatch->setPixmap(square);
        auto* icon = new QLabel(entry);
        icon->setPixmap(timelineText::typeIcon(type).pixmap(iconSize, iconSize));
        auto* name =
            new QLabel(tr("%1 (%2)").arg(diary::typeShortName(type), locale.toString(totals[std::size_t(t)])), entry);
        name->setTextFormat(Qt::PlainText);
        row->addWidget(swatch);
        row->addWidget(icon);
        row->addWidget(name, 1);
        addEntry(entry);
    }
    if (cell > 0) {
        auto* entry = new QWidget(m_legend);
        auto* row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(5);
        auto* swatch = new QLabel(entry);
        QPixmap stroke(iconSize * 2, iconSize);
        stroke.fill(Qt::transparent);
        {
            QPainter painter(&stroke);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(insightsColours::averageColour(palette().color(QPalette::Base)), 2.5));
            painter.drawLine(QPointF(1, iconSize / 2.0), QPointF(iconSize * 2 - 1, iconSize / 2.0));
        }
        swatch->setPixmap(stroke);
        auto* name = new QLabel(m_weeksPerBar == 1 ? tr("Average of the last %1 weeks").arg(m_averageWeeks)
                                                   : tr("Average of the last %1 bars").arg(m_averageWeeks),
                                entry);
        row->addWidget(swatch);
        row->addWidget(name, 1);
        addEntry(entry);
    }
    m_legend->setVisible(cell > 0);
}

} // namespace daymark::ui
