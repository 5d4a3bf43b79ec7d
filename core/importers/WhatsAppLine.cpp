// Matching WhatsApp's message header with one regular expression over a copy of the line in which the invisible
// spaces are plain spaces (same length, so positions carry over to the original).
#include "importers/WhatsAppLine.h"

#include <algorithm>

namespace daymark::importers {

bool isDirectionMark(QChar c)
{
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0xFEFF);
}

namespace {

// Reads the header by hand (no regular expression: this runs on every line of exports of millions of lines). The
// accepted shapes, with "spaces" including U+00A0 and U+202F:
//   [?  D{1,4} S ?D{1,4} S ?D{1,4} .? ,?  SPACE (klo )?  H{1,2} [.:] M{2} ([.:] S{2})?  ( ?[aApP].? ?[mM].?)?
//   then "] ", "]" at the end, " - ", " -" at the end, ": " or " ", followed by a non-space or the end.
class Scanner
{
public:
    Scanner(const QString& line, qsizetype pos) : m_s(line), m_pos(pos) {}

    qsizetype pos() const { return m_pos; }
    void reset(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        if (at >= m_s.size())
            return QChar();
        const QChar c = m_s.at(at);
        return c == QChar(0x00A0) || c == QChar(0x202F) ? QChar(u' ') : c;
    }
    bool take(char16_t c)
    {
        if (peek() != QChar(c))
            return false;
        ++m_pos;
        return true;
    }
    // 1..max ASCII digits; -1 when there are none.
    int number(int max, int* width = nullptr)
    {
        int value = 0;
        int n = 0;
        while (n < max) {
            const char16_t c = peek().unicode();
            if (c < u'0' || c > u'9')
                break;
            value = value * 10 + (c - u'0');
            ++n;
            ++m_pos;
        }
        if (width)
            *width = n;
        return n ? value : -1;
    }

private:
    const QString& m_s;
    qsizetype m_pos;
};

int dateSeparatorCode(QChar c)
{
    return c == u'/' ? 1 : c == u'.' ? 2 : c == u'-' ? 3 : 0;
}

} // namespace

QString withoutDirectionMarks(QStringView text)
{
    if (std::none_of(text.begin(), text.end(), isDirectionMark))
        return text.toString();
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
    Scanner in(line, skip);
    const bool bracket = in.take(u'[');
    if (!in.peek().isDigit())
        return std::nullopt; // most continuation lines end here
    WhatsAppHeader h;
    h.fields[0] = in.number(4, &h.widths[0]);
    const int separator = dateSeparatorCode(in.peek());
    if (h.fields[0] < 0 || separator == 0)
        return std::nullopt;
    const QChar sep = in.peek();
    for (int k = 1; k < 3; ++k) {
        if (!in.take(sep.unicode()))
            return std::nullopt;
        in.take(u' ');
        h.fields[k] = in.number(4, &h.widths[k]);
        if (h.fields[k] < 0)
            return std::nullopt;
    }
    in.take(u'.');
    in.take(u',');
    if (!in.take(u' '))
        return std::nullopt;
    if (in.peek() == u'k' && in.peek(1) == u'l' && in.peek(2) == u'o' && in.peek(3) == u' ')
        in.reset(in.pos() + 4);
    h.hour = in.number(2);
    if (h.hour < 0 || !(in.take(u':') || in.take(u'.')))
        return std::nullopt;
    int width = 0;
    h.minute = in.number(2, &width);
    if (width != 2)
        return std::nullopt;
    const qsizetype beforeSeconds = in.pos();
    if (in.take(u':') || in.take(u'.')) {
        h.second = in.number(2, &width);
        if (width != 2) {
            in.reset(beforeSeconds);
            h.second = 0;
        }
    }
    const qsizetype beforeMeridiem = in.pos();
    in.take(u' ');
    const QChar ap = in.peek();
    if (ap == u'a' || ap == u'A' || ap == u'p' || ap == u'P') {
        in.reset(in.pos() + 1);
        in.take(u'.');
        in.take(u' ');
        if (in.take(u'm') || in.take(u'M')) {
            in.take(u'.');
            h.meridiem = ap.toLower() == u'a' ? WhatsAppHeader::Meridiem::Am : WhatsAppHeader::Meridiem::Pm;
        }
    }
    if (h.meridiem == WhatsAppHeader::Meridiem::None)
        in.reset(beforeMeridiem);
    // The separator after the time, tried in the order the shapes are most specific.
    int after = 0;
    if (in.take(u']')) {
        after = in.take(u' ') || in.atEnd() ? 1 : 0;
    } else if (in.peek() == u' ' && in.peek(1) == u'-' && (in.peek(2) == u' ' || in.pos() + 2 >= line.size())) {
        in.reset(std::min(in.pos() + 3, line.size()));
        after = 2;
    } else if (in.take(u':')) {
        after = in.take(u' ') ? 3 : 0;
    } else if (in.take(u' ')) {
        after = 4;
    }
    if (after == 0 || bracket != (after == 1))
        return std::nullopt;
    if (!in.atEnd() && in.peek().isSpace())
        return std::nullopt; // the sender or text starts right after the separator
    if (h.minute > 59 || h.second > 59 || h.hour > 23)
        return std::nullopt;
    h.shape = (bracket ? 1 : 0) | separator << 1 | after << 3 | (h.meridiem != WhatsAppHeader::Meridiem::None) << 6;
    h.restStart = in.pos();
    return h;
}

} // namespace daymark::importers
