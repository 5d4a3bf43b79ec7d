// Original files stored inside the diary in fixed-size chunks, streamed in and out (never read whole into memory),
// identified and de-duplicated by SHA-256.
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <atomic>
#include <functional>

class QIODevice;

namespace daymark::vault {
class SqlConnection;
}

namespace daymark::evidence {

// Reports bytes done; long work calls it about every chunk.
using Progress = std::function<void(qint64 done, qint64 total)>;

class BlobStore
{
public:
    static constexpr int kChunkSize = 1024 * 1024;

    explicit BlobStore(vault::SqlConnection& db);

    struct Stored
    {
        qint64 blob = 0;
        QByteArray sha256; // 32 raw bytes
        qint64 size = 0;
        bool duplicate = false; // identical content was already stored; the new copy was dropped
    };

    // Streams `source` into the diary inside the caller's transaction, hashing as it goes. `expectedSize` (or -1)
    // guards against a file that changes while it is read. Throws Error (Cancelled when `cancel` is set); the
    // caller's rollback then leaves nothing behind.
    Stored store(QIODevice& source, qint64 expectedSize, const Progress& progress = {},
                 const std::atomic<bool>* cancel = nullptr);

    // Streams a stored file out, checking its SHA-256 on the way; throws Error(Corrupt) on a mismatch.
    void extract(qint64 blob, QIODevice& out, const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);
    // The first `maxBytes` bytes (all when -1), in memory: for the built-in viewer and thumbnails.
    QByteArray read(qint64 blob, qint64 maxBytes = -1);
    // Recomputes the SHA-256 of the stored chunks.
    QByteArray digest(qint64 blob);
    qint64 size(qint64 blob);
    void removeIfUnused(qint64 blob);

private:
    vault::SqlConnection& m_db;
};

} // namespace daymark::evidence
