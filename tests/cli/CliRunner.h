// Running the built daymark-cli from tests: a clean environment, the result of a run, and file snapshots that show
// whether a command left a file untouched.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace daymark::test::cli {

QString cliPath();
QString failWritePreloadPath();

// What one run of a program printed and how it ended.
struct CliResult
{
    int exitCode = -1; // -1 when the process crashed, was killed or did not finish
    bool crashed = false;
    QString out;
    QString err;

    // stderr without the warning that test-only key-derivation settings print each time they are used.
    QStringList errorLines() const;
    int insecureWarnings() const;
    // A short account for Catch's INFO/CAPTURE when an assertion fails.
    std::string describe() const;
};

// The environment daymark-cli runs in: the test's own, minus anything that would change its behaviour
// (DAYMARK_*, LD_PRELOAD, FAILWRITE_*), plus what a test sets.
class CliEnv
{
public:
    // DAYMARK_INSECURE_TEST_KDF=1: tiny key-derivation settings, for speed.
    static CliEnv fast();
    // The real key derivation (~0.75 s, 128 MiB per password).
    static CliEnv real();

    CliEnv& password(const QString& password);
    CliEnv& newPassword(const QString& password);
    CliEnv& set(const QString& name, const QString& value);
    CliEnv& unset(const QString& name);
    // Runs the program with the failwrite preload: writes to regular files fail with ENOSPC after `bytes` bytes.
    CliEnv& diskFullAfter(qint64 bytes);

    const QProcessEnvironment& environment() const { return m_env; }

private:
    explicit CliEnv(bool fastKdf);
    QProcessEnvironment m_env;
};

// Runs daymark-cli with `arguments` (stdin is a pipe, never a terminal) and waits up to a minute.
CliResult runCli(const QStringList& arguments, const CliEnv& env, const QString& workDir = {});
// Runs any program the same way (setpriv, unshare, sh, python3 in front of or beside the CLI).
CliResult runProgram(const QString& program, const QStringList& arguments, const CliEnv& env,
                     const QString& workDir = {});

// Runs daymark-cli once per invocation, `jobs` at a time; the results come back in the same order.
struct CliInvocation
{
    QStringList arguments;
    CliEnv env;
};
std::vector<CliResult> runCliBatch(const std::vector<CliInvocation>& runs, int jobs = 4);

// Creates a diary with daymark-cli and requires it to succeed. Returns its path.
QString createDiary(const QString& path, const QString& password, const CliEnv& env = CliEnv::fast());
// daymark-cli check with the given password.
CliResult checkDiary(const QString& path, const QString& password, const CliEnv& env = CliEnv::fast());

// "daymark-cli: " followed by a sentence: a letter first, a few words, a full stop last.
bool isErrorSentence(const QString& line);
// check's verdict: exit 0 and "DIARY: sound" on stdout.
bool reportsSound(const CliResult& result);
// The run explains its failure: an error sentence on stderr, or check's "damaged" report on stdout.
bool explainsFailure(const CliResult& result);

// Everything a test needs to tell whether a file was touched: its bytes, mtime (ns), inode and mode.
struct FileStamp
{
    bool exists = false;
    QByteArray bytes;
    qint64 mtimeNs = 0;
    ino_t inode = 0;
    mode_t mode = 0;
    bool operator==(const FileStamp&) const = default;
};
FileStamp stampOf(const QString& path);

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);
// The names in a folder, sorted, without "." and "..".
QStringList entriesOf(const QString& folder);

} // namespace daymark::test::cli
