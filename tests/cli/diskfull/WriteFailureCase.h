// A diary with something in it, and the means to run one daymark-cli command on it with the disk failing after a
// byte budget (tests/cli/FailWritePreload.cpp): full (ENOSPC) or failing (EIO).
#pragma once

#include "CliRunner.h"

#include <QStringList>
#include <vector>

namespace daymark::test::cli {

enum class WriteFailure { DiskFull, IoError };

// How many bytes a run wrote to regular files, as the preload reports with FAILWRITE_REPORT=1; -1 when not told.
qint64 bytesWritten(const CliResult& result);

// Budgets from nothing to one byte short of `needed` (4 KiB short unless `exactEnd`: an export's size varies by a few
// bytes from run to run), spread over the run.
std::vector<qint64> budgetsBelow(qint64 needed, bool exactEnd = true);

class WriteFailureCase
{
public:
    // A diary (password "pw") with two incidents, a person-free history of one amendment, and one exhibit.
    WriteFailureCase();

    const QString& diary() const { return m_diary; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString folder() const { return m_dir.path(); }

    // The environment a command runs in: fast key derivation, password "pw", and the failure after `budget`
    // bytes (none when negative). `counting` makes the preload report what was written.
    CliEnv env(qint64 budget, WriteFailure failure = WriteFailure::DiskFull, bool counting = false) const;
    CliResult run(const QStringList& arguments, const CliEnv& env) const;

    // What a failed command must leave as it was: the journal head (the fingerprint) and every incident and
    // exhibit as `list --json` and `exhibits --json` print them.
    QString state() const;
    // `check` with password "pw": the file, the journal chain and the data against the journal.
    CliResult check() const;

    // Copies the diary to `name` in the same folder, for measuring a run without changing the diary under test.
    QString copy(const QString& name) const;

private:
    QTemporaryDir m_dir;
    QString m_diary;
};

// Exit 5 and the sentence a failed command must print: for a full disk it says there is no space; for an I/O
// error it must not claim the disk is full.
bool explainsWriteFailure(const CliResult& result, WriteFailure failure);

} // namespace daymark::test::cli
