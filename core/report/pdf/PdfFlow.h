// Lays the timeline's text and drawings out on pages before anything is painted, so the page count is known for
// "Page x of y" and nothing is clipped: paragraphs split between lines, rows and headings keep with what follows.
#pragma once

#include <QFont>
#include <QRectF>
#include <QTextLayout>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace daymark::report::pdf {

class PdfFlow
{
public:
    using Paint = std::function<void(QPainter&)>;

    struct Cell
    {
        QString text;
        const QFont* font = nullptr;
        qreal x = 0; // from the flow's left edge (indent included)
        qreal width = 0;
        Qt::Alignment align = Qt::AlignLeft;
    };

    PdfFlow(const QPaintDevice& device, const QRectF& area);

    // Where the flow stood, to take back what was added since (to move a short entry whole to the next page).
    struct Mark
    {
        std::size_t page = 0;
        std::size_t ops = 0;
        qreal y = 0;
    };

    qreal width() const { return m_area.width(); }
    qreal pageHeight() const { return m_area.height(); }
    qreal remaining() const { return m_area.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_area.top(); }
    int pageCount() const { return int(m_pages.size()); }

    void newPage();            // unless the current page is still empty
    void space(qreal height);  // a vertical gap, dropped at the top of a page
    void ensure(qreal height); // a new page unless `height` is left on this one

    // Text over the width less `indent`; it wraps (at any character when a word is too long) and splits between
    // lines across pages, keeping at least two lines together. '\n' starts a new line.
    void text(const QString& text, const QFont& font, qreal indent = 0, Qt::Alignment align = Qt::AlignLeft);
    // A heading kept on the page with at least `keepAfter` of what follows.
    void heading(const QString& text, const QFont& font, qreal keepAfter, qreal indent = 0);
    // Cells side by side, each wrapping in its own width. Kept together when it fits on a page; otherwise split
    // between lines.
    void row(const std::vector<Cell>& cells, bool keepTogether = true);
    // A label in a column of `labelWidth`, its value wrapping beside it.
    void labelled(const QString& label, const QString& value, const QFont& labelFont, const QFont& valueFont,
                  qreal labelWidth, qreal indent = 0);
    // A drawing of a fixed height at the current position (a new page first if it does not fit); the painter is
    // translated to the drawing's top-left corner and the drawing may use the full width.
    void block(qreal height, Paint paint);
    void rule(qreal thickness, qreal indent = 0);

    Mark mark() const { return {m_pages.size() - 1, m_pages.back().size(), m_y}; }
    bool startedAtTop(const Mark& mark) const { return mark.y <= m_area.top(); }
    bool splitSince(const Mark& mark) const { return m_pages.size() - 1 > mark.page; }
    // The height taken since `mark`, counting a page break as the rest of that page.
    qreal heightSince(const Mark& mark) const;
    void rollback(const Mark& mark);

    // The height `text` takes when laid out in `width`.
    qreal measure(const QString& text, const QFont& font, qreal width) const;
    void paint(QPainter& painter, int page) const;

private:
    std::shared_ptr<QTextLayout> layout(const QString& text, const QFont& font, qreal width, Qt::Alignment align) const;
    void bands(const std::vector<Cell>& cells, bool keepTogether, int keepFirst);
    void add(Paint paint) { m_pages.back().push_back(std::move(paint)); }

    const QPaintDevice& m_device;
    QRectF m_area;
    qreal m_y;
    std::vector<std::vector<Paint>> m_pages;
};

} // namespace daymark::report::pdf
