// Time of day by day of week: a 7 x 24 grid (Monday first, hours 0-23) whose cells darken with the number of
// incidents, counts written in the cells when they fit, a tooltip per cell and a scale below. Qt Charts has no heat
// map, so it is a small painted widget.
#pragma once

#include <QWidget>
#include <array>

namespace daymark::ui {

class HourDayHeatMap : public QWidget
{
    Q_OBJECT

public:
    using Grid = std::array<std::array<int, 24>, 7>; // [day - 1][hour], day 1 = Monday

    explicit HourDayHeatMap(QWidget* parent = nullptr);

    void setCounts(const Grid& counts);
    const Grid& counts() const { return m_counts; }
    int highest() const { return m_highest; }
    // The cell under a point, or {-1, -1}.
    std::pair<int, int> cellAt(const QPoint& point) const; // {day 0..6, hour 0..23}
    QRect cellRect(int day, int hour) const;
    // "Tuesday, 21:00 to 22:00: 14 incidents"
    QString describe(int day, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect grid() const;
    int dayLabelWidth() const;
    QColor cellColour(int count) const;

    Grid m_counts{};
    int m_highest = 0;
};

} // namespace daymark::ui
