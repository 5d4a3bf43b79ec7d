// The copy reads the diary's pages through SQLite's own handle on the file while a read transaction holds the
// shared lock, so no writer (in this process or another) can change the file mid-copy, and no second descriptor is
// opened on the diary (closing one would drop SQLite's POSIX locks). The bytes are the encrypted pages as they are:
// nothing is decrypted on the way, and the copy keeps the diary's salt, so the same password opens it.
#include "diary/DiaryBackup.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/DiaryChecker.h"
#include "evidence/Journal.h"
#include "vault/CipherSettings.h"
#include "vault/DurableFile.h"
#include "vault/SqlConnection.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <sqlite3.h>
#include <vector>

namespace daymark::diary {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

constexpr qint64 kChunk = 1 << 20;

void throwIfCancelled(const std::atomic<bool>* cancel)
{
    if (cancel && cancel->load())
        throw Error(Error::Kind::Cancelled, tr("The backup was cancelled; nothing was kept."));
}

// SQLite's progress callback: a non-zero answer interrupts the running statement.
int stopWhenCancelled(void* cancel)
{
    return static_cast<std::atomic<bool>*>(cancel)->load() ? 1 : 0;
}

// Ends the read transaction (releasing the shared lock) however the copy ends.
class ReadTransaction
{
public:
    explicit ReadTransaction(vault::SqlConnection& db) : m_db(db)
    {
        m_db.exec("BEGIN");
        m_db.queryInt("SELECT count(*) FROM sqlite_master"); // the first read takes the shared lock
    }
    ~ReadTransaction()
    {
        try {
            m_db.exec("COMMIT");
        } catch (const Error&) {
            // a read-only transaction has nothing to lose; the connection is closed with the handle anyway
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    vault::SqlConnection& m_db;
};

[[noreturn]] void writeFailed(const QFile& file)
{
    const bool full = file.error() == QFileDevice::ResourceError;
    throw Error(full ? Error::Kind::DiskFull : Error::Kind::Io,
                full ? tr("The disk holding the backups is full, so no backup was made. Free some space or choose "
                          "another folder for backups.")
                     : tr("The backup could not be written. Check the backup folder and its disk."),
                file.errorString());
}

} // namespace

DiaryBackup::DiaryBackup(vault::Vault& diary) : m_source(diary.openWithSameKey(diary.path(), true)) {}

DiaryBackup::~DiaryBackup() = default;

void DiaryBackup::copyUnderReadLock(const QString& target, const std::atomic<bool>* cancel, qint64& bytes)
{
    auto& db = m_source->connection();
    const ReadTransaction read(db);
    const qint64 pages = db.queryInt("PRAGMA page_count");
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        throw Error(Error::Kind::Internal, tr("The diary file could not be read for a backup."),
                    QStringLiteral("SQLITE_FCNTL_FILE_POINTER"));
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size != pages * vault::CipherSettings::kPageSize)
        throw Error(Error::Kind::Corrupt,
                    tr("The diary file is damaged: its length does not match its pages, so no backup was made and "
                       "older backups were left as they are. Restore the newest good backup."),
                    QStringLiteral("%1 bytes, %2 pages").arg(size).arg(pages));

    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        writeFailed(out);
    std::vector<char> buffer(kChunk);
    for (qint64 offset = 0; offset < size; offset += kChunk) {
        throwIfCancelled(cancel);
        const int n = int(std::min<qint64>(kChunk, size - offset));
        if (file->pMethods->xRead(file, buffer.data(), n, offset) != SQLITE_OK)
            throw Error(Error::Kind::Io, tr("Reading the diary file failed, so no backup was made. Check the disk."),
                        QStringLiteral("offset %1").arg(offset));
        if (out.write(buffer.data(), n) != n)
            writeFailed(out);
    }
    if (!out.flush())
        writeFailed(out);
    out.close();
    bytes = size;
}

BackupOutcome DiaryBackup::make(const BackupFolder& folder, int keep, const QDateTime& nowUtc,
                                const std::atomic<bool>* cancel)
{
    QElapsedTimer total;
    total.start();
    folder.ensureExists();
    folder.removeUnfinished();
    BackupOutcome outcome;
    outcome.path = folder.newBackupPath(nowUtc);
    const QString temp = outcome.path + QStringLiteral(".part");
    vault::DurableFile::createPrivate(temp);
    try {
        QElapsedTimer copy;
        copy.start();
        copyUnderReadLock(temp, cancel, outcome.bytes);
        outcome.copyMs = copy.elapsed();
        throwIfCancelled(cancel);
        vault::DurableFile::sync(temp); // outside the lock: the slow part does not hold up the diary's writers
        throwIfCancelled(cancel);
        const DiaryCheckReport report = checkCopy(temp, cancel);
        if (!report.ok())
            throw Error(Error::Kind::Corrupt,
                        tr("The backup did not pass the diary check, so it was not kept and older backups were left "
                           "as they are. The diary itself may be damaged: check it, and restore the newest good "
                           "backup if it is."),
                        report.problems().join(QStringLiteral("; ")));
        throwIfCancelled(cancel);
        vault::DurableFile::replace(temp, outcome.path);
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    outcome.removed = folder.keepNewest(keep);
    outcome.totalMs = total.elapsed();
    return outcome;
}

DiaryCheckReport DiaryBackup::checkCopy(const QString& path, const std::atomic<bool>* cancel) const
{
    const auto copy = m_source->openWithSameKey(path, true);
    if (cancel)
        sqlite3_progress_handler(copy->connection().handle(), 4096, &stopWhenCancelled,
                                 const_cast<std::atomic<bool>*>(cancel));
    DiaryCheckReport report;
    try {
        report.file = copy->check();
        evidence::Journal journal(copy->connection(), systemClock());
        report.chain = DiaryChecker(copy->connection(), journal).run(report.consistency);
        report.fingerprint = journal.fingerprint();
    } catch (const Error&) {
        throwIfCancelled(cancel); // SQLite was interrupted on purpose
        throw;
    }
    throwIfCancelled(cancel); // an interrupted step may have been read as a finding
    return report;
}

} // namespace daymark::diary
