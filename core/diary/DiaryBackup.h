// Making one encrypted backup of an open diary: a byte-for-byte copy of the file taken under a read lock, flushed to
// the disk, and checked like `daymark-cli check` before it gets its name; then the oldest backups beyond N go.
#pragma once

#include "diary/BackupFolder.h"
#include "diary/DiaryCheckReport.h"

#include <QDateTime>
#include <QStringList>
#include <atomic>
#include <memory>

namespace daymark::vault {
class Vault;
}

namespace daymark::diary {

struct BackupOutcome
{
    QString path;        // the new backup
    qint64 bytes = 0;    // its size
    qint64 copyMs = 0;   // time holding the read lock while copying
    qint64 totalMs = 0;  // copy, flush, check and rotation
    QStringList removed; // older backups removed to keep N
};

class DiaryBackup
{
public:
    // Takes a second, read-only handle on the diary's file under its key (no key derivation), so make() may run on
    // another thread while the diary stays in use. Construct it on the thread that uses the diary.
    explicit DiaryBackup(vault::Vault& diary);
    ~DiaryBackup();
    DiaryBackup(const DiaryBackup&) = delete;
    DiaryBackup& operator=(const DiaryBackup&) = delete;

    // Writes a new backup into `folder` and keeps the newest `keep`. The copy has the diary's salt and key: it opens
    // with the same password. A copy that does not pass the full check is removed and nothing older is touched (the
    // diary itself is then damaged: Error(Corrupt)). `cancel` set: Error(Cancelled), nothing left behind.
    BackupOutcome make(const BackupFolder& folder, int keep, const QDateTime& nowUtc,
                       const std::atomic<bool>* cancel = nullptr);

    // The full check (file, journal chain, data against the journal) of a file with this diary's key and salt.
    // `cancel` set: SQLite stops the check within a few thousand steps (a lock must not wait for it).
    DiaryCheckReport checkCopy(const QString& path, const std::atomic<bool>* cancel = nullptr) const;

private:
    void copyUnderReadLock(const QString& target, const std::atomic<bool>* cancel, qint64& bytes);

    std::unique_ptr<vault::Vault> m_source;
};

} // namespace daymark::diary
