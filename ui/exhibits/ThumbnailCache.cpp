// QImageReader scales while decoding (JPEG decodes at a fraction of its size), and follows the EXIF orientation,
// so a phone photo shows the right way up.
#include "exhibits/ThumbnailCache.h"

#include "common/Error.h"
#include "diary/ExhibitRepository.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace daymark::ui {
namespace {

QImage decode(QByteArray bytes, QSize box)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
        reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (image.width() > box.width() || image.height() > box.height()) // turned by its orientation, say
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ThumbnailCache::finished);
}

ThumbnailCache::~ThumbnailCache()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ThumbnailCache::setRepository(diary::ExhibitRepository* repository)
{
    m_repository = repository;
    ++m_generation;
    m_images.clear();
    m_queue.clear();
    m_queued.clear();
}

void ThumbnailCache::setSize(const QSize& size, qreal devicePixelRatio)
{
    if (size == m_size && qFuzzyCompare(devicePixelRatio, m_devicePixelRatio))
        return;
    m_size = size;
    m_devicePixelRatio = devicePixelRatio;
    ++m_generation;
    m_images.clear();
    m_queue.clear();
    m_queued.clear();
}

QImage ThumbnailCache::thumbnail(const QUuid& exhibit)
{
    if (const auto found = m_images.constFind(exhibit); found != m_images.constEnd())
        return *found;
    if (m_repository && !m_queued.contains(exhibit)) {
        m_queued.insert(exhibit);
        m_queue.push_back(exhibit);
        startNext();
    }
    return {};
}

void ThumbnailCache::startNext()
{
    while (!m_running && !m_queue.empty() && m_repository) {
        const QUuid id = m_queue.front();
        m_queue.pop_front();
        QByteArray bytes;
        try {
            const evidence::ExhibitRecord record = m_repository->get(id);
            if (!record.deleted && record.exhibit.mediaType.startsWith(QLatin1String("image/")) &&
                record.exhibit.size <= kMaxBytes)
                bytes = m_repository->read(id, kMaxBytes);
        } catch (const Error&) {
            // No picture; the row still shows its label and name.
        }
        if (bytes.isEmpty()) {
            m_images.insert(id, QImage());
            continue;
        }
        m_running = true;
        m_runningId = id;
        m_runningGeneration = m_generation;
        m_watcher.setFuture(QtConcurrent::run(decode, std::move(bytes), m_size * m_devicePixelRatio));
    }
}

void ThumbnailCache::finished()
{
    m_running = false;
    QImage image = m_watcher.result();
    image.setDevicePixelRatio(m_devicePixelRatio);
    if (m_runningGeneration == m_generation) {
        m_images.insert(m_runningId, image);
        Q_EMIT thumbnailReady(m_runningId);
    }
    startNext();
}

} // namespace daymark::ui
