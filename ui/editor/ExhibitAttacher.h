// Attaches files (or bytes already in memory, such as a pasted screenshot) to an incident on a worker thread, with
// a progress dialog that can cancel. While it runs, the dialog is window-modal over the editor and the caller keeps
// everything else away from the diary: one thread uses the diary at a time.
#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QUuid>
#include <atomic>

class QProgressDialog;
class QTimer;
class QWidget;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

// One thing to attach: a file on disk (path), or bytes in memory (data and name).
struct AttachItem
{
    QString path;
    QByteArray data;
    QString name;
    QString howObtained = QStringLiteral("other");

    QString displayName() const;
    qint64 size() const;
};

struct AttachOutcome
{
    QStringList added;    // "JS/3 (photo.jpg)"
    QStringList existing; // already exhibits; now linked to this incident too
    QStringList failures; // one sentence each, naming the file
    QStringList notTried; // left when the person cancelled
    bool cancelled = false;
};

class ExhibitAttacher : public QObject
{
    Q_OBJECT

public:
    // `window` is the window the progress dialog belongs to.
    ExhibitAttacher(diary::Diary& diary, QWidget* window);
    // Cancels a run still going and waits for it: the diary must not be used after its owner has gone.
    ~ExhibitAttacher() override;

    void start(const QUuid& incident, const QList<AttachItem>& items);
    bool isRunning() const { return m_running; }
    // Asks the worker to stop after the part it is writing; nothing half-written is kept.
    void cancel();

Q_SIGNALS:
    void finished(const daymark::ui::AttachOutcome& outcome);

private:
    void finish();
    void showProgress();

    diary::Diary& m_diary;
    QWidget* m_window;
    QProgressDialog* m_progress = nullptr;
    QTimer* m_poll;
    QFutureWatcher<AttachOutcome> m_watcher;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<int> m_current{0};
    qint64 m_total = 0;
    QStringList m_names;
    bool m_running = false;
};

} // namespace daymark::ui
