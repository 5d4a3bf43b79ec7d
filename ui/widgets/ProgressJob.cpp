// Progress crosses threads as two atomics that a timer on the UI thread reads: no signal per step.
#include "widgets/ProgressJob.h"

#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

ProgressJob::ProgressJob(QWidget* window, QString label)
    : QObject(window), m_window(window), m_label(std::move(label)), m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        const qint64 total = m_total.load();
        const qint64 done = m_done.load();
        if (total > 0) {
            m_progress->setMaximum(1000);
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        }
    });
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &ProgressJob::finish);
}

ProgressJob::~ProgressJob()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ProgressJob::cancelAndWait()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ProgressJob::start(Work work)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_progress = new QProgressDialog(m_label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("progressJobDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        m_progress->setLabelText(tr("Stopping…"));
    });
    m_poll->start();
    m_watcher.setFuture(QtConcurrent::run([this, work = std::move(work)]() -> std::optional<Error> {
        try {
            work(
                [this](qint64 done, qint64 total) {
                    m_done = done;
                    m_total = total;
                },
                &m_cancel);
            return std::nullopt;
        } catch (const Error& error) {
            return error;
        } catch (const std::exception& error) {
            return Error(Error::Kind::Internal,
                         tr("Something went wrong inside Daymark (%1). Nothing was changed; please try again.")
                             .arg(QString::fromLocal8Bit(error.what())));
        }
    }));
}

void ProgressJob::finish()
{
    m_poll->stop();
    m_running = false;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const std::optional<Error> error = m_watcher.result();
    if (error)
        Q_EMIT failed(error->kind(), error->message());
    else
        Q_EMIT succeeded();
}

} // namespace daymark::ui
