// Computes the insights of a diary off the UI thread: the light timeline is read on the UI thread (the diary's
// connection belongs to it), then counting, signals and the screening evidence run on a worker over a copy. A newer
// request makes an older one's result be dropped, so the panel always shows the last period asked for.
#pragma once

#include "diary/IncidentRepository.h"
#include "insights/Insights.h"
#include "insights/ScreeningQuestions.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <vector>

namespace daymark::ui {

struct InsightsResult
{
    insights::Insights insights;
    // The incidents behind each screening question, in the order of insights::screeningQuestions().
    std::vector<std::vector<insights::SignalIncident>> evidence;
    double computeMs = 0;
};

using TimelineEntries = std::shared_ptr<const std::vector<diary::TimelineEntry>>;

class InsightsJob : public QObject
{
    Q_OBJECT

public:
    explicit InsightsJob(QObject* parent = nullptr);
    ~InsightsJob() override;

    void start(TimelineEntries entries, const insights::InsightsOptions& options);
    bool isRunning() const { return m_watcher.isRunning(); }
    const InsightsResult& result() const { return m_result; }

    // The same computation on the calling thread (for tests and benchmarks).
    static InsightsResult compute(const std::vector<diary::TimelineEntry>& entries,
                                  const insights::InsightsOptions& options);

Q_SIGNALS:
    void finished();

private:
    QFutureWatcher<InsightsResult> m_watcher;
    InsightsResult m_result;
};

} // namespace daymark::ui
