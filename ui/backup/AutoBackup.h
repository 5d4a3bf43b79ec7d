// The automatic backup made when a diary is unlocked, when the settings say one is due (at most once a day by
// default). It runs on a worker thread with its own handle on the diary, so the diary stays usable meanwhile.
#pragma once

#include "common/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QWidget;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class AppSettings;

class AutoBackup : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        bool enabled = true;
        bool everyUnlock = false;
        QString folder; // empty: beside the diary
        int keep = 7;
    };
    static Plan planFrom(const AppSettings& settings);

    // A failure is told to the person in a message over `window` (a backup that silently stops is worse than none).
    explicit AutoBackup(QWidget* window);
    // Cancels a backup still going and waits for it (a moment: it stops between chunks and removes its copy).
    ~AutoBackup() override;

    // Starts a backup of the just-unlocked `diary` if `plan` says one is due. Returns whether one started.
    bool diaryUnlocked(diary::Diary& diary, const Plan& plan);
    bool isRunning() const { return m_running; }
    void cancelAndWait();

Q_SIGNALS:
    void finished(const QString& backupPath);
    // `message` is a whole sentence; Corrupt means the diary itself did not pass the check.
    void failed(daymark::Error::Kind kind, const QString& message);

private:
    struct Outcome
    {
        QString path;
        std::optional<Error> error;
    };
    void finish();
    void tell(Error::Kind kind, const QString& message);

    QWidget* m_window;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace daymark::ui
