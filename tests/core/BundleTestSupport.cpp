// Outside tools run as a person checking a bundle would run them.
#include "BundleTestSupport.h"

#include "Catch.h"
#include "TestVault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace daymark::test::bundle {

DemoBundleDiary::DemoBundleDiary(int incidents) : options{incidents, 7}, clock(diary::demoDiaryCreatedAt(options))
{
    diary = diary::Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
    diary::fillDemoDiary(*diary, clock, options);
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QString& workDir)
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void unzipTo(const QString& zip, const QString& folder)
{
    REQUIRE(QDir().mkpath(folder));
    const ToolRun run = runTool(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), folder});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

void zipFolder(const QString& folder, const QString& zip)
{
    const ToolRun run =
        runTool(QStringLiteral("zip"),
                QStringList{QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-D"), zip} + filesUnder(folder),
                folder);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace daymark::test::bundle
