// Runs one slow diary operation (creating or opening a diary: about a second of key derivation) on a worker
// thread and reports back on the UI thread, so the window stays responsive meanwhile.
#pragma once

#include "common/Error.h"
#include "diary/Diary.h"

#include <QFutureWatcher>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace daymark::ui {

class DiaryJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread; the diary it returns is handed to the UI thread. Throws daymark::Error.
    using Work = std::function<std::unique_ptr<diary::Diary>()>;

    explicit DiaryJob(QObject* parent = nullptr);
    // Waits for a job still running (at most the key-derivation time), so no diary outlives its page unseen.
    ~DiaryJob() override;

    void start(Work work);
    bool isRunning() const { return m_running; }
    // The diary made by the last job that succeeded; empty once taken.
    std::unique_ptr<diary::Diary> takeDiary() { return std::move(m_diary); }

Q_SIGNALS:
    void succeeded();
    // `message` is a full sentence to show a person as it is.
    void failed(daymark::Error::Kind kind, const QString& message);

private:
    struct Outcome
    {
        std::unique_ptr<diary::Diary> diary;
        std::optional<Error> error;
    };
    void finish();

    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::unique_ptr<diary::Diary> m_diary;
    bool m_running = false;
};

} // namespace daymark::ui
