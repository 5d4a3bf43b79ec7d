// Runs one long piece of work (an export, a bundle check) on a worker thread behind a window-modal progress dialog
// that can cancel it. The dialog keeps the person from touching the diary meanwhile: one thread uses it at a time.
#pragma once

#include "common/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QTimer;
class QWidget;

namespace daymark::ui {

class ProgressJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread: reports progress (done of total) and checks `cancel`. Throws daymark::Error.
    using Work =
        std::function<void(const std::function<void(qint64, qint64)>& progress, const std::atomic<bool>* cancel)>;

    ProgressJob(QWidget* window, QString label);
    // Cancels a run still going and waits for it, so no work outlives what it uses.
    ~ProgressJob() override;

    void start(Work work);
    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; }
    // Cancels and waits for the worker to stop (what it wrote is removed by the work itself).
    void cancelAndWait();

Q_SIGNALS:
    void succeeded();
    // `message` is a whole sentence to show as it is; Cancelled when the person cancelled.
    void failed(daymark::Error::Kind kind, const QString& message);

private:
    void finish();

    QWidget* m_window;
    QString m_label;
    QProgressDialog* m_progress = nullptr;
    QTimer* m_poll;
    QFutureWatcher<std::optional<Error>> m_watcher;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    bool m_running = false;
};

} // namespace daymark::ui
