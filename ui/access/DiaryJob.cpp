// The worker catches everything: an exception must never cross back into Qt's event loop.
#include "access/DiaryJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

DiaryJob::DiaryJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &DiaryJob::finish);
}

DiaryJob::~DiaryJob()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DiaryJob::start(Work work)
{
    Q_ASSERT(!m_running);
    m_diary.reset();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)]() {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->diary = work();
        } catch (const Error& error) {
            outcome->error = error;
        } catch (...) {
            outcome->error = Error(Error::Kind::Internal,
                                   tr("Something unexpected went wrong, so the diary is not open. Please try again; "
                                      "if it happens again, ask for help."));
        }
        return outcome;
    }));
}

void DiaryJob::finish()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (outcome->error) {
        // The detail is not logged: it names the file, and a desktop session may keep stderr in its journal.
        Q_EMIT failed(outcome->error->kind(), outcome->error->message());
        return;
    }
    m_diary = std::move(outcome->diary);
    Q_EMIT succeeded();
}

} // namespace daymark::ui
