// What every page of the timeline carries outside the flow: the header a person set (e.g. "RESTRICTED"), the
// diary fingerprint and "Page x of y".
#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace daymark::report::pdf {

struct PdfStyle;

class PdfPageFrame
{
public:
    PdfPageFrame(const PdfStyle& style, const QRectF& page, QString header, QString fingerprint);

    // Where the flow may put content on every page.
    QRectF contentArea() const;
    void paint(QPainter& painter, int page, int pageCount) const; // page from 0

private:
    const PdfStyle& m_style;
    QRectF m_page;
    QString m_header;
    QString m_fingerprint;
};

} // namespace daymark::report::pdf
