// daymark-cli backup, restore (of a backup) and copy: keeping diaries safe from damage and forgotten passwords.
#pragma once

#include <QString>
#include <QStringList>

namespace daymark {
class Error;
}

namespace daymark::cli {

class CliContext;

int runBackup(CliContext& context, const QStringList& arguments);
int runRestoreBackup(CliContext& context, const QStringList& arguments);
int runCopy(CliContext& context, const QStringList& arguments);

// `restore` serves two commands: `restore DIARY ID` (an incident) and `restore DIARY [BACKUP]` (a backup file).
// It is the backup one with DIARY alone, or when the second argument names a file: it ends in ".daymark" or holds a
// folder separator, which no incident reference (a number, an id or an id prefix) ever does.
bool isBackupRestore(const QStringList& arguments);

// For an Error(Corrupt) met opening `diary`: the same error with a sentence naming 'daymark-cli restore DIARY'.
Error withRestoreHint(const Error& error, const QString& diary);

} // namespace daymark::cli
