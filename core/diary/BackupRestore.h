// Putting a backup back: finding the newest backup that is good (opens with the password and passes the full
// check), and replacing a damaged diary with it while keeping the damaged file aside, never deleting it.
#pragma once

#include "crypto/SecureBytes.h"
#include "diary/BackupFolder.h"
#include "diary/DiaryCheckReport.h"
#include "vault/VaultOptions.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace daymark::diary {

struct SkippedBackup
{
    QString path;
    QString reason; // a sentence: damaged, or made under another password
};

struct RestoreOutcome
{
    QString backup;    // the backup that was put back
    QString keptAside; // where the replaced diary now is; empty when there was no file to replace
    DiaryCheckReport check;
};

namespace backupRestore {

// Opens `backup` read-only with `password` and runs the full check. Throws Error when it does not open (wrong
// password: Error(WrongPassword); damaged beyond opening: Error(Corrupt) and the like).
DiaryCheckReport check(const QString& backup, const crypto::SecureBytes& password, const vault::VaultOptions& options);

// The newest backup in `folder` that opens with `password` and passes the check; `skipped` gets the newer ones that
// did not, with the reason. Takes one key derivation per backup tried.
std::optional<BackupFile> newestGood(const BackupFolder& folder, const crypto::SecureBytes& password,
                                     const vault::VaultOptions& options, QList<SkippedBackup>* skipped = nullptr);

// Where the diary is kept aside when replaced: "<diary>.damaged-<UTC time>", never an existing name.
QString asidePathFor(const QString& diaryPath, const QDateTime& nowUtc);

// Copies `backup` beside the diary, checks the copy with `password` (Error(Corrupt) and nothing changed if it fails),
// moves the diary (and a leftover "-journal" beside it) aside, and puts the copy in its place. The diary must not be
// open. The backup file itself stays where it is.
RestoreOutcome restore(const QString& diaryPath, const QString& backup, const crypto::SecureBytes& password,
                       const vault::VaultOptions& options, const QDateTime& nowUtc);

} // namespace backupRestore
} // namespace daymark::diary
