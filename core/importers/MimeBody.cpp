// MIME body traversal.
#include "importers/MimeBody.h"

#include "importers/EmailDate.h"
#include "importers/MimeHtmlText.h"

#include <QCoreApplication>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

constexpr int kMaxDepth = 24;   // nesting of multiparts and attached messages
constexpr int kMaxParts = 4096; // parts in one message: more is not mail but an attack on the reader
constexpr int kMaxNotes = 20;

struct Walk
{
    MimeContent& out;
    int parts = 0;
    void note(const QString& sentence)
    {
        if (out.notes.size() < kMaxNotes && !out.notes.contains(sentence))
            out.notes << sentence;
    }
};

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

QByteArray quotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    qsizetype lineStart = 0; // trailing white space is stripped back to here, never into decoded "=20"
    for (qsizetype k = 0; k < in.size(); ++k) {
        const char c = in[k];
        if (c == '=') {
            // A soft line break: "=" then optional white space, then the line end.
            qsizetype j = k + 1;
            while (j < in.size() && (in[j] == ' ' || in[j] == '\t'))
                ++j;
            if (j < in.size() && (in[j] == '\n' || in[j] == '\r')) {
                k = (in[j] == '\r' && j + 1 < in.size() && in[j + 1] == '\n') ? j + 1 : j;
                lineStart = out.size();
                continue;
            }
            if (j == in.size())
                break; // "=" at the very end: a soft break
            if (k + 2 < in.size() && hexValue(in[k + 1]) >= 0 && hexValue(in[k + 2]) >= 0) {
                out += static_cast<char>(hexValue(in[k + 1]) * 16 + hexValue(in[k + 2]));
                k += 2;
                lineStart = out.size();
                continue;
            }
            out += c; // a lone "=": kept, as readers do
            continue;
        }
        if (c == '\r' || c == '\n') {
            // Trailing white space of an encoded line was added in transport (RFC 2045 6.7).
            while (out.size() > lineStart && (out.back() == ' ' || out.back() == '\t'))
                out.chop(1);
            out += c;
            lineStart = out.size();
            continue;
        }
        out += c;
    }
    return out;
}

QString normalisedLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

// RFC 3676: a line ending in a space continues on the next; "> " quote depth must match; space-stuffing removed.
QString unflowed(const QString& text, bool delSp)
{
    const QStringList lines = text.split(u'\n');
    QString out;
    bool joining = false;
    for (QString line : lines) {
        if (line.startsWith(u' '))
            line.remove(0, 1);
        if (joining && !line.startsWith(u'>'))
            out += line;
        else {
            if (!out.isEmpty())
                out += u'\n';
            out += line;
        }
        joining = line.endsWith(u' ') && line != QLatin1String("-- ");
        if (joining && delSp)
            out.chop(1);
    }
    return out;
}

QString safeName(QString name)
{
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1).trimmed(); // no folders: a name is never a path
    name.remove(QChar(0));
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        name.clear();
    return name.left(255);
}

void walk(Walk& w, const MimeHeaders& headers, QByteArrayView body, int depth, bool inAlternative);

void appendText(Walk& w, const QString& text)
{
    if (text.trimmed().isEmpty())
        return;
    if (!w.out.text.isEmpty())
        w.out.text += QStringLiteral("\n\n");
    w.out.text += text;
}

// The parts of a multipart body between its delimiter lines.
QList<QByteArrayView> splitParts(Walk& w, QByteArrayView body, const QByteArray& boundary)
{
    QList<QByteArrayView> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    bool closed = false;
    qsizetype at = 0;
    while (at < body.size()) {
        qsizetype end = body.indexOf('\n', at);
        const qsizetype next = end < 0 ? body.size() : end + 1;
        if (end < 0)
            end = body.size();
        QByteArrayView line = body.sliced(at, end - at);
        if (line.startsWith(delimiter)) {
            QByteArrayView rest = line.sliced(delimiter.size()).trimmed();
            const bool last = rest.startsWith("--");
            if (rest.isEmpty() || last) {
                if (partStart >= 0) {
                    // The line break before a delimiter belongs to the delimiter.
                    qsizetype partEnd = at;
                    if (partEnd > partStart && body[partEnd - 1] == '\n')
                        --partEnd;
                    if (partEnd > partStart && body[partEnd - 1] == '\r')
                        --partEnd;
                    parts << body.sliced(partStart, partEnd - partStart);
                }
                partStart = next;
                if (last) {
                    closed = true;
                    break;
                }
            }
        }
        at = next;
    }
    if (partStart < 0) {
        w.note(tr("The message says it is in parts, but the line that separates them never appears; it is shown as "
                  "written."));
        return {};
    }
    if (!closed) {
        if (partStart < body.size())
            parts << body.sliced(partStart);
        w.note(tr("The message ends before its last part is closed: the file may have been cut short."));
    }
    return parts;
}

QString textOf(Walk& w, const ContentField& type, QByteArrayView decoded)
{
    QString problem;
    QString text = normalisedLines(decodeCharset(decoded, type.parameter("charset").toLatin1(), &problem));
    if (!problem.isEmpty())
        w.note(tr("Part of the text is in the character set \"%1\", which Daymark could not read as such; it is shown "
                  "as UTF-8 or Windows-1252 and some letters may be wrong.")
                   .arg(problem));
    if (type.parameter("format").compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0)
        text = unflowed(text, type.parameter("delsp").compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0);
    return text;
}

void readAttachedMessage(Walk& w, QByteArrayView decoded, int depth)
{
    const MimeSplit split = splitMimeEntity(decoded);
    const MimeHeaders headers = MimeHeaders::parse(split.headers);
    QStringList lines;
    lines << tr("---------- Attached message ----------");
    for (const char* name : {"From", "Date", "Subject", "To", "Cc"}) {
        const QByteArray value = headers.value(QByteArrayView(name, qstrlen(name)));
        if (!value.isEmpty())
            lines << QString::fromLatin1(name) + QStringLiteral(": ") + decodeHeaderText(value);
    }
    appendText(w, lines.join(u'\n'));
    walk(w, headers, split.body, depth + 1, false);
}

void walk(Walk& w, const MimeHeaders& headers, QByteArrayView body, int depth, bool inAlternative)
{
    if (++w.parts > kMaxParts || depth > kMaxDepth) {
        w.note(tr("The message nests its parts deeper or has more of them than Daymark reads; the rest is in the "
                  "exhibit."));
        return;
    }
    ContentField type = parseContentField(headers.value("Content-Type"));
    if (type.value.isEmpty() || !type.value.contains('/'))
        type.value = "text/plain";
    const ContentField disposition = parseContentField(headers.value("Content-Disposition"));
    const QByteArray encoding = headers.value("Content-Transfer-Encoding").trimmed().toLower();

    if (type.value.startsWith("multipart/")) {
        const QByteArray boundary = type.parameter("boundary").toUtf8();
        const QList<QByteArrayView> parts =
            boundary.isEmpty() ? QList<QByteArrayView>() : splitParts(w, body, boundary);
        if (parts.isEmpty()) {
            if (boundary.isEmpty())
                w.note(tr("The message says it is in parts but does not say how they are separated; it is shown as "
                          "written."));
            appendText(w, normalisedLines(decodeCharset(body, "utf-8")));
            return;
        }
        if (type.value == "multipart/alternative") {
            // The plain-text version when there is one; otherwise the last (richest) version.
            qsizetype chosen = parts.size() - 1;
            for (qsizetype k = 0; k < parts.size(); ++k) {
                const MimeSplit s = splitMimeEntity(parts[k]);
                const ContentField t = parseContentField(MimeHeaders::parse(s.headers).value("Content-Type"));
                if (t.value == "text/plain" || t.value.isEmpty()) {
                    chosen = k;
                    break;
                }
            }
            const MimeSplit s = splitMimeEntity(parts[chosen]);
            walk(w, MimeHeaders::parse(s.headers), s.body, depth + 1, true);
            return;
        }
        for (const QByteArrayView part : parts) {
            const MimeSplit s = splitMimeEntity(part);
            walk(w, MimeHeaders::parse(s.headers), s.body, depth + 1, inAlternative);
        }
        return;
    }

    bool damaged = false;
    const QByteArray decoded = decodeTransferEncoding(body, encoding, &damaged);
    if (damaged)
        w.note(tr("A part's base64 encoding is damaged or cut short; what could be decoded is kept."));
    QString name = safeName(disposition.parameter("filename"));
    if (name.isEmpty())
        name = safeName(type.parameter("name"));
    const bool attachment = disposition.value == "attachment" || !name.isEmpty();

    if ((type.value == "message/rfc822" || type.value == "message/global") && disposition.value != "attachment") {
        readAttachedMessage(w, decoded, depth);
        return;
    }
    if (!attachment && (type.value == "text/plain" || type.value == "text/html")) {
        const QString text = textOf(w, type, decoded);
        appendText(w, type.value == "text/html" ? htmlToText(text) : text);
        return;
    }
    if (!attachment && inAlternative && type.value.startsWith("text/")) {
        appendText(w, textOf(w, type, decoded)); // text/enriched and the like, as written
        return;
    }
    if (type.value == "message/rfc822" || type.value == "message/global") {
        readAttachedMessage(w, decoded, depth); // shown inline and kept as a file too
        if (name.isEmpty())
            name = QStringLiteral("attached-message.eml");
    }
    MediaReference media;
    media.name = name.isEmpty() ? QStringLiteral("attachment-%1").arg(w.out.attachments.size() + 1) : name;
    media.mediaType = QString::fromLatin1(type.value);
    media.data = decoded;
    media.omitted = decoded.isEmpty();
    w.out.attachments << media;
}

} // namespace

MimeSplit splitMimeEntity(QByteArrayView entity)
{
    if (entity.startsWith("\r\n"))
        return {{}, entity.sliced(2)};
    if (entity.startsWith('\n'))
        return {{}, entity.sliced(1)};
    qsizetype at = 0;
    while (at < entity.size()) {
        const qsizetype end = entity.indexOf('\n', at);
        if (end < 0)
            break;
        const qsizetype next = end + 1;
        if (next < entity.size() && entity[next] == '\n')
            return {entity.first(next), entity.sliced(next + 1)};
        if (next + 1 < entity.size() && entity[next] == '\r' && entity[next + 1] == '\n')
            return {entity.first(next), entity.sliced(next + 2)};
        at = next;
    }
    return {entity, {}}; // headers only
}

void readMimeBody(const MimeHeaders& headers, QByteArrayView body, MimeContent& out)
{
    Walk w{out};
    walk(w, headers, body, 0, false);
}

QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding, bool* damaged)
{
    if (encoding == "base64") {
        QByteArray compact;
        compact.reserve(body.size());
        for (char c : body)
            if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
                compact += c;
        auto strict = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (strict && (compact.size() % 4 == 0 || compact.endsWith('=')))
            return std::move(*strict);
        if (damaged)
            *damaged = true;
        return QByteArray::fromBase64(compact);
    }
    if (encoding == "quoted-printable")
        return quotedPrintable(body);
    return body.toByteArray();
}

} // namespace daymark::importers
