// Incidents per week by type as stacked bars in the timeline's type colours, with a moving-average line so a rising
// trend shows, month labels under the bars and a legend of the types (icon, colour, count) below.
#pragma once

#include "insights/WeeklyCounts.h"

#include <QDate>
#include <QWidget>
#include <vector>

class QGridLayout;
class QLabel;

class QCategoryAxis;
class QChart;
class QChartView;

namespace daymark::ui {

class WeeklyChartView : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyChartView(QWidget* parent = nullptr);

    void setCounts(const insights::WeeklyCounts& weekly);

    // What the chart shows, for tests and screen readers.
    int bars() const { return int(m_bars.size()); }
    int weeksPerBar() const { return m_weeksPerBar; }
    int barTotal(int bar) const;
    double average(int bar) const;
    QDate barStart(int bar) const;
    QStringList seriesNames() const;
    QChart* chart() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Bar
    {
        QDate monday;
        insights::TypeCounts byType{};
        int total = 0;
        double average = 0;
    };

    void rebuild();
    void fillMonths(QCategoryAxis* axis) const;
    void showTip(int bar);
    void fillLegend(const insights::TypeCounts& totals);

    std::vector<Bar> m_bars;
    int m_weeksPerBar = 1;
    int m_averageWeeks = 4;
    QChartView* m_view;
    QLabel* m_caption;
    QWidget* m_legend;
    QGridLayout* m_legendGrid;
};

} // namespace daymark::ui
