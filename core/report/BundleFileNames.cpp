// Windows is the strictest reader of names (forbidden characters, device names, trailing dots); macOS and Windows
// both fold case, so uniqueness is checked case-insensitively.
#include "report/BundleFileNames.h"

#include <QRegularExpression>

namespace daymark::report {
namespace {

bool forbidden(QChar c)
{
    static const QString kForbidden = QStringLiteral("<>:\"/\\|?*");
    return c.unicode() < 0x20 || c.unicode() == 0x7f || kForbidden.contains(c) || c.category() == QChar::Other_Format ||
           c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
           c.category() == QChar::Separator_Paragraph;
}

bool deviceName(const QString& name)
{
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|"
                                                          "CONOUT\\$)(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(name.trimmed()).hasMatch();
}

QString trimEnd(QString text)
{
    while (!text.isEmpty() && (text.back() == u'.' || text.back().isSpace()))
        text.chop(1);
    return text;
}

} // namespace

QString safeFileName(const QString& name, int maxLength)
{
    QString clean;
    for (QChar c : name.normalized(QString::NormalizationForm_C))
        clean.append(forbidden(c) ? QChar(u'_') : c);
    clean = trimEnd(clean.trimmed());
    if (clean.isEmpty() || clean == QLatin1String("_"))
        clean = QStringLiteral("file");
    if (deviceName(clean))
        clean.prepend(u'_');
    if (clean.size() > maxLength) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const qsizetype extension = dot > 0 && clean.size() - dot <= 10 ? clean.size() - dot : 0;
        QString stem = clean.left(maxLength - extension);
        // Never cut a surrogate pair in half.
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
        clean = trimEnd(stem) + clean.right(extension);
    }
    return clean;
}

QString exhibitFileName(const QString& label, const QString& originalName)
{
    const QString prefix = safeFileName(QString(label).replace(u'/', u'-'), 20);
    const QString original = originalName.trimmed();
    return original.isEmpty() ? prefix : safeFileName(prefix + u'_' + original);
}

QString UniqueNames::claim(const QString& name)
{
    QString candidate = name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2; m_taken.contains(candidate.toCaseFolded()); ++n)
        candidate = stem + u'-' + QString::number(n) + extension;
    m_taken.insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace daymark::report
