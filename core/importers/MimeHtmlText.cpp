// A small HTML-to-text pass in one scan over the markup.
#include "importers/MimeHtmlText.h"

#include <QHash>

namespace daymark::importers {
namespace {

QString entity(QStringView name)
{
    static const QHash<QString, QString> kNamed = {
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("copy"), QString(QChar(0xA9))},     {QStringLiteral("reg"), QString(QChar(0xAE))},
        {QStringLiteral("euro"), QString(QChar(0x20AC))},   {QStringLiteral("pound"), QString(QChar(0xA3))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},  {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))},  {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))},  {QStringLiteral("zwnj"), QString()},
        {QStringLiteral("eacute"), QString(QChar(0xE9))},   {QStringLiteral("egrave"), QString(QChar(0xE8))},
        {QStringLiteral("uuml"), QString(QChar(0xFC))},     {QStringLiteral("ouml"), QString(QChar(0xF6))},
        {QStringLiteral("auml"), QString(QChar(0xE4))},     {QStringLiteral("szlig"), QString(QChar(0xDF))},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                  : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return kNamed.value(name.toString().toLower(), QString());
}

bool isBlock(QStringView tag)
{
    static const char* const kBlocks[] = {"p",  "div", "br", "tr", "table", "h1",  "h2",         "h3", "h4", "h5",
                                          "h6", "ul",  "ol", "li", "hr",    "pre", "blockquote", "dt", "dd", "title"};
    for (const char* b : kBlocks)
        if (tag == QLatin1String(b))
            return true;
    return false;
}

} // namespace

QString htmlToText(QStringView html)
{
    QString out;
    out.reserve(html.size() / 2);
    QString pendingLink; // the href of an open <a>, written after its text when they differ
    qsizetype linkTextStart = -1;
    bool pre = false;
    // A block ends its line; <br> may also make an empty line (<br><br>), but never more than one.
    auto newline = [&out](bool br) {
        while (out.endsWith(u' '))
            out.chop(1);
        if (!out.isEmpty() && !out.endsWith(br ? QStringLiteral("\n\n") : QStringLiteral("\n")))
            out += u'\n';
    };
    for (qsizetype k = 0; k < html.size(); ++k) {
        const QChar c = html[k];
        if (c == u'<') {
            if (html.mid(k, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), k + 4);
                k = end < 0 ? html.size() : end + 2;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', k + 1);
            if (end < 0)
                break; // a tag cut off: the rest is markup
            const QStringView inside = html.mid(k + 1, end - k - 1).trimmed();
            k = end;
            const bool closing = inside.startsWith(u'/');
            qsizetype nameEnd = closing ? 1 : 0;
            while (nameEnd < inside.size() && inside[nameEnd].isLetterOrNumber())
                ++nameEnd;
            const QString tag = inside.mid(closing ? 1 : 0, nameEnd - (closing ? 1 : 0)).toString().toLower();
            if (!closing &&
                (tag == QLatin1String("script") || tag == QLatin1String("style") || tag == QLatin1String("head"))) {
                const qsizetype close = html.indexOf(QString(QStringLiteral("</") + tag), end, Qt::CaseInsensitive);
                const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(u'>', close);
                k = closeEnd < 0 ? html.size() : closeEnd;
                continue;
            }
            if (tag == QLatin1String("pre"))
                pre = !closing;
            if (tag == QLatin1String("a")) {
                if (!closing) {
                    const qsizetype href = inside.indexOf(QLatin1String("href="), 0, Qt::CaseInsensitive);
                    pendingLink.clear();
                    if (href >= 0) {
                        QStringView v = inside.mid(href + 5);
                        const QChar quote = v.isEmpty() ? QChar() : v.front();
                        if (quote == u'"' || quote == u'\'') {
                            const qsizetype q = v.indexOf(quote, 1);
                            pendingLink = v.mid(1, q < 0 ? -1 : q - 1).toString();
                        }
                    }
                    linkTextStart = out.size();
                } else if (!pendingLink.isEmpty() && linkTextStart >= 0) {
                    const QString text = out.mid(linkTextStart).trimmed();
                    if (text != pendingLink && !pendingLink.startsWith(QLatin1String("mailto:")))
                        out += QStringLiteral(" <") + pendingLink + u'>';
                    pendingLink.clear();
                    linkTextStart = -1;
                }
            }
            if (isBlock(tag)) {
                newline(tag == QLatin1String("br"));
                if (!closing && tag == QLatin1String("li"))
                    out += QStringLiteral("- ");
            } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
                if (!closing && !out.endsWith(u'\n') && !out.isEmpty())
                    out += u' ';
            }
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', k + 1);
            if (semi > k + 1 && semi - k <= 10) {
                const QString decoded = entity(html.mid(k + 1, semi - k - 1));
                if (!decoded.isNull() || html.mid(k + 1, semi - k - 1) == QLatin1String("zwnj")) {
                    out += decoded == QString(QChar(0xA0)) ? QStringLiteral(" ") : decoded;
                    k = semi;
                    continue;
                }
            }
            out += c;
            continue;
        }
        if (!pre && (c == u'\n' || c == u'\r' || c == u'\t' || c == u' ')) {
            if (!out.isEmpty() && !out.endsWith(u' ') && !out.endsWith(u'\n'))
                out += u' ';
            continue;
        }
        out += c;
    }
    return out.trimmed();
}

} // namespace daymark::importers
