// Reading a zip (a bundle someone sent) with libzip: the entry names as stored, and each entry's content streamed in
// chunks, so checking a multi-gigabyte exhibit never holds it in memory.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace daymark::report::zip {

class ZipReader
{
public:
    // Throws Error (NotFound, or Corrupt when it is not a readable zip).
    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    qint64 count() const;
    // The name as stored (UTF-8 when flagged, otherwise the bytes read as UTF-8 or CP437 as libzip guesses).
    QString name(qint64 index) const;
    qint64 size(qint64 index) const;

    // Streams the entry to `sink` in chunks. Returns an empty string when it read completely and its CRC-32 held,
    // otherwise libzip's description of what failed. Throws Error(Cancelled) when `cancelled` says so.
    QString read(qint64 index, const std::function<void(const char* data, qint64 size)>& sink,
                 const std::function<bool()>& cancelled = {}) const;
    // A small entry whole, at most `maxBytes` (larger ones give an error string).
    QString readAll(qint64 index, QByteArray& data, qint64 maxBytes = 64 * 1024 * 1024) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace daymark::report::zip
