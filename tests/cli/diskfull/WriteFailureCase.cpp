// The diary and runner for the write-failure tests (see WriteFailureCase.h).
#include "WriteFailureCase.h"

#include "Catch.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace daymark::test::cli {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

qint64 bytesWritten(const CliResult& result)
{
    static const QRegularExpression pattern(QStringLiteral("failwrite: (\\d+) bytes written"));
    const auto match = pattern.match(result.err);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

std::vector<qint64> budgetsBelow(qint64 needed, bool exactEnd)
{
    std::vector<qint64> budgets{0, 100, 4096, needed / 4, needed / 2, needed * 3 / 4, needed - 4096};
    if (exactEnd)
        budgets.push_back(needed - 1);
    std::sort(budgets.begin(), budgets.end());
    budgets.erase(std::unique(budgets.begin(), budgets.end()), budgets.end());
    std::erase_if(budgets, [needed](qint64 b) { return b < 0 || b >= needed; });
    return budgets;
}

WriteFailureCase::WriteFailureCase()
{
    REQUIRE(m_dir.isValid());
    m_diary = createDiary(path(s("d.daymark")), s("pw"));
    const CliEnv plain = env(-1);
    for (const auto& [at, summary] : {std::pair{"2026-03-01T21:15", "Withheld number, twice"},
                                      std::pair{"2026-03-02T08:40", "Parked opposite the house"}}) {
        const CliResult added = run({s("add"), m_diary, s("--type"), s("call"), s("--at"), s(at), s("--summary"),
                                     s(summary), s("--details"), s("He said he knows where I work.")},
                                    plain);
        INFO(added.describe());
        REQUIRE(added.exitCode == 0);
    }
    const CliResult amended = run({s("amend"), m_diary, s("#1"), s("--summary"), s("Withheld number, three times"),
                                   s("--reason"), s("Miscounted the calls")},
                                  plain);
    INFO(amended.describe());
    REQUIRE(amended.exitCode == 0);
    QByteArray photo(100 * 1024, '\0');
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 2654435761u) >> 11);
    writeBytes(path(s("photo.jpg")), photo);
    const CliResult attached = run({s("attach"), m_diary, s("2"), path(s("photo.jpg"))}, plain);
    INFO(attached.describe());
    REQUIRE(attached.exitCode == 0);
}

CliEnv WriteFailureCase::env(qint64 budget, WriteFailure failure, bool counting) const
{
    CliEnv env = CliEnv::fast();
    env.password(s("pw"));
    if (budget >= 0)
        env.diskFullAfter(budget);
    if (counting)
        env.set(s("LD_PRELOAD"), failWritePreloadPath()).set(s("FAILWRITE_REPORT"), s("1"));
    if (failure == WriteFailure::IoError)
        env.set(s("FAILWRITE_ERRNO"), s("EIO"));
    return env;
}

CliResult WriteFailureCase::run(const QStringList& arguments, const CliEnv& env) const
{
    return runCli(arguments, env, m_dir.path());
}

QString WriteFailureCase::state() const
{
    QString all;
    for (const QStringList& arguments :
         {QStringList{s("fingerprint"), m_diary}, QStringList{s("list"), m_diary, s("--json")},
          QStringList{s("exhibits"), m_diary, s("--json")}}) {
        const CliResult result = run(arguments, env(-1));
        INFO(result.describe());
        REQUIRE(result.exitCode == 0);
        all += result.out;
    }
    return all;
}

CliResult WriteFailureCase::check() const
{
    return checkDiary(m_diary, s("pw"));
}

QString WriteFailureCase::copy(const QString& name) const
{
    const QString target = path(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(m_diary, target));
    return target;
}

bool explainsWriteFailure(const CliResult& result, WriteFailure failure)
{
    // One sentence (attach puts "FILE was not attached." before the reason), at most one more line.
    QStringList lines = result.errorLines();
    // Qt's own notice when XDG_RUNTIME_DIR is unset (test environments) is not the command's message.
    lines.removeIf([](const QString& line) { return line.startsWith(QLatin1String("QStandardPaths: ")); });
    if (result.exitCode != 5 || lines.isEmpty() || lines.size() > 2 ||
        !lines.first().startsWith(QLatin1String("daymark-cli: ")))
        return false;
    // A sentence: a letter first (or the path of the file it is about), a full stop last.
    const QString last = lines.size() == 1 ? lines.last().mid(13) : lines.last();
    if (last.isEmpty() || !(last.front().isLetter() || last.front() == QLatin1Char('/')) ||
        !last.endsWith(QLatin1Char('.')))
        return false;
    const QString text = lines.join(QLatin1Char(' '));
    const bool saysFull = text.contains(QLatin1String("disk is full"));
    // Exports name the file and say there is no space left, in the system's words or their own.
    const bool saysNoSpace = saysFull || text.contains(QLatin1String("space"), Qt::CaseInsensitive);
    return failure == WriteFailure::DiskFull ? saysNoSpace : !saysFull;
}

} // namespace daymark::test::cli
