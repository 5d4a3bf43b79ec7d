// The backup's own handle (and copy of the key) is made here on the UI thread, where the diary lives; the worker
// never touches the diary object, so locking the diary meanwhile is safe.
#include "backup/AutoBackup.h"

#include "diary/BackupFolder.h"
#include "diary/Diary.h"
#include "diary/DiaryBackup.h"
#include "settings/AppSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

AutoBackup::Plan AutoBackup::planFrom(const AppSettings& settings)
{
    return {settings.backupsEnabled(), settings.backupEveryUnlock(), settings.backupFolder(), settings.backupsToKeep()};
}

AutoBackup::AutoBackup(QWidget* window) : QObject(window), m_window(window)
{
    connect(this, &AutoBackup::failed, this, &AutoBackup::tell);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &AutoBackup::finish);
}

AutoBackup::~AutoBackup()
{
    m_watcher.disconnect(this);
    cancelAndWait();
}

void AutoBackup::cancelAndWait()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool AutoBackup::diaryUnlocked(diary::Diary& diary, const Plan& plan)
{
    if (!plan.enabled || m_running || diary.vault().isReadOnly())
        return false;
    const diary::BackupFolder folder(diary.vault().path(), plan.folder);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!folder.isDue(now, plan.everyUnlock))
        return false;
    std::shared_ptr<diary::DiaryBackup> backup;
    try {
        backup = std::make_shared<diary::DiaryBackup>(diary.vault());
    } catch (const Error& error) {
        Q_EMIT failed(error.kind(), error.message());
        return false;
    }
    m_cancel = false;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([backup, folder, now, keep = plan.keep, cancel = &m_cancel]() {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->path = backup->make(folder, keep, now, cancel).path;
        } catch (const Error& error) {
            outcome->error = error;
        } catch (...) {
            outcome->error = Error(Error::Kind::Internal, tr("The automatic backup failed unexpectedly."));
        }
        return outcome;
    }));
    return true;
}

void AutoBackup::finish()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (outcome->error) {
        if (outcome->error->kind() != Error::Kind::Cancelled)
            Q_EMIT failed(outcome->error->kind(), outcome->error->message());
        return;
    }
    Q_EMIT finished(outcome->path);
}

void AutoBackup::tell(Error::Kind kind, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("No backup was made"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("autoBackupProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(kind == Error::Kind::Corrupt
                                ? tr("Older backups were kept as they were. Write as little as possible to this "
                                     "diary and get help: the newest good backup can be put back with "
                                     "'daymark-cli restore' (the damaged file is kept aside).")
                                : tr("Check the backup folder and the number of backups in Settings."));
    box->open();
}

} // namespace daymark::ui
