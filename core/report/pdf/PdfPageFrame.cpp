// The page frame: header centred at the top, a rule and the fingerprint and page number at the foot.
#include "report/pdf/PdfPageFrame.h"

#include "report/pdf/PdfStyle.h"

#include <QPainter>

namespace daymark::report::pdf {

PdfPageFrame::PdfPageFrame(const PdfStyle& style, const QRectF& page, QString header, QString fingerprint)
    : m_style(style), m_page(page), m_header(std::move(header)), m_fingerprint(std::move(fingerprint))
{}

QRectF PdfPageFrame::contentArea() const
{
    const qreal side = m_style.mm(18);
    return m_page.adjusted(side, m_style.mm(m_header.isEmpty() ? 16 : 20), -side, -m_style.mm(20));
}

void PdfPageFrame::paint(QPainter& painter, int page, int pageCount) const
{
    const QRectF area = contentArea();
    painter.save();
    painter.setPen(Qt::black);
    if (!m_header.isEmpty()) {
        painter.setFont(m_style.smallBold);
        const QRectF box(area.left(), m_style.mm(8), area.width(), m_style.mm(7));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_header);
    }
    const qreal footTop = area.bottom() + m_style.mm(6);
    painter.fillRect(QRectF(area.left(), footTop, area.width(), m_style.pt(0.5)), Qt::black);
    painter.setFont(m_style.small);
    const QRectF foot(area.left(), footTop + m_style.mm(1.5), area.width(), m_style.mm(8));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop, Tr::tr("Diary fingerprint: %1").arg(m_fingerprint));
    painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, Tr::tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    painter.restore();
}

} // namespace daymark::report::pdf
