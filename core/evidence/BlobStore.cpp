// Chunked, hashed, de-duplicated file storage in the blobs and blob_chunks tables.
#include "evidence/BlobStore.h"

#include "common/Error.h"
#include "crypto/BackgroundSha256.h"
#include "crypto/Sha256.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"

#include <QCoreApplication>
#include <QIODevice>

namespace daymark::evidence {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::evidence", text);
}

void checkCancel(const std::atomic<bool>* cancel, const char* message)
{
    if (cancel && cancel->load())
        throw Error(Error::Kind::Cancelled, tr(message));
}

QByteArray raw(const crypto::Digest& digest)
{
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
}

} // namespace

BlobStore::BlobStore(vault::SqlConnection& db) : m_db(db) {}

BlobStore::Stored BlobStore::store(QIODevice& source, qint64 expectedSize, const Progress& progress,
                                   const std::atomic<bool>* cancel)
{
    if (!m_db.inTransaction())
        throw Error(Error::Kind::Internal, tr("A file was about to be stored outside a transaction."));
    auto create = m_db.prepare("INSERT INTO blobs(sha256, size, chunk_size) VALUES (NULL, 0, ?1)");
    create.bind(1, qint64(kChunkSize)).run();
    const qint64 blob = m_db.lastInsertRowId();

    auto insert = m_db.prepare("INSERT INTO blob_chunks(blob, idx, data) VALUES (?1, ?2, ?3)");
    crypto::Sha256 hash;
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 index = 0;; ++index) {
        checkCancel(cancel, QT_TRANSLATE_NOOP("daymark::evidence", "Cancelled. Nothing was added to the diary."));
        qint64 filled = 0;
        while (filled < kChunkSize) {
            const qint64 got = source.read(chunk.data() + filled, kChunkSize - filled);
            if (got < 0)
                throw Error(
                    Error::Kind::Io,
                    tr("The file could not be read to the end: %1. Nothing was added.").arg(source.errorString()));
            if (got == 0)
                break;
            filled += got;
        }
        if (filled == 0 && index > 0)
            break;
        const QByteArray piece = QByteArray::fromRawData(chunk.constData(), filled);
        hash.update(piece);
        insert.bind(1, blob).bind(2, index).bind(3, piece.isEmpty() ? QByteArray("", 0) : piece).run();
        total += filled;
        if (progress)
            progress(total, expectedSize);
        if (expectedSize >= 0 && total > expectedSize)
            break; // grew while being read: refused below
        if (filled < kChunkSize)
            break;
    }
    if (expectedSize >= 0 && total != expectedSize)
        throw Error(Error::Kind::Io, tr("The file changed while it was being read (its size is not what it was). "
                                        "Nothing was added; wait until nothing is writing to it and try again."));
    const QByteArray digest = raw(hash.finish());

    auto existing = m_db.prepare("SELECT id FROM blobs WHERE sha256 = ?1");
    existing.bind(1, digest);
    if (existing.step()) {
        const qint64 original = existing.columnInt(0);
        auto dropChunks = m_db.prepare("DELETE FROM blob_chunks WHERE blob = ?1");
        dropChunks.bind(1, blob).run();
        auto dropBlob = m_db.prepare("DELETE FROM blobs WHERE id = ?1");
        dropBlob.bind(1, blob).run();
        return {original, digest, total, true};
    }
    auto finish = m_db.prepare("UPDATE blobs SET sha256 = ?2, size = ?3 WHERE id = ?1");
    finish.bind(1, blob).bind(2, digest).bind(3, total).run();
    return {blob, digest, total, false};
}

void BlobStore::extract(qint64 blob, QIODevice& out, const Progress& progress, const std::atomic<bool>* cancel)
{
    auto meta = m_db.prepare("SELECT sha256, size FROM blobs WHERE id = ?1");
    meta.bind(1, blob);
    if (!meta.step())
        throw Error(Error::Kind::NotFound, tr("The exhibit's contents are no longer in the diary."));
    const QByteArray expected = meta.columnBlob(0);
    const qint64 size = meta.columnInt(1);
    auto chunks = m_db.prepare("SELECT data FROM blob_chunks WHERE blob = ?1 ORDER BY idx");
    chunks.bind(1, blob);
    crypto::BackgroundSha256 hash; // hashing overlaps decrypting and writing
    qint64 done = 0;
    while (chunks.step()) {
        checkCancel(cancel, QT_TRANSLATE_NOOP("daymark::evidence", "Cancelled. No file was written."));
        const QByteArray data = chunks.columnBlob(0);
        hash.update(data);
        if (out.write(data) != data.size())
            throw Error(Error::Kind::Io, tr("Writing the file failed: %1.").arg(out.errorString()));
        done += data.size();
        if (progress)
            progress(done, size);
    }
    if (done != size || raw(hash.finish()) != expected)
        throw Error(Error::Kind::Corrupt,
                    tr("The exhibit's stored bytes do not match the SHA-256 taken when it was added. Run 'check' on "
                       "the diary and restore it from a backup."));
}

QByteArray BlobStore::read(qint64 blob, qint64 maxBytes)
{
    QByteArray out;
    auto chunks = m_db.prepare("SELECT data FROM blob_chunks WHERE blob = ?1 ORDER BY idx");
    chunks.bind(1, blob);
    while ((maxBytes < 0 || out.size() < maxBytes) && chunks.step())
        out += chunks.columnBlob(0);
    if (maxBytes >= 0 && out.size() > maxBytes)
        out.truncate(maxBytes);
    return out;
}

QByteArray BlobStore::digest(qint64 blob)
{
    auto chunks = m_db.prepare("SELECT data FROM blob_chunks WHERE blob = ?1 ORDER BY idx");
    chunks.bind(1, blob);
    crypto::Sha256 hash;
    while (chunks.step())
        hash.update(chunks.columnBlob(0));
    return raw(hash.finish());
}

qint64 BlobStore::size(qint64 blob)
{
    auto stmt = m_db.prepare("SELECT size FROM blobs WHERE id = ?1");
    stmt.bind(1, blob);
    return stmt.step() ? stmt.columnInt(0) : -1;
}

void BlobStore::removeIfUnused(qint64 blob)
{
    auto used = m_db.prepare("SELECT 1 FROM exhibits WHERE blob = ?1 AND deleted = 0");
    used.bind(1, blob);
    if (used.step())
        return;
    auto dropChunks = m_db.prepare("DELETE FROM blob_chunks WHERE blob = ?1");
    dropChunks.bind(1, blob).run();
    auto dropBlob = m_db.prepare("DELETE FROM blobs WHERE id = ?1");
    dropBlob.bind(1, blob).run();
}

} // namespace daymark::evidence
