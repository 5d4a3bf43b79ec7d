// Fonts that every Debian desktop has (DejaVu) first, then generic families; Qt embeds what it uses in the PDF.
#include "report/pdf/PdfStyle.h"

#include <QPaintDevice>

namespace daymark::report::pdf {
namespace {

QFont font(const QStringList& families, qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(true);
    // Qt shapes no ligatures when letters are spaced: "fi" stays two letters, so searching and copying find it.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // device pixels: invisible at 300 dpi
    f.setHintingPreference(QFont::PreferNoHinting);   // printed: keep the outlines as designed
    return f;
}

const QStringList kSans{QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans"),
                        QStringLiteral("sans-serif")};
const QStringList kMono{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"),
                        QStringLiteral("Noto Mono"), QStringLiteral("monospace")};

} // namespace

PdfStyle::PdfStyle(const QPaintDevice& device)
    : body(font(kSans, 9.5)), bold(font(kSans, 9.5, true)), small(font(kSans, 7.5)), smallBold(font(kSans, 8.5, true)),
      title(font(kSans, 22, true)), heading(font(kSans, 15, true)), subheading(font(kSans, 10.5, true)),
      mono(font(kMono, 8.5)), monoLarge(font(kMono, 17, true)), m_dpi(device.logicalDpiY())
{}

} // namespace daymark::report::pdf
