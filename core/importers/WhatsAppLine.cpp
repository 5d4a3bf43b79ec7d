// Matching WhatsApp's message header with one regular expression over a copy of the line in which the invisible
// spaces are plain spaces (same length, so positions carry over to the original).
#include "importers/WhatsAppLine.h"

#include <QRegularExpression>

namespace daymark::importers {
namespace {

bool isDirectionMark(QChar c)
{
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0xFEFF);
}

const QRegularExpression& headerPattern()
{
    // 1 "[" | 2, 4, 5 date numbers (3 their separator) | 6, 7, 8 time | 9 a/p | 10 separator after the time.
    static const QRegularExpression pattern = [] {
        QRegularExpression p(QStringLiteral(
            R"(^(\[?)(\d{1,4})([-/.]) ?(\d{1,4})\3 ?(\d{1,4})\.?,? (?:klo )?(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?)"
            R"((?: ?([aApP])\.? ?[mM]\.?)?(\] |\]$| - | -$|: | )(?=\S|$))"));
        p.optimize();
        return p;
    }();
    return pattern;
}

} // namespace

QString withoutDirectionMarks(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!isDirectionMark(c))
            out += c;
    return out;
}

std::optional<WhatsAppHeader> matchWhatsAppHeader(const QString& line)
{
    qsizetype skip = 0;
    while (skip < line.size() && isDirectionMark(line.at(skip)))
        ++skip;
    if (skip >= line.size())
        return std::nullopt;
    const QChar first = line.at(skip);
    if (first != u'[' && !first.isDigit())
        return std::nullopt; // most continuation lines end here, cheaply
    QString plain = line.mid(skip);
    for (QChar& c : plain)
        if (c == QChar(0x00A0) || c == QChar(0x202F))
            c = u' ';
    const auto match = headerPattern().match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    const bool bracket = !match.capturedView(1).isEmpty();
    const QStringView after = match.capturedView(10);
    if (bracket != after.startsWith(u']'))
        return std::nullopt;
    WhatsAppHeader h;
    constexpr int kDateGroups[3] = {2, 4, 5};
    for (int k = 0; k < 3; ++k) {
        const QStringView digits = match.capturedView(kDateGroups[k]);
        h.fields[k] = digits.toInt();
        h.widths[k] = static_cast<int>(digits.size());
    }
    h.hour = match.capturedView(6).toInt();
    h.minute = match.capturedView(7).toInt();
    h.second = match.capturedView(8).toInt();
    const QStringView meridiem = match.capturedView(9);
    if (!meridiem.isEmpty())
        h.meridiem = meridiem.compare(u"a", Qt::CaseInsensitive) == 0 ? WhatsAppHeader::Meridiem::Am
                                                                      : WhatsAppHeader::Meridiem::Pm;
    if (h.minute > 59 || h.second > 59 || h.hour > 23)
        return std::nullopt;
    h.shape = (bracket ? QStringLiteral("[") : QString()) + match.capturedView(3) + after.trimmed() +
              (meridiem.isEmpty() ? u'H' : u'M');
    h.restStart = skip + match.capturedEnd(0);
    return h;
}

} // namespace daymark::importers
