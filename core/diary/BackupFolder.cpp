// Backup names carry their time (UTC, to the second, with a counter for two in one second), so sorting by name is
// sorting by age and nothing needs to be read from inside the encrypted files to list them.
#include "diary/BackupFolder.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace daymark::diary {
namespace {

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

BackupFolder::BackupFolder(const QString& diaryPath, const QString& folder)
    : m_diaryPath(QFileInfo(diaryPath).absoluteFilePath()),
      m_folder(QDir::cleanPath(QFileInfo(folder.isEmpty() ? defaultFolderFor(diaryPath) : folder).absoluteFilePath())),
      m_stem(QFileInfo(diaryPath).completeBaseName() + QStringLiteral("-backup-"))
{}

QString BackupFolder::defaultFolderFor(const QString& diaryPath)
{
    return QFileInfo(diaryPath).absoluteFilePath() + QStringLiteral(".backups");
}

QList<BackupFile> BackupFolder::list() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1(\\d{8}-\\d{6})Z(?:-(\\d+))?\\.daymark$").arg(QRegularExpression::escape(m_stem)));
    struct Found
    {
        BackupFile file;
        int counter;
    };
    std::vector<Found> found;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const auto match = pattern.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(match.captured(1), kTimeFormat);
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        found.push_back({{entry.absoluteFilePath(), at, entry.size()}, match.captured(2).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.file.madeAt != b.file.madeAt ? a.file.madeAt > b.file.madeAt : a.counter > b.counter;
    });
    QList<BackupFile> files;
    for (const Found& f : found)
        files << f.file;
    return files;
}

QString BackupFolder::newBackupPath(const QDateTime& nowUtc) const
{
    const QString stamp = nowUtc.toUTC().toString(kTimeFormat);
    const QDir folder(m_folder);
    QString name = QStringLiteral("%1%2Z.daymark").arg(m_stem, stamp);
    for (int counter = 2;
         QFileInfo::exists(folder.filePath(name)) || QFileInfo::exists(folder.filePath(name + QStringLiteral(".part")));
         ++counter)
        name = QStringLiteral("%1%2Z-%3.daymark").arg(m_stem, stamp).arg(counter);
    return folder.filePath(name);
}

QStringList BackupFolder::keepNewest(int keep) const
{
    const QList<BackupFile> files = list();
    QStringList removed;
    for (qsizetype i = std::max(keep, 1); i < files.size(); ++i)
        if (QFile::remove(files.at(i).path))
            removed << files.at(i).path;
    return removed;
}

bool BackupFolder::isDue(const QDateTime& nowUtc, bool everyTime) const
{
    if (everyTime)
        return true;
    const QList<BackupFile> files = list();
    if (files.isEmpty())
        return true;
    const QDateTime newest = files.constFirst().madeAt;
    // A backup "from the future" (the clock was wrong) must not stop backups for good.
    return newest.toLocalTime().date() != nowUtc.toLocalTime().date() || newest > nowUtc.addSecs(3600);
}

void BackupFolder::removeUnfinished() const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1\\d{8}-\\d{6}Z(?:-\\d+)?\\.daymark\\.part$").arg(QRegularExpression::escape(m_stem)));
    // Only old ones: a fresh one may be another Daymark's backup still being written.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& entry : QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden))
        if (pattern.match(entry.fileName()).hasMatch() && entry.lastModified().toUTC() < before)
            QFile::remove(entry.absoluteFilePath());
}

void BackupFolder::ensureExists() const
{
    const QFileInfo info(m_folder);
    if (info.isDir())
        return;
    if (info.exists())
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::diary",
                                                "The backup folder's name is taken by a file. Choose another folder "
                                                "for backups."),
                    m_folder);
    if (!QDir().mkpath(m_folder))
        throw Error(Error::Kind::ReadOnly,
                    QCoreApplication::translate("daymark::diary",
                                                "The backup folder could not be made. Choose a folder you can "
                                                "write to for backups."),
                    m_folder);
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace daymark::diary
