// Small pictures of image exhibits for the list, made when a row first shows and kept in memory only (never on
// disk). The bytes are read from the diary on the UI thread; decoding and scaling run on a worker thread, one
// picture at a time, so scrolling stays smooth.
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QUuid>
#include <deque>

namespace daymark::diary {
class ExhibitRepository;
}

namespace daymark::ui {

class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // The repository to read from (null forgets every picture); it must outlive the cache or be replaced first.
    void setRepository(diary::ExhibitRepository* repository);
    // The box a picture fits in, in device-independent pixels, and the screen's pixels per such pixel.
    void setSize(const QSize& size, qreal devicePixelRatio = 1.0);
    QSize size() const { return m_size; }

    // The picture when made; otherwise null, and it is made (thumbnailReady follows).
    QImage thumbnail(const QUuid& exhibit);
    bool isPending() const { return m_running || !m_queue.empty(); }

    // Bytes read for one picture at most; larger images get none.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

Q_SIGNALS:
    void thumbnailReady(const QUuid& exhibit);

private:
    void startNext();
    void finished();

    diary::ExhibitRepository* m_repository = nullptr;
    QSize m_size{64, 64}; // device-independent
    qreal m_devicePixelRatio = 1.0;
    QHash<QUuid, QImage> m_images; // a null image: none can be made (not decodable)
    QSet<QUuid> m_queued;
    std::deque<QUuid> m_queue;
    QUuid m_runningId;
    bool m_running = false;
    quint64 m_generation = 0; // results of work started before setRepository are dropped
    quint64 m_runningGeneration = 0;
    QFutureWatcher<QImage> m_watcher;
};

} // namespace daymark::ui
