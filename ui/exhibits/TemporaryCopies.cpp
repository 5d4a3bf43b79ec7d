// POSIX permissions are set when each file is created (QFile::open with permissions), so no copy is ever readable
// by another user, not even for a moment.
#include "exhibits/TemporaryCopies.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace daymark::ui {
namespace {

constexpr qint64 kWipeChunk = 1024 * 1024;

// Only the base name's safe characters: a name from an imported file must not climb out of the folder.
QString safeName(const QString& fileName)
{
    QString name = QFileInfo(fileName).fileName();
    for (QChar& c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("exhibit") : name;
}

void overwriteAndRemove(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(kWipeChunk, '\0');
        qint64 left = file.size();
        while (left > 0) {
            const qint64 n = std::min(left, kWipeChunk);
            if (file.write(zeros.constData(), n) != n)
                break;
            left -= n;
        }
        file.flush();
#ifdef Q_OS_UNIX
        ::fsync(file.handle());
#endif
        file.close();
    }
    QFile::remove(path);
}

} // namespace

TemporaryCopies::TemporaryCopies(QString base) : m_base(std::move(base)) {}

TemporaryCopies::~TemporaryCopies()
{
    wipeAll();
}

QString TemporaryCopies::folder() const
{
    return m_folder ? m_folder->path() : QString();
}

void TemporaryCopies::ensureFolder()
{
    if (m_folder && m_folder->isValid())
        return;
    QString base = m_base;
    if (base.isEmpty())
        base = qEnvironmentVariable("XDG_RUNTIME_DIR"); // per user, 0700, in memory on most Linux systems
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::tempPath();
    // QTemporaryDir makes the folder with mode 0700 (mkdtemp).
    m_folder = std::make_unique<QTemporaryDir>(QDir(base).filePath(QStringLiteral("daymark-copies-XXXXXX")));
    if (!m_folder->isValid()) {
        const QString error = m_folder->errorString();
        m_folder.reset();
        throw Error(Error::Kind::Io,
                    tr("Daymark could not make a private folder for the copy: %1. Nothing was written.").arg(error));
    }
    m_folder->setAutoRemove(false); // wipeAll() removes it, after overwriting what is inside
    QFile::setPermissions(m_folder->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString TemporaryCopies::freePath(const QString& fileName) const
{
    const QString name = safeName(fileName);
    const QDir dir(m_folder->path());
    QString candidate = dir.filePath(name);
    const QFileInfo info(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        const QString suffix = info.completeSuffix();
        candidate =
            dir.filePath(suffix.isEmpty() ? QStringLiteral("%1 (%2)").arg(info.baseName()).arg(n)
                                          : QStringLiteral("%1 (%2).%3").arg(info.baseName()).arg(n).arg(suffix));
    }
    return candidate;
}

QString TemporaryCopies::add(const QString& fileName, const QByteArray& bytes)
{
    return add(fileName, [&bytes](QIODevice& out) {
        if (out.write(bytes) != bytes.size())
            throw Error(Error::Kind::Io, tr("The copy could not be written: %1.").arg(out.errorString()));
    });
}

QString TemporaryCopies::add(const QString& fileName, const std::function<void(QIODevice&)>& write)
{
    ensureFolder();
    const QString path = freePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw Error(Error::Kind::Io, tr("Daymark could not write the copy: %1.").arg(file.errorString()));
    m_paths << path; // from here on, wipeAll() knows about it, whatever happens next
    try {
        write(file);
        if (!file.flush())
            throw Error(Error::Kind::Io, tr("The copy could not be written: %1.").arg(file.errorString()));
        file.close();
    } catch (...) {
        file.close();
        overwriteAndRemove(path);
        m_paths.removeAll(path);
        throw;
    }
    return path;
}

void TemporaryCopies::wipeAll()
{
    for (const QString& path : std::as_const(m_paths))
        overwriteAndRemove(path);
    m_paths.clear();
    if (m_folder) {
        // Anything else a program left in the folder (a lock file, a converted copy) goes too.
        const QDir dir(m_folder->path());
        const QFileInfoList left = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QFileInfo& info : left)
            overwriteAndRemove(info.absoluteFilePath());
        m_folder->remove();
        m_folder.reset();
    }
}

} // namespace daymark::ui
