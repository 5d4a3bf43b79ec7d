// Running daymark-cli from tests; see CliRunner.h.
#include "CliRunner.h"

#include "Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <sys/stat.h>

namespace daymark::test::cli {
namespace {

const QString kInsecureWarning = QStringLiteral("WARNING: insecure test-only key-derivation settings");

QStringList linesOf(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

QString cliPath()
{
    return QStringLiteral(DAYMARK_CLI_PATH);
}

QString failWritePreloadPath()
{
    return QStringLiteral(DAYMARK_FAILWRITE_PRELOAD_PATH);
}

QStringList CliResult::errorLines() const
{
    QStringList lines;
    for (const QString& line : linesOf(err)) {
        if (!line.startsWith(kInsecureWarning))
            lines << line;
    }
    return lines;
}

int CliResult::insecureWarnings() const
{
    int count = 0;
    for (const QString& line : linesOf(err))
        count += line.startsWith(kInsecureWarning) ? 1 : 0;
    return count;
}

std::string CliResult::describe() const
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3--- stderr:\n%4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed or killed)") : QString())
        .arg(out, err)
        .toStdString();
}

CliEnv::CliEnv(bool fastKdf) : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const QString& name : m_env.keys()) {
        if (name.startsWith(QLatin1String("DAYMARK_")) || name.startsWith(QLatin1String("FAILWRITE_")) ||
            name == QLatin1String("LD_PRELOAD"))
            m_env.remove(name);
    }
    if (fastKdf)
        m_env.insert(QStringLiteral("DAYMARK_INSECURE_TEST_KDF"), QStringLiteral("1"));
}

CliEnv CliEnv::fast()
{
    return CliEnv(true);
}

CliEnv CliEnv::real()
{
    return CliEnv(false);
}

CliEnv& CliEnv::password(const QString& password)
{
    return set(QStringLiteral("DAYMARK_PASSWORD"), password);
}

CliEnv& CliEnv::newPassword(const QString& password)
{
    return set(QStringLiteral("DAYMARK_NEW_PASSWORD"), password);
}

CliEnv& CliEnv::set(const QString& name, const QString& value)
{
    m_env.insert(name, value);
    return *this;
}

CliEnv& CliEnv::unset(const QString& name)
{
    m_env.remove(name);
    return *this;
}

CliEnv& CliEnv::diskFullAfter(qint64 bytes)
{
    set(QStringLiteral("LD_PRELOAD"), failWritePreloadPath());
    return set(QStringLiteral("FAILWRITE_AFTER_BYTES"), QString::number(bytes));
}

namespace {

CliResult finish(QProcess& process)
{
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

} // namespace

std::vector<CliResult> runCliBatch(const std::vector<CliInvocation>& runs, int jobs)
{
    std::vector<CliResult> results(runs.size());
    std::vector<std::unique_ptr<QProcess>> processes(runs.size());
    size_t started = 0;
    for (size_t done = 0; done < runs.size(); ++done) {
        for (; started < runs.size() && started < done + size_t(jobs); ++started) {
            processes[started] = std::make_unique<QProcess>();
            processes[started]->setProcessEnvironment(runs[started].env.environment());
            processes[started]->start(cliPath(), runs[started].arguments);
            processes[started]->closeWriteChannel();
        }
        results[done] = finish(*processes[done]);
        processes[done].reset();
    }
    return results;
}

CliResult runProgram(const QString& program, const QStringList& arguments, const CliEnv& env, const QString& workDir)
{
    QProcess process;
    process.setProcessEnvironment(env.environment());
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.crashed = true;
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    return finish(process);
}

CliResult runCli(const QStringList& arguments, const CliEnv& env, const QString& workDir)
{
    return runProgram(cliPath(), arguments, env, workDir);
}

QString createDiary(const QString& path, const QString& password, const CliEnv& env)
{
    CliEnv withPassword = env;
    const CliResult result = runCli({QStringLiteral("create"), path}, withPassword.password(password));
    INFO("create " << path.toStdString() << ": " << result.describe());
    REQUIRE(result.exitCode == 0);
    REQUIRE(QFileInfo::exists(path));
    return path;
}

CliResult checkDiary(const QString& path, const QString& password, const CliEnv& env)
{
    CliEnv withPassword = env;
    return runCli({QStringLiteral("check"), path}, withPassword.password(password));
}

bool isErrorSentence(const QString& line)
{
    static const QString prefix = QStringLiteral("daymark-cli: ");
    if (!line.startsWith(prefix) || line.size() < prefix.size() + 10)
        return false;
    // Some usage messages start in lower case ("daymark-cli: no command given."), as Unix tools often do.
    // A sentence may end by naming the command that helps ("... To put back its newest good backup, run:
    // daymark-cli restore DIARY"), which takes no full stop so it can be copied as it is.
    const bool endsWithCommand =
        line.contains(QLatin1String(". ")) && line.contains(QLatin1String("run: daymark-cli "));
    return line.at(prefix.size()).isLetter() && (line.endsWith(QLatin1Char('.')) || endsWithCommand) &&
           line.count(QLatin1Char(' ')) >= 3;
}

bool reportsSound(const CliResult& result)
{
    return result.exitCode == 0 && result.out.contains(QLatin1String(": sound")) &&
           !result.out.contains(QLatin1String(": damaged"));
}

bool explainsFailure(const CliResult& result)
{
    const QStringList errors = result.errorLines();
    if (!errors.isEmpty())
        return isErrorSentence(errors.first());
    return result.out.contains(QLatin1String(": damaged."));
}

FileStamp stampOf(const QString& path)
{
    FileStamp stamp;
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return stamp;
    stamp.exists = true;
    stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    stamp.inode = st.st_ino;
    stamp.mode = st.st_mode;
    if (S_ISREG(st.st_mode))
        stamp.bytes = readBytes(path);
    return stamp;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace daymark::test::cli
