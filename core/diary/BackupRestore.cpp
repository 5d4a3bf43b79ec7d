// A restore copies the backup first and checks the copy (not just the backup), so what becomes the diary is exactly
// what was checked; only then is the damaged file renamed aside and the copy renamed into its place.
#include "diary/BackupRestore.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "vault/DurableFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace daymark::diary::backupRestore {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

void copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The backup could not be read. Check that you may open it."), in.errorString());
    vault::DurableFile::createPrivate(to);
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(Error::Kind::Io, tr("The diary's folder could not be written to. Check that you may write there."),
                    out.errorString());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(buffer.data(), buffer.size());
        if (got < 0)
            throw Error(Error::Kind::Io, tr("The backup could not be read. Check the disk."), in.errorString());
        if (got == 0)
            break;
        if (out.write(buffer.constData(), got) != got)
            throw Error(out.error() == QFileDevice::ResourceError ? Error::Kind::DiskFull : Error::Kind::Io,
                        tr("The backup could not be copied beside the diary (is the disk full?). The diary was not "
                           "changed."),
                        out.errorString());
    }
    if (!out.flush())
        throw Error(Error::Kind::Io, tr("The backup could not be copied beside the diary. The diary was not changed."),
                    out.errorString());
    out.close();
    vault::DurableFile::sync(to);
}

} // namespace

DiaryCheckReport check(const QString& backup, const crypto::SecureBytes& password, const vault::VaultOptions& options)
{
    vault::VaultOptions readOnly = options;
    readOnly.readOnly = true;
    return Diary::open(backup, password, readOnly)->check();
}

std::optional<BackupFile> newestGood(const BackupFolder& folder, const crypto::SecureBytes& password,
                                     const vault::VaultOptions& options, QList<SkippedBackup>* skipped)
{
    for (const BackupFile& file : folder.list()) {
        QString reason;
        try {
            const DiaryCheckReport report = check(file.path, password, options);
            if (report.ok())
                return file;
            reason = tr("it is damaged (%1)").arg(report.problems().value(0));
        } catch (const Error& error) {
            reason = error.kind() == Error::Kind::WrongPassword
                         ? tr("it does not open with this password (it may have been made before a password change)")
                         : error.message();
        }
        if (skipped)
            skipped->append({file.path, reason});
    }
    return std::nullopt;
}

QString asidePathFor(const QString& diaryPath, const QDateTime& nowUtc)
{
    const QString base =
        QStringLiteral("%1.damaged-%2Z").arg(diaryPath, nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString path = base;
    for (int counter = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral("-journal")); ++counter)
        path = QStringLiteral("%1-%2").arg(base).arg(counter);
    return path;
}

RestoreOutcome restore(const QString& diaryFile, const QString& backup, const crypto::SecureBytes& password,
                       const vault::VaultOptions& options, const QDateTime& nowUtc)
{
    const QString diaryPath = QFileInfo(diaryFile).absoluteFilePath();
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(diaryPath).absoluteFilePath())
        throw Error(Error::Kind::InvalidInput,
                    tr("The backup and the diary are the same file. Name a backup file to restore."));
    if (!QFileInfo(backup).isFile())
        throw Error(Error::Kind::NotFound, tr("There is no backup file at that location. Check the name and folder."),
                    backup);
    RestoreOutcome outcome;
    outcome.backup = QFileInfo(backup).absoluteFilePath();
    const QString temp = diaryPath + QStringLiteral(".restoring");
    QFile::remove(temp); // ours: left by a restore that stopped before its last step
    try {
        copyFile(backup, temp);
        outcome.check = check(temp, password, options);
        if (!outcome.check.ok())
            throw Error(Error::Kind::Corrupt,
                        tr("That backup is damaged too, so the diary was not replaced. Try an older backup."),
                        outcome.check.problems().join(QStringLiteral("; ")));
        const QString journal = diaryPath + QStringLiteral("-journal");
        if (QFileInfo::exists(diaryPath) || QFileInfo::exists(journal)) {
            outcome.keptAside = asidePathFor(diaryPath, nowUtc);
            // A leftover journal belongs to the damaged file; beside the restored one SQLite would play it back.
            if (QFileInfo::exists(journal))
                vault::DurableFile::replace(journal, outcome.keptAside + QStringLiteral("-journal"));
            if (QFileInfo::exists(diaryPath))
                vault::DurableFile::replace(diaryPath, outcome.keptAside);
        }
        vault::DurableFile::replace(temp, diaryPath);
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    return outcome;
}

} // namespace daymark::diary::backupRestore
