// Character-reference repair, streaming: a reference (or a pair) is never longer than the held-back tail.
#include "importers/XmlCharRefRepair.h"

#include <optional>

namespace daymark::importers {
namespace {

constexpr qsizetype kChunk = 256 * 1024;
constexpr qsizetype kHoldBack = 40; // longer than two references of the longest form

struct Reference
{
    char32_t value = 0;
    qsizetype length = 0; // bytes from '&' to ';'
};

// A numeric character reference at `at` ("&#123;" or "&#x7B;"); nullopt for anything else.
std::optional<Reference> referenceAt(const QByteArray& text, qsizetype at)
{
    if (at + 3 >= text.size() || text[at] != '&' || text[at + 1] != '#')
        return std::nullopt;
    qsizetype i = at + 2;
    const bool hex = text[i] == 'x' || text[i] == 'X';
    if (hex)
        ++i;
    quint64 value = 0;
    const qsizetype start = i;
    for (; i < text.size() && i - start < 10; ++i) {
        const char c = text[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            break;
        value = value * (hex ? 16 : 10) + static_cast<quint64>(digit);
    }
    if (i == start || i >= text.size() || text[i] != ';' || value > 0x10FFFF)
        return std::nullopt;
    return Reference{static_cast<char32_t>(value), i + 1 - at};
}

bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

bool isHigh(char32_t c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}

bool isLow(char32_t c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

} // namespace

XmlCharRefRepair::XmlCharRefRepair(QIODevice& source) : m_source(source)
{
    QIODevice::open(QIODevice::ReadOnly);
}

bool XmlCharRefRepair::atEnd() const
{
    return m_readyPos >= m_ready.size() && m_pending.isEmpty() && m_source.atEnd() && QIODevice::atEnd();
}

void XmlCharRefRepair::fill()
{
    m_ready.clear();
    m_readyPos = 0;
    while (m_ready.isEmpty()) {
        const QByteArray more = m_source.read(kChunk);
        m_pending += more;
        const bool end = more.isEmpty() || m_source.atEnd();
        if (m_pending.isEmpty())
            return;
        const qsizetype limit = end ? m_pending.size() : m_pending.size() - kHoldBack;
        if (limit <= 0)
            continue;
        qsizetype i = 0;
        qsizetype copied = 0;
        while (i < limit) {
            const qsizetype amp = m_pending.indexOf("&#", i);
            if (amp < 0 || amp >= limit)
                break;
            const auto ref = referenceAt(m_pending, amp);
            if (!ref || allowedInXml(ref->value)) {
                i = amp + 2;
                continue;
            }
            m_ready.append(m_pending.constData() + copied, amp - copied);
            qsizetype consumed = ref->length;
            char32_t value = 0xFFFD;
            if (isHigh(ref->value))
                if (const auto low = referenceAt(m_pending, amp + ref->length); low && isLow(low->value)) {
                    value = 0x10000 + ((ref->value - 0xD800) << 10) + (low->value - 0xDC00);
                    consumed += low->length;
                }
            m_ready += "&#" + QByteArray::number(static_cast<quint32>(value)) + ';';
            ++m_repaired;
            i = amp + consumed;
            copied = i;
        }
        const qsizetype upTo = std::max(limit, i);
        m_ready.append(m_pending.constData() + copied, upTo - copied);
        m_pending.remove(0, upTo);
        if (end && m_pending.isEmpty())
            return;
    }
}

qint64 XmlCharRefRepair::readData(char* data, qint64 maxSize)
{
    if (m_readyPos >= m_ready.size())
        fill();
    const qint64 n = std::min<qint64>(maxSize, m_ready.size() - m_readyPos);
    if (n <= 0)
        return m_source.atEnd() || !m_source.isOpen() ? -1 : 0;
    memcpy(data, m_ready.constData() + m_readyPos, static_cast<size_t>(n));
    m_readyPos += n;
    return n;
}

} // namespace daymark::importers
