// Files are read whole: the folders scanned are a fresh HOME and TMPDIR of one test session, a few megabytes.
#include "ProcessScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace daymark::test::safety {

QString guiPath()
{
    return QStringLiteral(DAYMARK_GUI_PATH);
}

QString canarySessionPath()
{
    return QStringLiteral(DAYMARK_CANARY_SESSION_PATH);
}

QList<QByteArray> encodingsOf(const QString& text)
{
    QByteArray le;
    QByteArray be;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        le.append(static_cast<char>(u & 0xff)).append(static_cast<char>(u >> 8));
        be.append(static_cast<char>(u >> 8)).append(static_cast<char>(u & 0xff));
    }
    return {text.toUtf8(), le, be};
}

QStringList filesContaining(const QString& folder, const QList<QByteArray>& needles, const QStringList& skip,
                            int* filesRead)
{
    QStringList found;
    if (QFileInfo(folder).isFile()) { // an entry of /tmp may be a file
        QFile file(folder);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        for (const QByteArray& needle : needles)
            if (bytes.contains(needle) || folder.toUtf8().contains(needle))
                return {folder};
        return {};
    }
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int read = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        bool skipped = false;
        for (const QString& s : skip)
            skipped |= path == s || path.startsWith(s + QLatin1Char('/'));
        if (skipped)
            continue;
        for (const QByteArray& needle : needles)
            if (path.toUtf8().contains(needle)) {
                found << path;
                break;
            }
        if (!info.isFile() || info.isSymLink())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++read;
        const QByteArray bytes = file.readAll();
        for (const QByteArray& needle : needles)
            if (bytes.contains(needle)) {
                found << path;
                break;
            }
    }
    if (filesRead)
        *filesRead = read;
    found.removeDuplicates();
    return found;
}

} // namespace daymark::test::safety
