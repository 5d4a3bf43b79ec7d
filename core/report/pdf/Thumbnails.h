// Rows of image exhibits as thumbnails under a log entry, each with its exhibit number. The images are made from
// the diary in memory when the page is painted, at the size they print, and dropped after.
#pragma once

#include "evidence/Exhibit.h"

#include <vector>

namespace daymark::diary {
class Diary;
}

namespace daymark::report::pdf {

struct PdfContext;
struct PdfStyle;

class Thumbnails
{
public:
    Thumbnails(diary::Diary& diary, const PdfStyle& style);
    // Adds rows for the image exhibits among `exhibits` (others are listed in the entry's text only).
    void add(PdfContext& context, const std::vector<evidence::ExhibitRecord>& exhibits);

private:
    diary::Diary& m_diary;
    const PdfStyle& m_style;
};

} // namespace daymark::report::pdf
