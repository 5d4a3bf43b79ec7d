// Fonts, sizes and units shared by the PDF timeline's sections, made once per document and reused; and the
// translation context every PDF string goes through.
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>

class QPaintDevice;

namespace daymark::report::pdf {

// Tr::tr("…") is QCoreApplication::translate("daymark::report", "…").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(daymark::report)
};

struct PdfStyle
{
    explicit PdfStyle(const QPaintDevice& device);

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    int dpi() const { return m_dpi; }

    QFont body;       // running text
    QFont bold;       // labels, summaries
    QFont small;      // page frame, captions
    QFont smallBold;  // the header line ("RESTRICTED")
    QFont title;      // the cover title
    QFont heading;    // a section: "People involved"
    QFont subheading; // one incident, person, order
    QFont mono;       // hashes, the fingerprint in the exhibit list
    QFont monoLarge;  // the fingerprint on the cover

private:
    int m_dpi;
};

} // namespace daymark::report::pdf
