// Header fields, encoded words, parameters and addresses: lenient, since mail in the wild often bends the RFCs.
#include "importers/MimeHeaders.h"

#include <QMap>
#include <QStringDecoder>

namespace daymark::importers {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray trimmed(QByteArrayView v)
{
    return v.trimmed().toByteArray();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Tries to read "=?charset?B|Q?text?=" at `at`; on success sets the charset, the decoded bytes and the end.
bool readEncodedWord(QByteArrayView v, qsizetype at, QByteArray& charset, QByteArray& bytes, qsizetype& end)
{
    if (at + 1 >= v.size() || v[at] != '=' || v[at + 1] != '?')
        return false;
    const qsizetype q1 = v.indexOf('?', at + 2);
    if (q1 < 0 || q1 + 2 >= v.size() || v[q1 + 2] != '?')
        return false;
    const qsizetype close = v.indexOf("?=", q1 + 3);
    if (close < 0)
        return false;
    charset = v.sliced(at + 2, q1 - at - 2).toByteArray();
    if (charset.isEmpty() || charset.size() > 64)
        return false;
    const qsizetype star = charset.indexOf('*'); // RFC 2231 language: "utf-8*en"
    if (star >= 0)
        charset.truncate(star);
    for (char c : charset)
        if (isSpace(c))
            return false;
    const QByteArrayView text = v.sliced(q1 + 3, close - q1 - 3);
    for (char c : text)
        if (isSpace(c))
            return false;
    const char encoding = v[q1 + 1];
    if (encoding == 'B' || encoding == 'b') {
        bytes = QByteArray::fromBase64(text.toByteArray());
    } else if (encoding == 'Q' || encoding == 'q') {
        bytes.clear();
        for (qsizetype k = 0; k < text.size(); ++k) {
            const char c = text[k];
            if (c == '_') {
                bytes += ' ';
            } else if (c == '=' && k + 2 < text.size() && hexValue(text[k + 1]) >= 0 && hexValue(text[k + 2]) >= 0) {
                bytes += static_cast<char>(hexValue(text[k + 1]) * 16 + hexValue(text[k + 2]));
                k += 2;
            } else {
                bytes += c;
            }
        }
    } else {
        return false;
    }
    end = close + 2;
    return true;
}

QString plainText(QByteArrayView bytes)
{
    return decodeCharset(bytes, "utf-8");
}

// RFC 2231 "%E9" escapes of an extended parameter value.
QByteArray percentDecoded(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype k = 0; k < v.size(); ++k) {
        if (v[k] == '%' && k + 2 < v.size() && hexValue(v[k + 1]) >= 0 && hexValue(v[k + 2]) >= 0) {
            out += static_cast<char>(hexValue(v[k + 1]) * 16 + hexValue(v[k + 2]));
            k += 2;
        } else {
            out += v[k];
        }
    }
    return out;
}

// Reads a token or a quoted string from `v` at `at` (after white space); returns the unquoted bytes.
QByteArray readValue(QByteArrayView v, qsizetype& at)
{
    while (at < v.size() && isSpace(v[at]))
        ++at;
    QByteArray out;
    if (at < v.size() && v[at] == '"') {
        for (++at; at < v.size() && v[at] != '"'; ++at) {
            if (v[at] == '\\' && at + 1 < v.size())
                ++at;
            out += v[at];
        }
        if (at < v.size())
            ++at; // the closing quote
        return out;
    }
    while (at < v.size() && v[at] != ';')
        out += v[at++];
    return out.trimmed();
}

} // namespace

MimeHeaders MimeHeaders::parse(QByteArrayView block)
{
    MimeHeaders h;
    qsizetype at = 0;
    while (at < block.size()) {
        qsizetype end = block.indexOf('\n', at);
        if (end < 0)
            end = block.size();
        QByteArrayView line = block.sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (isSpace(line.front())) {
            if (!h.m_fields.isEmpty())
                h.m_fields.back().value += line.toByteArray(); // unfolding keeps the white space
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a field (an mbox ">From " line, garbage): skipped
        h.m_fields.append({trimmed(line.first(colon)), line.sliced(colon + 1).toByteArray()});
    }
    for (MimeField& f : h.m_fields)
        f.value = f.value.trimmed();
    return h;
}

QByteArray MimeHeaders::value(QByteArrayView name) const
{
    for (const MimeField& f : m_fields)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return f.value;
    return {};
}

QList<QByteArray> MimeHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const MimeField& f : m_fields)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            out << f.value;
    return out;
}

bool MimeHeaders::has(QByteArrayView name) const
{
    for (const MimeField& f : m_fields)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, QString* problem)
{
    QByteArray name = charset.trimmed().toByteArray().toLower();
    bool plain = true; // seven-bit text reads the same in every charset mail uses (but UTF-7 and the ISO-2022s)
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) {
            plain = false;
            break;
        }
    const bool stateful = name.startsWith("utf-7") || name.startsWith("iso-2022") || name.startsWith("hz");
    if (plain && !stateful)
        return QString::fromLatin1(bytes);
    // What mail clients do: "ISO-8859-1" is read as Windows-1252 (its superset), and "us-ascii" with 8-bit bytes
    // as UTF-8 (or Windows-1252) since the label was a default nobody set.
    const bool ascii = name.isEmpty() || name == "us-ascii" || name == "ascii" || name == "unknown-8bit";
    if (name == "iso-8859-1" || name == "latin1")
        name = "windows-1252";
    if (!ascii) {
        QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (problem && !ascii && name != "utf-8" && name != "utf8")
            *problem = QString::fromLatin1(charset);
        return text;
    }
    QStringDecoder cp1252("windows-1252", QStringDecoder::Flag::Stateless);
    if (problem && name != "windows-1252")
        *problem = QString::fromLatin1(charset.isEmpty() ? QByteArrayView("us-ascii") : charset);
    return cp1252.decode(bytes);
}

QString decodeHeaderText(QByteArrayView v, QString* problem)
{
    QString out;
    QByteArray pending; // bytes of adjacent encoded words in one charset, decoded together (a character may be split)
    QByteArray pendingCharset;
    QByteArray plain;
    bool afterWord = false;
    auto flushPending = [&] {
        if (!pending.isEmpty())
            out += decodeCharset(pending, pendingCharset, problem);
        pending.clear();
    };
    auto flushPlain = [&] {
        if (!plain.isEmpty())
            out += plainText(plain);
        plain.clear();
    };
    qsizetype at = 0;
    while (at < v.size()) {
        QByteArray charset;
        QByteArray bytes;
        qsizetype end = 0;
        if (v[at] == '=' && readEncodedWord(v, at, charset, bytes, end)) {
            bool onlySpace = true;
            for (char c : plain)
                onlySpace = onlySpace && isSpace(c);
            if (afterWord && onlySpace) {
                plain.clear(); // white space between encoded words is not part of the text
            } else {
                flushPending();
                flushPlain();
            }
            if (charset.compare(pendingCharset, Qt::CaseInsensitive) != 0)
                flushPending();
            pendingCharset = charset;
            pending += bytes;
            afterWord = true;
            at = end;
            continue;
        }
        if (!isSpace(v[at]) && afterWord) {
            flushPending();
            flushPlain();
            afterWord = false;
        }
        plain += v[at++];
    }
    flushPending();
    flushPlain();
    // Unfolding leaves CR/LF-free text, but a header may still hold tabs: show them as spaces.
    out.replace(u'\t', u' ');
    return out;
}

ContentField parseContentField(QByteArrayView v)
{
    ContentField field;
    qsizetype semi = v.indexOf(';');
    field.value = trimmed(semi < 0 ? v : v.first(semi)).toLower();
    // Parameters with their RFC 2231 section number and whether that section is extended (charset'lang'%XX).
    struct Section
    {
        QByteArray bytes;
        bool extended = false;
    };
    QHash<QByteArray, QMap<int, Section>> split;
    qsizetype at = semi < 0 ? v.size() : semi + 1;
    while (at < v.size()) {
        while (at < v.size() && (isSpace(v[at]) || v[at] == ';'))
            ++at;
        const qsizetype eq = v.indexOf('=', at);
        if (eq < 0)
            break;
        QByteArray name = trimmed(v.sliced(at, eq - at)).toLower();
        at = eq + 1;
        QByteArray value = readValue(v, at);
        while (at < v.size() && v[at] != ';')
            ++at; // anything after a closing quote
        if (name.isEmpty() || name.contains(';'))
            continue;
        bool extended = false;
        if (name.endsWith('*')) {
            extended = true;
            name.chop(1);
        }
        int section = 0;
        const qsizetype star = name.indexOf('*');
        if (star > 0) {
            bool ok = false;
            section = name.mid(star + 1).toInt(&ok);
            if (!ok || section < 0 || section > 999)
                continue;
            name.truncate(star);
        }
        split[name].insert(section, Section{value, extended});
    }
    for (auto it = split.cbegin(); it != split.cend(); ++it) {
        QByteArray charset;
        QByteArray bytes;
        bool anyExtended = false;
        bool first = true;
        for (const Section& s : it.value()) {
            QByteArray piece = s.bytes;
            if (s.extended) {
                anyExtended = true;
                if (first) { // charset'language'value
                    const qsizetype q1 = piece.indexOf('\'');
                    const qsizetype q2 = q1 < 0 ? -1 : piece.indexOf('\'', q1 + 1);
                    if (q2 > 0) {
                        charset = piece.left(q1);
                        piece = piece.mid(q2 + 1);
                    }
                }
                piece = percentDecoded(piece);
            }
            bytes += piece;
            first = false;
        }
        field.parameters.insert(it.key(), anyExtended ? decodeCharset(bytes, charset.isEmpty() ? "utf-8" : charset)
                                                      : decodeHeaderText(bytes));
    }
    return field;
}

namespace {

// One address of a list (a piece between top-level commas).
std::optional<MailAddress> addressOf(QByteArrayView piece)
{
    QByteArray display;
    QByteArray comment;
    QByteArray angle;
    QByteArray bare;
    bool inAngle = false;
    bool sawAngle = false;
    for (qsizetype k = 0; k < piece.size(); ++k) {
        const char c = piece[k];
        if (c == '"') {
            for (++k; k < piece.size() && piece[k] != '"'; ++k) {
                if (piece[k] == '\\' && k + 1 < piece.size())
                    ++k;
                (inAngle ? angle : display) += piece[k];
            }
            continue;
        }
        if (c == '(') {
            int depth = 1;
            QByteArray text;
            for (++k; k < piece.size() && depth > 0; ++k) {
                if (piece[k] == '\\' && k + 1 < piece.size()) {
                    text += piece[++k];
                    continue;
                }
                depth += piece[k] == '(' ? 1 : piece[k] == ')' ? -1 : 0;
                if (depth > 0)
                    text += piece[k];
            }
            --k;
            if (comment.isEmpty())
                comment = text.trimmed();
            continue;
        }
        if (c == '<' && !inAngle) {
            inAngle = true;
            sawAngle = true;
            continue;
        }
        if (c == '>' && inAngle) {
            inAngle = false;
            continue;
        }
        if (inAngle)
            angle += c;
        else {
            display += c;
            bare += c;
        }
    }
    MailAddress a;
    if (sawAngle) {
        QByteArray addr = angle.trimmed();
        if (addr.startsWith('@') && addr.contains(':')) // an obsolete source route "@a,@b:user@c"
            addr = addr.mid(addr.indexOf(':') + 1);
        a.address = decodeCharset(addr, "utf-8");
        a.name = decodeHeaderText(display.simplified());
    } else {
        a.address = decodeCharset(bare.simplified().replace(" ", ""), "utf-8");
        a.name = decodeHeaderText(comment);
    }
    if (a.address.isEmpty() && a.name.isEmpty())
        return std::nullopt;
    return a;
}

} // namespace

QList<MailAddress> parseAddressList(QByteArrayView v)
{
    QList<MailAddress> out;
    qsizetype start = 0;
    bool quoted = false;
    bool angle = false;
    int comment = 0;
    for (qsizetype k = 0; k <= v.size(); ++k) {
        const char c = k < v.size() ? v[k] : ',';
        if (quoted) {
            if (c == '\\')
                ++k;
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (comment > 0) {
            comment += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '\\')
                ++k;
            continue;
        }
        if (c == '"')
            quoted = true;
        else if (c == '(')
            comment = 1;
        else if (c == '<')
            angle = true;
        else if (c == '>')
            angle = false;
        else if (c == ':' && !angle)
            start = k + 1; // "Group name:" — the members follow
        else if ((c == ',' || c == ';') && !angle) {
            if (const auto a = addressOf(v.sliced(start, std::min(k, v.size()) - start)))
                out << *a;
            start = k + 1;
        }
        if (k == v.size())
            break;
    }
    if (quoted || comment > 0) { // unbalanced: keep what follows the last separator as one address
        if (start < v.size())
            if (const auto a = addressOf(v.sliced(start)))
                out << *a;
    }
    return out;
}

QString formatAddress(const MailAddress& a)
{
    if (a.name.isEmpty() || a.name == a.address)
        return a.address;
    if (a.address.isEmpty())
        return a.name;
    return a.name + QStringLiteral(" <") + a.address + u'>';
}

} // namespace daymark::importers
