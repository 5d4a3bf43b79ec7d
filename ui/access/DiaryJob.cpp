// The worker catches everything: an exception must never cross back into Qt's event loop.
#include "access/VaultJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

VaultJob::VaultJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this, &VaultJob::finish);
}

VaultJob::~VaultJob()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void VaultJob::start(Work work)
{
    Q_ASSERT(!m_running);
    m_vault.reset();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)]() {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->vault = work();
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

void VaultJob::finish()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (outcome->error) {
        // The detail is not logged: it names the file, and a desktop session may keep stderr in its journal.
        Q_EMIT failed(outcome->error->kind(), outcome->error->message());
        return;
    }
    m_vault = std::move(outcome->vault);
    Q_EMIT succeeded();
}

} // namespace daymark::ui
