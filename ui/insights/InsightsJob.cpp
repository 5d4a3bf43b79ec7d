// QtConcurrent::run over values only: the worker never touches the diary, so it needs no lock and may outlive a
// lock of the diary harmlessly (its result is then dropped).
#include "insights/InsightsJob.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

InsightsJob::InsightsJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<InsightsResult>::finished, this, [this] {
        if (m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

InsightsJob::~InsightsJob()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void InsightsJob::start(TimelineEntries entries, const insights::InsightsOptions& options)
{
    m_watcher.setFuture(
        QtConcurrent::run([entries = std::move(entries), options] { return compute(*entries, options); }));
}

InsightsResult InsightsJob::compute(const std::vector<diary::TimelineEntry>& entries,
                                    const insights::InsightsOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    InsightsResult result;
    result.insights = insights::computeInsights(entries, options);
    for (const insights::ScreeningQuestion& question : insights::screeningQuestions())
        result.evidence.push_back(insights::screeningEvidence(question, entries, result.insights.asOf));
    result.computeMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace daymark::ui
