// Where a diary's backups live and how they are named: "<diary name>-backup-<UTC time>.daymark" in a folder beside
// the diary ("<diary file>.backups") or one the person chose. Listing, new names and keeping only the newest N.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace daymark::diary {

struct BackupFile
{
    QString path;
    QDateTime madeAt; // UTC, from the name
    qint64 size = 0;
};

class BackupFolder
{
public:
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaxKeep = 100;

    // `folder` empty: the default folder beside the diary.
    explicit BackupFolder(const QString& diaryPath, const QString& folder = {});
    static QString defaultFolderFor(const QString& diaryPath);

    const QString& diaryPath() const { return m_diaryPath; }
    const QString& path() const { return m_folder; }

    // This diary's backups in the folder, newest first. Other files are never listed (nor removed).
    QList<BackupFile> list() const;
    // A name for a backup made at `nowUtc` that no file has yet.
    QString newBackupPath(const QDateTime& nowUtc) const;
    // Removes the oldest backups beyond the newest `keep` (at least 1 is always kept); returns the removed paths.
    QStringList keepNewest(int keep) const;
    // Whether a backup made now would be this diary's first today (local time), or `everyTime` is set.
    bool isDue(const QDateTime& nowUtc, bool everyTime) const;
    // Removes copies a backup left unfinished over an hour ago (the program stopped while writing one).
    void removeUnfinished() const;
    // Creates the folder (owner-only on POSIX) if missing. Throws Error.
    void ensureExists() const;

private:
    QString m_diaryPath;
    QString m_folder;
    QString m_stem; // "<diary name>-backup-"
};

} // namespace daymark::diary
