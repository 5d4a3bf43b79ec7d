// When a diary does not open because its file is damaged: finds the newest good backup (with the password just
// typed, on the unlock worker), asks whether to put it back, and if so restores it (keeping the damaged file aside,
// never deleting it) and opens it.
#pragma once

#include "access/DiaryAccess.h"
#include "diary/BackupFolder.h"

#include <QObject>
#include <memory>

class QMessageBox;
class QWidget;

namespace daymark::ui {

class RestoreOffer : public QObject
{
    Q_OBJECT

public:
    explicit RestoreOffer(QWidget* page);
    ~RestoreOffer() override;

    // Backups are looked for in this folder (empty: beside the diary), as the settings say.
    void setBackupFolder(const QString& folder) { m_folder = folder; }
    // `access.open`, but on Error(Corrupt) it first looks for the newest good backup; runs on the worker thread.
    DiaryAccess::Function watch(const DiaryAccess& access);
    // After a Corrupt failure: when a good backup was found, asks (without blocking) whether to put it back. Returns
    // whether it asked. restoreChosen() follows a yes.
    bool offer();
    // The work for the unlock job after a yes: restore, then open the restored diary with the same password.
    std::function<std::unique_ptr<diary::Diary>()> restoreWork(const DiaryAccess& access);
    // After that work succeeded: tells the person what was done, where the damaged file is now.
    void tellIfRestored();
    // Forgets a found backup and the password kept for it.
    void reset();
    QMessageBox* question() const { return m_question; }

Q_SIGNALS:
    void restoreChosen();

private:
    struct Found;
    QWidget* m_page;
    QString m_folder;
    std::shared_ptr<Found> m_found;
    QMessageBox* m_question = nullptr;
};

} // namespace daymark::ui
