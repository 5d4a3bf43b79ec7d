// Time of day by day of week in the PDF: a 7 x 24 grid in greys (darker = more incidents) with the count in each
// square, so it reads in black and white. Each incident counts at the local time it was recorded with, as in the
// Insights panel.
#include "report/pdf/PdfContext.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

namespace daymark::report::pdf {
namespace {

using Grid = std::array<std::array<int, 24>, 7>; // [day - 1][hour], Monday first

void drawGrid(QPainter& painter, const Grid& grid, int highest, const QSizeF& size, const PdfStyle& s,
              const QLocale& locale)
{
    const QFontMetricsF metrics(s.small, painter.device());
    qreal labelWidth = 0;
    for (int d = 1; d <= 7; ++d)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    labelWidth += s.mm(2);
    const qreal top = metrics.height() + s.mm(1);
    const qreal cellWidth = (size.width() - labelWidth) / 24;
    const qreal cellHeight = (size.height() - top) / 7;
    QFont count = s.small;
    count.setPointSizeF(s.small.pointSizeF() * 0.85);
    const QFontMetricsF countMetrics(count, painter.device());

    painter.setFont(s.small);
    painter.setPen(Qt::black);
    for (int h = 0; h < 24; h += 3)
        painter.drawText(QRectF(labelWidth + h * cellWidth, 0, cellWidth * 3, top), Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(QTime(h, 0), QStringLiteral("HH:mm")));
    for (int d = 0; d < 7; ++d)
        painter.drawText(QRectF(0, top + d * cellHeight, labelWidth - s.mm(1.5), cellHeight),
                         Qt::AlignRight | Qt::AlignVCenter, locale.dayName(d + 1, QLocale::ShortFormat));
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const QRectF cell(labelWidth + h * cellWidth, top + d * cellHeight, cellWidth, cellHeight);
            const int n = grid[std::size_t(d)][std::size_t(h)];
            // Square-root scale: a few quiet hours still show beside one busy one.
            const double share = highest > 0 ? std::sqrt(double(n) / highest) : 0;
            const int grey = n == 0 ? 255 : int(std::lround(235 - 200 * share));
            painter.fillRect(cell, QColor(grey, grey, grey));
            painter.setPen(QPen(QColor(170, 170, 170), s.pt(0.3)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            const QString text = locale.toString(n);
            if (n > 0 && countMetrics.horizontalAdvance(text) < cellWidth - s.mm(0.6)) {
                painter.setFont(count);
                painter.setPen(grey < 140 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, text);
                painter.setFont(s.small);
            }
        }
    }
}

} // namespace

void addHourDayChart(PdfContext& c)
{
    const PdfStyle& s = c.style;
    if (c.data.incidents.empty())
        return;
    Grid grid{};
    int highest = 0;
    for (const ReportIncident& item : c.data.incidents) {
        const QDateTime& start = item.record.incident.start; // in the zone or offset it was given with
        int& cell = grid[std::size_t(start.date().dayOfWeek() - 1)][std::size_t(start.time().hour())];
        highest = std::max(highest, ++cell);
    }
    c.flow.space(s.mm(6));
    c.flow.heading(Tr::tr("Time of day and day of the week"), s.subheading, s.mm(70));
    c.flow.space(s.mm(1.5));
    c.flow.text(Tr::tr("How many incidents happened in each hour of each day of the week, at the local time each was "
                       "recorded with. Darker squares: more incidents. The busiest hour has %1.")
                    .arg(highest),
                s.body);
    c.flow.space(s.mm(2));
    const QSizeF size(c.flow.width(), s.mm(50));
    const QLocale locale = c.format.locale();
    c.flow.block(size.height(), [grid, highest, size, &s, locale](QPainter& painter) {
        drawGrid(painter, grid, highest, size, s, locale);
    });
}

} // namespace daymark::report::pdf
