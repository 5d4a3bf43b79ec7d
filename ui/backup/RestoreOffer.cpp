// The password is kept (in wiped memory) only from the failed unlock until the question is answered, so the backup
// can be checked and restored without asking for it again.
#include "backup/RestoreOffer.h"

#include "common/Error.h"
#include "diary/BackupRestore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <mutex>
#include <optional>

namespace daymark::ui {
namespace {

// secure_vector's allocator wipes the memory it gives back.
void forget(crypto::SecureBytes& secret)
{
    crypto::SecureBytes().swap(secret);
}

} // namespace

struct RestoreOffer::Found
{
    std::mutex mutex;
    QString diary;
    std::optional<diary::BackupFile> backup;
    crypto::SecureBytes password;
    diary::RestoreOutcome outcome;
    bool restored = false;
};

RestoreOffer::RestoreOffer(QWidget* page) : QObject(page), m_page(page), m_found(std::make_shared<Found>()) {}

RestoreOffer::~RestoreOffer()
{
    reset();
}

void RestoreOffer::reset()
{
    delete m_question;
    m_question = nullptr;
    auto found = std::make_shared<Found>();
    std::swap(found, m_found);
    const std::lock_guard lock(found->mutex);
    found->backup.reset();
    forget(found->password);
}

DiaryAccess::Function RestoreOffer::watch(const DiaryAccess& access)
{
    reset();
    return [open = access.open, found = m_found, folder = m_folder](
               const QString& path, const crypto::SecureBytes& password, const vault::VaultOptions& options) {
        try {
            return open(path, password, options);
        } catch (const Error& error) {
            if (error.kind() == Error::Kind::Corrupt) {
                auto good = diary::backupRestore::newestGood(diary::BackupFolder(path, folder), password, options);
                const std::lock_guard lock(found->mutex);
                found->diary = path;
                found->backup = std::move(good);
                if (found->backup)
                    found->password = password;
            }
            throw;
        }
    };
}

bool RestoreOffer::offer()
{
    QString backupPath;
    QDateTime madeAt;
    {
        const std::lock_guard lock(m_found->mutex);
        if (!m_found->backup)
            return false;
        backupPath = m_found->backup->path;
        madeAt = m_found->backup->madeAt;
    }
    delete m_question;
    m_question = new QMessageBox(QMessageBox::Question, tr("Put back a backup?"),
                                 tr("This diary file is damaged. A good backup of it from %1 opens with your "
                                    "password.")
                                     .arg(QLocale().toString(madeAt.toLocalTime(), QLocale::LongFormat)),
                                 QMessageBox::NoButton, m_page);
    m_question->setObjectName(QStringLiteral("restoreBackupQuestion"));
    m_question->setInformativeText(
        tr("Putting it back replaces the damaged file, which is kept beside it (renamed, never deleted). Anything "
           "written after %1 is not in the backup.")
            .arg(QLocale().toString(madeAt.toLocalTime(), QLocale::ShortFormat)));
    m_question->setDetailedText(QDir::toNativeSeparators(backupPath));
    auto* restore = m_question->addButton(tr("&Put back the backup"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_question->addButton(tr("&Not now"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("restoreNotNow"));
    m_question->setDefaultButton(restore);
    m_question->setWindowModality(Qt::WindowModal);
    connect(m_question, &QMessageBox::finished, this, [this, restore] {
        const bool chosen = m_question && m_question->clickedButton() == restore;
        m_question->deleteLater();
        m_question = nullptr;
        if (chosen)
            Q_EMIT restoreChosen();
        else
            reset();
    });
    m_question->open();
    return true;
}

std::function<std::unique_ptr<diary::Diary>()> RestoreOffer::restoreWork(const DiaryAccess& access)
{
    return [found = m_found, open = access.open, options = access.options]() {
        QString diaryPath;
        QString backup;
        crypto::SecureBytes password;
        {
            const std::lock_guard lock(found->mutex);
            if (!found->backup)
                throw Error(Error::Kind::Internal, tr("There is no backup to put back."));
            diaryPath = found->diary;
            backup = found->backup->path;
            password = found->password;
        }
        diary::RestoreOutcome outcome;
        std::unique_ptr<diary::Diary> opened;
        try {
            outcome =
                diary::backupRestore::restore(diaryPath, backup, password, options, QDateTime::currentDateTimeUtc());
            opened = open(diaryPath, password, options);
        } catch (...) {
            forget(password);
            const std::lock_guard lock(found->mutex);
            found->backup.reset(); // not offered again
            forget(found->password);
            throw;
        }
        forget(password);
        const std::lock_guard lock(found->mutex);
        found->outcome = std::move(outcome);
        found->restored = true;
        forget(found->password);
        return opened;
    };
}

void RestoreOffer::tellIfRestored()
{
    diary::RestoreOutcome outcome;
    {
        const std::lock_guard lock(m_found->mutex);
        if (!m_found->restored)
            return;
        outcome = m_found->outcome;
    }
    reset();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Backup put back"),
                                tr("The diary was put back from its backup and passed the full check."),
                                QMessageBox::Ok, m_page->window());
    box->setObjectName(QStringLiteral("backupRestoredNote"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        outcome.keptAside.isEmpty()
            ? QString()
            : tr("The damaged file is kept as %1. Delete it only once you are sure you do not need it.")
                  .arg(QFileInfo(outcome.keptAside).fileName()));
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace daymark::ui
