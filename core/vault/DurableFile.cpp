// POSIX implementation of DurableFile (Linux, macOS, BSD).
#include "vault/DurableFile.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace daymark::vault::DurableFile {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::vault", text);
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

[[noreturn]] void throwErrno(int err, const QString& path)
{
    const QString detail = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
    switch (err) {
    case EEXIST:
        throw Error(Error::Kind::AlreadyExists,
                    tr("A file with that name already exists. Choose another name; Daymark never overwrites a file."),
                    detail);
    case EACCES:
    case EPERM:
    case EROFS:
        throw Error(Error::Kind::ReadOnly,
                    tr("Daymark may not write to that folder. Choose a folder you can write to."), detail);
    case ENOSPC:
    case EDQUOT:
        throw Error(Error::Kind::DiskFull, tr("The disk is full. Free some space and try again."), detail);
    case ENOENT:
    case ENOTDIR:
        throw Error(Error::Kind::NotFound, tr("The folder does not exist. Choose an existing folder."), detail);
    default:
        throw Error(Error::Kind::Io, tr("Writing to the disk failed. Check the disk and try again."), detail);
    }
}

void syncFd(int fd, const QString& path)
{
#if defined(__APPLE__)
    const int rc = ::fcntl(fd, F_FULLFSYNC);
#else
    const int rc = ::fsync(fd);
#endif
    if (rc != 0) {
        const int err = errno;
        ::close(fd);
        throwErrno(err, path);
    }
}

} // namespace

void createPrivate(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throwErrno(errno, path);
    ::fchmod(fd, 0600); // in case the umask was stricter than needed or the filesystem ignores the mode
    syncFd(fd, path);
    ::close(fd);
    syncFolderOf(path);
}

void sync(const QString& path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throwErrno(errno, path);
    syncFd(fd, path);
    ::close(fd);
}

void syncFolderOf(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // some filesystems do not allow opening folders; the rename itself is still atomic
    ::fsync(fd);
    ::close(fd);
}

void replace(const QString& from, const QString& to)
{
    if (::rename(native(from).constData(), native(to).constData()) != 0)
        throwErrno(errno, to);
    syncFolderOf(to);
}

void makePrivate(const QString& path)
{
    ::chmod(native(path).constData(), 0600);
}

} // namespace daymark::vault::DurableFile
