// The colour runs from the base colour to a strong blue-grey by the share of the busiest cell, on a square-root
// scale so a few quiet hours still show against one busy one.
#include "insights/HourDayHeatMap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTime>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace daymark::ui {
namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HourDayHeatMap::HourDayHeatMap(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("insightsHourDay"));
    setAccessibleName(tr("Incidents by time of day and day of the week"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HourDayHeatMap::setCounts(const Grid& counts)
{
    m_counts = counts;
    m_highest = 0;
    for (const auto& day : m_counts)
        for (int count : day)
            m_highest = std::max(m_highest, count);
    int busiestDay = 0, busiestHour = 0;
    for (int d = 0; d < kDays; ++d)
        for (int h = 0; h < kHours; ++h)
            if (m_counts[std::size_t(d)][std::size_t(h)] >
                m_counts[std::size_t(busiestDay)][std::size_t(busiestHour)]) {
                busiestDay = d;
                busiestHour = h;
            }
    setAccessibleDescription(m_highest == 0 ? tr("No incidents in this period.")
                                            : tr("The busiest hour: %1.").arg(describe(busiestDay, busiestHour)));
    update();
}

QSize HourDayHeatMap::sizeHint() const
{
    const int row = fontMetrics().height() + 10;
    return {dayLabelWidth() + kHours * 34, row * (kDays + 3)};
}

QSize HourDayHeatMap::minimumSizeHint() const
{
    const int row = fontMetrics().height() + 6;
    return {dayLabelWidth() + kHours * 16, row * (kDays + 3)};
}

int HourDayHeatMap::dayLabelWidth() const
{
    const QLocale locale;
    int widest = 0;
    for (int d = 1; d <= kDays; ++d)
        widest = std::max(widest, fontMetrics().horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    return widest + 12;
}

QRect HourDayHeatMap::grid() const
{
    const int line = fontMetrics().height();
    const int left = dayLabelWidth();
    const int top = line + 6;                    // hour labels above
    const int bottom = height() - line * 2 - 10; // the scale below
    const int cellWidth = std::max(1, (width() - left - 2) / kHours);
    const int cellHeight = std::max(1, (bottom - top) / kDays);
    return {left, top, cellWidth * kHours, cellHeight * kDays};
}

QRect HourDayHeatMap::cellRect(int day, int hour) const
{
    const QRect g = grid();
    const int w = g.width() / kHours;
    const int h = g.height() / kDays;
    return {g.left() + hour * w, g.top() + day * h, w, h};
}

std::pair<int, int> HourDayHeatMap::cellAt(const QPoint& point) const
{
    const QRect g = grid();
    if (!g.contains(point))
        return {-1, -1};
    const int hour = std::clamp((point.x() - g.left()) * kHours / g.width(), 0, kHours - 1);
    const int day = std::clamp((point.y() - g.top()) * kDays / g.height(), 0, kDays - 1);
    return {day, hour};
}

QString HourDayHeatMap::describe(int day, int hour) const
{
    const QLocale locale;
    const QString from = locale.toString(QTime(hour, 0), QLocale::ShortFormat);
    const QString to = locale.toString(QTime((hour + 1) % 24, 0), QLocale::ShortFormat);
    const int count = m_counts[std::size_t(day)][std::size_t(hour)];
    // Singular and plural as whole phrases: the source language has no translation file to supply %n's forms.
    if (count == 1)
        return tr("%1, %2 to %3: 1 incident").arg(locale.dayName(day + 1), from, to);
    return tr("%1, %2 to %3: %4 incidents").arg(locale.dayName(day + 1), from, to, locale.toString(count));
}

QColor HourDayHeatMap::cellColour(int count) const
{
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor strong = dark ? QColor(0x8c, 0xc4, 0xe8) : QColor(0x1f, 0x4e, 0x6e);
    if (count == 0 || m_highest == 0)
        return mix(base, palette().color(QPalette::Text), 0.04);
    const double share = std::sqrt(double(count) / m_highest);
    return mix(base, strong, 0.12 + 0.88 * share);
}

void HourDayHeatMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QLocale locale;
    const QColor text = palette().color(QPalette::Text);
    const QRect g = grid();
    const int line = fontMetrics().height();

    // Hour labels over every third hour; day names beside the rows.
    painter.setPen(text);
    for (int h = 0; h < kHours; h += 3) {
        const QRect cell = cellRect(0, h);
        painter.drawText(QRect(cell.left(), 0, cell.width() * 3, line + 4), Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(QTime(h, 0), QStringLiteral("HH:mm")));
    }
    for (int d = 0; d < kDays; ++d) {
        const QRect cell = cellRect(d, 0);
        painter.drawText(QRect(0, cell.top(), g.left() - 8, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(d + 1, QLocale::ShortFormat));
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics smallMetrics(small);
    for (int d = 0; d < kDays; ++d) {
        for (int h = 0; h < kHours; ++h) {
            const QRect cell = cellRect(d, h).adjusted(0, 0, -1, -1);
            const int count = m_counts[std::size_t(d)][std::size_t(h)];
            const QColor fill = cellColour(count);
            painter.fillRect(cell, fill);
            const QString number = locale.toString(count);
            if (count > 0 && smallMetrics.horizontalAdvance(number) + 4 <= cell.width()) {
                painter.setPen(fill.lightness() < 140 ? QColor(Qt::white) : QColor(Qt::black));
                painter.drawText(cell, Qt::AlignCenter, number);
            }
        }
    }
    painter.setFont(font());

    // The scale: from none to the busiest cell.
    const int scaleTop = g.bottom() + 10;
    const int steps = 8;
    const int stepWidth = std::min(28, g.width() / (steps * 3));
    painter.setPen(text);
    const QString none = tr("None");
    const int noneWidth = fontMetrics().horizontalAdvance(none);
    painter.drawText(QRect(g.left(), scaleTop, noneWidth, line), Qt::AlignVCenter, none);
    int x = g.left() + noneWidth + 6;
    for (int i = 0; i <= steps; ++i) {
        const int count = int(std::lround(double(m_highest) * (double(i) / steps) * (double(i) / steps)));
        painter.fillRect(QRect(x + i * stepWidth, scaleTop + 2, stepWidth - 1, line - 4),
                         cellColour(i == 0 ? 0 : std::max(1, count)));
    }
    x += (steps + 1) * stepWidth + 6;
    painter.drawText(QRect(x, scaleTop, g.right() - x, line), Qt::AlignVCenter,
                     m_highest == 1 ? tr("1 incident in the busiest hour")
                                    : tr("%1 incidents in the busiest hour").arg(locale.toString(m_highest)));
}

bool HourDayHeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [day, hour] = cellAt(help->pos());
        if (day >= 0)
            QToolTip::showText(help->globalPos(), describe(day, hour), this, cellRect(day, hour));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace daymark::ui
