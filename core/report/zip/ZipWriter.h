// A streaming zip writer: entries go straight to the output as they are written (stored or deflated), each with
// its SHA-256 and size taken on the way, so a multi-gigabyte exhibit never sits in memory. Zip64 where needed.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <memory>
#include <vector>

namespace daymark::report::zip {

enum class Method { Store, Deflate };

// What was written for one entry.
struct WrittenEntry
{
    QString name;
    qint64 size = 0;   // uncompressed bytes
    QByteArray sha256; // 32 raw bytes of the uncompressed content
};

class ZipWriter
{
public:
    static constexpr quint64 kZip64Limit = 0xFFFFFFFFu;

    // `out` must be open for writing and seekable (a file): each local header is completed once its entry is
    // written. `modified` is every entry's time. `zip64Limit` is for tests only: sizes and offsets at or above it
    // use the zip64 fields, so those paths can be checked without writing 4 GiB.
    ZipWriter(QIODevice& out, const QDateTime& modified, quint64 zip64Limit = kZip64Limit);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    // Starts an entry named `name` (a relative path with '/' separators). `sizeHint` is the expected uncompressed
    // size (-1 when unknown); entries that may reach 4 GiB get zip64 fields. Throws Error.
    void begin(const QString& name, Method method, qint64 sizeHint);
    void write(const char* data, qint64 size);
    // The open entry as a QIODevice for code that pushes bytes (valid until finish()).
    QIODevice& device();
    WrittenEntry finish();

    // A whole entry from memory.
    WrittenEntry add(const QString& name, Method method, const QByteArray& data);

    // Writes the central directory. The output is a complete zip after this returns.
    void close();

    const std::vector<WrittenEntry>& entries() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace daymark::report::zip
