// The worker only counts bytes into atomics; a timer on the UI thread reads them into the progress dialog, so no
// signal from the worker can reach a dialog that is already gone.
#include "editor/ExhibitAttacher.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {

QString AttachItem::displayName() const
{
    return path.isEmpty() ? name : QFileInfo(path).fileName();
}

qint64 AttachItem::size() const
{
    return path.isEmpty() ? data.size() : QFileInfo(path).size();
}

ExhibitAttacher::ExhibitAttacher(diary::Diary& diary, QWidget* window)
    : QObject(window), m_diary(diary), m_window(window), m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExhibitAttacher::showProgress);
    connect(&m_watcher, &QFutureWatcher<AttachOutcome>::finished, this, &ExhibitAttacher::finish);
}

ExhibitAttacher::~ExhibitAttacher()
{
    m_cancel = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ExhibitAttacher::start(const QUuid& incident, const QList<AttachItem>& items)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancel = false;
    m_done = 0;
    m_current = 0;
    m_total = 0;
    m_names.clear();
    for (const AttachItem& item : items) {
        m_total += std::max<qint64>(item.size(), 1);
        m_names << item.displayName();
    }

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("attachProgress"));
    m_progress->setWindowTitle(tr("Adding to the diary"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400); // small files come and go without a dialog flashing up
    m_progress->setRange(0, 1000);
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setLabelText(tr("Adding %1 to the diary…").arg(m_names.value(0)));
    connect(m_progress, &QProgressDialog::canceled, this, &ExhibitAttacher::cancel);
    m_progress->setValue(0);
    m_poll->start();

    m_watcher.setFuture(QtConcurrent::run([this, incident, items]() {
        AttachOutcome outcome;
        qint64 before = 0;
        for (int i = 0; i < items.size(); ++i) {
            const AttachItem& item = items[i];
            if (m_cancel) {
                outcome.cancelled = true;
                outcome.notTried << item.displayName();
                continue;
            }
            m_current = i;
            diary::ImportOptions options;
            options.howObtained = item.howObtained;
            options.cancel = &m_cancel;
            options.progress = [this, before](qint64 done, qint64) { m_done = before + done; };
            try {
                const diary::AttachResult result =
                    item.path.isEmpty() ? m_diary.exhibits().attachData(incident, item.data, item.name, options)
                                        : m_diary.exhibits().attachFile(incident, item.path, options);
                const QString text =
                    tr("%1 (%2)", "exhibit label, file name").arg(result.record.exhibit.label, item.displayName());
                (result.existing ? outcome.existing : outcome.added) << text;
            } catch (const Error& error) {
                if (error.kind() == Error::Kind::Cancelled) {
                    outcome.cancelled = true;
                    outcome.notTried << item.displayName();
                } else {
                    outcome.failures
                        << tr("%1: %2", "file name, what went wrong").arg(item.displayName(), error.message());
                }
            } catch (...) {
                outcome.failures
                    << tr("%1: something unexpected went wrong. Try attaching it again.").arg(item.displayName());
            }
            before += std::max<qint64>(item.size(), 1);
            m_done = before;
        }
        return outcome;
    }));
}

void ExhibitAttacher::cancel()
{
    m_cancel = true;
    if (m_progress)
        m_progress->setLabelText(tr("Stopping… Nothing half-added is kept."));
}

void ExhibitAttacher::showProgress()
{
    if (!m_progress || m_cancel)
        return;
    const int permille = m_total > 0 ? static_cast<int>(std::min<qint64>(1000, m_done * 1000 / m_total)) : 0;
    m_progress->setLabelText(tr("Adding %1 to the diary…").arg(m_names.value(m_current)));
    m_progress->setValue(permille);
}

void ExhibitAttacher::finish()
{
    m_poll->stop();
    m_running = false;
    if (m_progress) {
        // Later, not now: a modal progress dialog's setValue() processes events, so this may run inside it.
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    Q_EMIT finished(m_watcher.result());
}

} // namespace daymark::ui
