// The exhibit list: number, description and original name, size, date added, and the full SHA-256 in monospace,
// wrapping where it must, so an officer can check each original file.
#include "report/pdf/PdfContext.h"

namespace daymark::report::pdf {

void addExhibitList(PdfContext& c)
{
    const PdfStyle& s = c.style;
    c.flow.newPage();
    c.sectionHeading(Tr::tr("Exhibits"));
    c.flow.text(Tr::tr("Each exhibit is an original file kept byte for byte in the diary since it was added. The "
                       "SHA-256 was taken when it was added; the same file in the evidence bundle has the same "
                       "SHA-256, which anyone can check with sha256sum."),
                s.body);
    c.flow.space(s.mm(3));
    const qreal w = c.flow.width();
    const qreal number = s.mm(20);
    const qreal size = s.mm(30);
    const qreal added = s.mm(34);
    const qreal gap = s.mm(3);
    const qreal description = w - number - size - added;
    auto header = [&] {
        c.flow.row({{Tr::tr("No."), &s.bold, 0, number - gap},
                    {Tr::tr("Description and original file name"), &s.bold, number, description - gap},
                    {Tr::tr("Size"), &s.bold, number + description, size - gap},
                    {Tr::tr("Added"), &s.bold, number + description + size, added}});
        c.flow.rule(s.pt(0.8));
    };
    header();
    if (c.data.exhibits.empty())
        c.flow.text(Tr::tr("No exhibits are included in this export."), s.body);
    for (const evidence::ExhibitRecord& record : c.data.exhibits) {
        const evidence::Exhibit& e = record.exhibit;
        const qreal shaHeight = c.flow.measure(e.sha256, s.mono, w - number);
        const QString text =
            e.description.isEmpty() ? e.originalName : Tr::tr("%1\nFile: %2").arg(e.description, e.originalName);
        // The row and its hash stay together; a new page repeats the column headings.
        const qreal rowHeight = c.flow.measure(text, s.body, description - gap) + shaHeight + s.mm(3);
        if (rowHeight > c.flow.remaining() && rowHeight < s.mm(120)) {
            c.flow.newPage();
            header();
        }
        c.flow.space(s.mm(1));
        c.flow.row({{e.label, &s.bold, 0, number - gap},
                    {text, &s.body, number, description - gap},
                    {c.format.size(e.size), &s.body, number + description, size - gap},
                    {c.format.dateTime(record.addedAt), &s.body, number + description + size, added}});
        c.flow.row({{Tr::tr("SHA-256"), &s.small, 0, number - gap}, {e.sha256, &s.mono, number, w - number}});
        c.flow.space(s.mm(1));
        c.flow.rule(s.pt(0.3));
    }
}

} // namespace daymark::report::pdf
