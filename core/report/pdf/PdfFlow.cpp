// Pre-layout with QTextLayout against the PDF writer itself, so the metrics measured are the metrics printed.
#include "report/pdf/PdfFlow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>
#include <algorithm>

namespace daymark::report::pdf {

PdfFlow::PdfFlow(const QPaintDevice& device, const QRectF& area) : m_device(device), m_area(area), m_y(area.top())
{
    m_pages.emplace_back();
}

void PdfFlow::newPage()
{
    if (atPageTop() && m_pages.back().empty())
        return;
    m_pages.emplace_back();
    m_y = m_area.top();
}

void PdfFlow::space(qreal height)
{
    if (!atPageTop())
        m_y = std::min(m_y + height, m_area.bottom());
}

void PdfFlow::ensure(qreal height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

std::shared_ptr<QTextLayout> PdfFlow::layout(const QString& text, const QFont& font, qreal width,
                                             Qt::Alignment align) const
{
    QString prepared = text;
    prepared.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    prepared.replace(u'\n', QChar::LineSeparator);
    auto result = std::make_shared<QTextLayout>(prepared, font, &m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    result->setTextOption(option);
    result->setCacheEnabled(true);
    result->beginLayout();
    qreal y = 0;
    for (QTextLine line = result->createLine(); line.isValid(); line = result->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(std::max<qreal>(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    result->endLayout();
    return result;
}

qreal PdfFlow::measure(const QString& text, const QFont& font, qreal width) const
{
    return layout(text, font, width, Qt::AlignLeft)->boundingRect().height();
}

void PdfFlow::bands(const std::vector<Cell>& cells, bool keepTogether, int keepFirst)
{
    struct Column
    {
        std::shared_ptr<QTextLayout> layout;
        qreal x;
    };
    std::vector<Column> columns;
    int lines = 0;
    for (const Cell& cell : cells) {
        if (cell.text.isEmpty())
            continue;
        columns.push_back({layout(cell.text, *cell.font, cell.width, cell.align), m_area.left() + cell.x});
        lines = std::max(lines, columns.back().layout->lineCount());
    }
    auto bandHeight = [&](int band) {
        qreal h = 0;
        for (const Column& column : columns)
            if (band < column.layout->lineCount())
                h = std::max(h, column.layout->lineAt(band).height());
        return h;
    };
    qreal total = 0;
    qreal first = 0;
    for (int band = 0; band < lines; ++band) {
        total += bandHeight(band);
        if (band < keepFirst)
            first = total;
    }
    if (keepTogether && total <= m_area.height())
        ensure(total);
    else
        ensure(first);
    for (int band = 0; band < lines; ++band) {
        const qreal h = bandHeight(band);
        if (h > remaining())
            newPage();
        for (const Column& column : columns) {
            if (band >= column.layout->lineCount())
                continue;
            const QPointF at(column.x, m_y - column.layout->lineAt(band).y());
            add([layout = column.layout, band, at](QPainter& painter) { layout->lineAt(band).draw(&painter, at); });
        }
        m_y += h;
    }
}

void PdfFlow::text(const QString& text, const QFont& font, qreal indent, Qt::Alignment align)
{
    bands({Cell{text, &font, indent, width() - indent, align}}, false, 2);
}

void PdfFlow::heading(const QString& text, const QFont& font, qreal keepAfter, qreal indent)
{
    ensure(measure(text, font, width() - indent) + keepAfter);
    this->text(text, font, indent);
}

void PdfFlow::row(const std::vector<Cell>& cells, bool keepTogether)
{
    bands(cells, keepTogether, 2);
}

void PdfFlow::labelled(const QString& label, const QString& value, const QFont& labelFont, const QFont& valueFont,
                       qreal labelWidth, qreal indent)
{
    if (value.isEmpty())
        return;
    const qreal gap = labelWidth * 0.06;
    bands({Cell{label, &labelFont, indent, labelWidth - gap},
           Cell{value, &valueFont, indent + labelWidth, width() - indent - labelWidth}},
          false, 2);
}

void PdfFlow::block(qreal height, Paint paint)
{
    ensure(height);
    const QPointF at(m_area.left(), m_y);
    add([at, paint = std::move(paint)](QPainter& painter) {
        painter.save();
        painter.translate(at);
        paint(painter);
        painter.restore();
    });
    m_y += height;
}

void PdfFlow::rule(qreal thickness, qreal indent)
{
    const qreal w = width() - indent;
    block(thickness,
          [w, indent, thickness](QPainter& painter) { painter.fillRect(QRectF(indent, 0, w, thickness), Qt::black); });
}

qreal PdfFlow::heightSince(const Mark& mark) const
{
    const qreal pages = qreal(m_pages.size() - 1 - mark.page);
    if (pages == 0)
        return m_y - mark.y;
    return (m_area.bottom() - mark.y) + (pages - 1) * m_area.height() + (m_y - m_area.top());
}

void PdfFlow::rollback(const Mark& mark)
{
    m_pages.resize(mark.page + 1);
    m_pages.back().resize(mark.ops);
    m_y = mark.y;
}

void PdfFlow::paint(QPainter& painter, int page) const
{
    for (const Paint& op : m_pages.at(std::size_t(page)))
        op(painter);
}

} // namespace daymark::report::pdf
