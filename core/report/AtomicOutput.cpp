// Temporary name, fsync, rename: the durable-file steps the vault uses, applied to an export.
#include "report/AtomicOutput.h"

#include "common/Error.h"
#include "report/WriteFailure.h"
#include "vault/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>
#include <cerrno>

namespace daymark::report {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::report", text);
}

} // namespace

AtomicOutput::AtomicOutput(const QString& target) : m_target(target)
{
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        throw Error(Error::Kind::AlreadyExists,
                    tr("%1 already exists. Choose a new file name; Daymark never overwrites a file.").arg(target));
    if (!info.absoluteDir().exists())
        throw Error(Error::Kind::NotFound,
                    tr("The folder %1 does not exist. Choose a folder that exists.").arg(info.absolutePath()));
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_temporary = info.absoluteDir().filePath(u'.' + info.fileName() + u'.' + suffix + QStringLiteral(".part"));
    vault::DurableFile::createPrivate(m_temporary);
    m_file.setFileName(m_temporary);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        QFile::remove(m_temporary);
        throw Error(Error::Kind::Io, tr("%1 could not be written: %2.").arg(target, m_file.errorString()));
    }
}

AtomicOutput::~AtomicOutput()
{
    if (!m_committed) {
        m_file.close();
        QFile::remove(m_temporary);
    }
}

void AtomicOutput::sync()
{
    errno = 0;
    if (!m_file.flush())
        throw Error(Error::Kind::Io, tr("%1 could not be written: %2.").arg(m_target, writeFailureText(m_file, errno)));
    m_file.close();
    vault::DurableFile::sync(m_temporary);
}

void AtomicOutput::commit()
{
    if (m_file.isOpen())
        sync();
    // QFile::rename never replaces an existing file.
    if (!QFile::rename(m_temporary, m_target))
        throw Error(
            Error::Kind::AlreadyExists,
            tr("%1 could not be created (it may have appeared meanwhile). Choose a new file name.").arg(m_target));
    m_committed = true;
    vault::DurableFile::syncFolderOf(m_target);
}

} // namespace daymark::report
