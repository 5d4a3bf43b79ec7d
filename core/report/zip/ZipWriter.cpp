// Zip format per PKWARE APPNOTE 6.3: local header, data, then the header is patched with CRC and sizes (no data
// descriptors: every reader understands a patched header). Names are UTF-8 (flag bit 11).
#include "report/zip/ZipWriter.h"

#include "common/Error.h"
#include "crypto/Sha256.h"
#include "report/WriteFailure.h"

#include <QCoreApplication>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace daymark::report::zip {
namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64EndSignature = 0x06064b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint16 kUtf8Flag = 0x0800;
constexpr quint16 kVersionDefault = 20;
constexpr quint16 kVersionZip64 = 45;
constexpr quint16 kMadeByUnix = 3 << 8;
constexpr qsizetype kOutChunk = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::report", text);
}

class Bytes
{
public:
    void u16(quint64 v) { m_data.append(char(v & 0xff)).append(char((v >> 8) & 0xff)); }
    void u32(quint64 v)
    {
        for (int i = 0; i < 4; ++i)
            m_data.append(char((v >> (8 * i)) & 0xff));
    }
    void u64(quint64 v)
    {
        for (int i = 0; i < 8; ++i)
            m_data.append(char((v >> (8 * i)) & 0xff));
    }
    void raw(const QByteArray& bytes) { m_data.append(bytes); }
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

struct CentralEntry
{
    QByteArray name; // UTF-8
    quint16 method = 0;
    quint16 version = kVersionDefault;
    quint32 crc = 0;
    quint64 compressed = 0;
    quint64 size = 0;
    quint64 offset = 0;
};

} // namespace

class EntryDevice : public QIODevice
{
public:
    explicit EntryDevice(ZipWriter& writer) : m_writer(writer) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_writer.write(data, size);
        return size;
    }

private:
    ZipWriter& m_writer;
};

struct ZipWriter::Impl
{
    Impl(ZipWriter& writer, QIODevice& device, const QDateTime& modified, quint64 limit)
        : out(device), zip64Limit(limit), entryDevice(writer)
    {
        const QDateTime local = modified.toLocalTime();
        const QDate date = local.date();
        const QTime time = local.time();
        dosDate = quint16(((std::max(date.year(), 1980) - 1980) << 9) | (date.month() << 5) | date.day());
        dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    }

    void put(const char* data, qint64 size)
    {
        errno = 0;
        if (out.write(data, size) != size) {
            const QString why = writeFailureText(out, errno);
            throw Error(Error::Kind::Io, tr("Writing the bundle failed: %1.").arg(why), why);
        }
        position += quint64(size);
    }
    void put(const QByteArray& bytes) { put(bytes.constData(), bytes.size()); }

    void deflateSome(const char* data, qint64 size, int flush)
    {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
        stream.avail_in = uInt(size);
        do {
            stream.next_out = reinterpret_cast<Bytef*>(outBuffer.data());
            stream.avail_out = uInt(outBuffer.size());
            const int result = ::deflate(&stream, flush);
            if (result == Z_STREAM_ERROR)
                throw Error(Error::Kind::Internal, tr("Compressing a file for the bundle failed."));
            const qint64 produced = outBuffer.size() - qint64(stream.avail_out);
            put(outBuffer.constData(), produced);
            current.compressed += quint64(produced);
        } while (stream.avail_out == 0);
    }

    QIODevice& out;
    quint64 zip64Limit;
    EntryDevice entryDevice;
    quint16 dosDate = 0;
    quint16 dosTime = 0;
    quint64 position = 0;
    std::vector<CentralEntry> central;
    std::vector<WrittenEntry> written;

    bool open = false;
    bool closed = false;
    bool localZip64 = false;
    CentralEntry current;
    QString currentName;
    crypto::Sha256 hash;
    z_stream stream{};
    QByteArray outBuffer = QByteArray(kOutChunk, Qt::Uninitialized);
};

ZipWriter::ZipWriter(QIODevice& out, const QDateTime& modified, quint64 zip64Limit)
    : m_impl(std::make_unique<Impl>(*this, out, modified, zip64Limit))
{
    m_impl->position = quint64(out.pos());
}

ZipWriter::~ZipWriter()
{
    if (m_impl->open && m_impl->current.method == 8)
        deflateEnd(&m_impl->stream);
}

void ZipWriter::begin(const QString& name, Method method, qint64 sizeHint)
{
    Impl& d = *m_impl;
    if (d.open || d.closed)
        throw Error(Error::Kind::Internal, tr("A bundle entry was started out of order."));
    d.current = CentralEntry();
    d.currentName = name;
    d.current.name = name.toUtf8();
    d.current.method = method == Method::Deflate ? 8 : 0;
    d.current.offset = d.position;
    // Deflate can grow incompressible data slightly; allow for it when deciding on zip64.
    d.localZip64 = sizeHint < 0 || quint64(sizeHint) + quint64(sizeHint) / 100 + 1024 >= d.zip64Limit;
    d.current.version = d.localZip64 ? kVersionZip64 : kVersionDefault;
    if (method == Method::Deflate) {
        d.stream = z_stream{};
        if (deflateInit2(&d.stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            throw Error(Error::Kind::Internal, tr("Compressing a file for the bundle failed."));
    }
    d.open = true;

    Bytes h;
    h.u32(kLocalSignature);
    h.u16(d.current.version);
    h.u16(kUtf8Flag);
    h.u16(d.current.method);
    h.u16(d.dosTime);
    h.u16(d.dosDate);
    h.u32(0); // CRC-32, patched in finish()
    h.u32(d.localZip64 ? 0xFFFFFFFFu : 0);
    h.u32(d.localZip64 ? 0xFFFFFFFFu : 0);
    h.u16(quint64(d.current.name.size()));
    h.u16(d.localZip64 ? 20 : 0);
    h.raw(d.current.name);
    if (d.localZip64) {
        h.u16(0x0001);
        h.u16(16);
        h.u64(0);
        h.u64(0);
    }
    d.put(h.data());
}

void ZipWriter::write(const char* data, qint64 size)
{
    Impl& d = *m_impl;
    if (!d.open)
        throw Error(Error::Kind::Internal, tr("Bytes were written to a bundle with no entry started."));
    // zlib and CRC-32 take 32-bit lengths: feed them in pieces.
    while (size > 0) {
        const qint64 piece = std::min<qint64>(size, 64 * 1024 * 1024);
        d.hash.update(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(data), size_t(piece)));
        d.current.crc = quint32(crc32(d.current.crc, reinterpret_cast<const Bytef*>(data), uInt(piece)));
        d.current.size += quint64(piece);
        if (d.current.method == 8) {
            d.deflateSome(data, piece, Z_NO_FLUSH);
        } else {
            d.put(data, piece);
            d.current.compressed += quint64(piece);
        }
        data += piece;
        size -= piece;
    }
}

QIODevice& ZipWriter::device()
{
    if (!m_impl->entryDevice.isOpen())
        m_impl->entryDevice.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return m_impl->entryDevice;
}

WrittenEntry ZipWriter::finish()
{
    Impl& d = *m_impl;
    if (!d.open)
        throw Error(Error::Kind::Internal, tr("A bundle entry was finished without being started."));
    if (d.current.method == 8) {
        d.deflateSome(nullptr, 0, Z_FINISH);
        deflateEnd(&d.stream);
    }
    d.open = false;
    CentralEntry& e = d.current;
    if (!d.localZip64 && (e.size >= d.zip64Limit || e.compressed >= d.zip64Limit))
        throw Error(Error::Kind::Internal, tr("A file for the bundle was larger than announced."));

    // Patch the local header's CRC and sizes, then return to the end.
    Bytes patch;
    patch.u32(e.crc);
    if (!d.localZip64) {
        patch.u32(e.compressed);
        patch.u32(e.size);
    }
    const qint64 end = qint64(d.position);
    auto failed = [&d] {
        const QString why = writeFailureText(d.out, errno);
        throw Error(Error::Kind::Io, tr("Writing the bundle failed: %1.").arg(why), why);
    };
    errno = 0;
    if (!d.out.seek(qint64(e.offset) + 14) || d.out.write(patch.data()) != patch.data().size())
        failed();
    if (d.localZip64) {
        Bytes sizes;
        sizes.u64(e.size);
        sizes.u64(e.compressed);
        if (!d.out.seek(qint64(e.offset) + 30 + e.name.size() + 4) || d.out.write(sizes.data()) != sizes.data().size())
            failed();
    }
    if (!d.out.seek(end))
        failed();

    const crypto::Digest digest = d.hash.finish();
    WrittenEntry written{d.currentName, qint64(e.size),
                         QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()))};
    d.central.push_back(e);
    d.written.push_back(written);
    if (d.entryDevice.isOpen())
        d.entryDevice.close();
    return written;
}

WrittenEntry ZipWriter::add(const QString& name, Method method, const QByteArray& data)
{
    begin(name, method, data.size());
    write(data.constData(), data.size());
    return finish();
}

void ZipWriter::close()
{
    Impl& d = *m_impl;
    if (d.open || d.closed)
        throw Error(Error::Kind::Internal, tr("The bundle was closed out of order."));
    const quint64 limit = d.zip64Limit;
    const quint64 cdOffset = d.position;
    bool anyZip64 = false;
    for (const CentralEntry& e : d.central) {
        Bytes extra;
        const bool bigSize = e.size >= limit;
        const bool bigCompressed = e.compressed >= limit;
        const bool bigOffset = e.offset >= limit;
        if (bigSize)
            extra.u64(e.size);
        if (bigCompressed)
            extra.u64(e.compressed);
        if (bigOffset)
            extra.u64(e.offset);
        const bool zip64 = bigSize || bigCompressed || bigOffset;
        anyZip64 = anyZip64 || zip64;
        Bytes h;
        h.u32(kCentralSignature);
        h.u16(kMadeByUnix | kVersionZip64);
        h.u16(zip64 ? kVersionZip64 : e.version);
        h.u16(kUtf8Flag);
        h.u16(e.method);
        h.u16(d.dosTime);
        h.u16(d.dosDate);
        h.u32(e.crc);
        h.u32(bigCompressed ? 0xFFFFFFFFu : e.compressed);
        h.u32(bigSize ? 0xFFFFFFFFu : e.size);
        h.u16(quint64(e.name.size()));
        h.u16(zip64 ? quint64(extra.data().size()) + 4 : 0);
        h.u16(0);                      // comment
        h.u16(0);                      // disk
        h.u16(0);                      // internal attributes
        h.u32(quint64(0100644) << 16); // a regular file, rw-r--r--
        h.u32(bigOffset ? 0xFFFFFFFFu : e.offset);
        h.raw(e.name);
        if (zip64) {
            h.u16(0x0001);
            h.u16(quint64(extra.data().size()));
            h.raw(extra.data());
        }
        d.put(h.data());
    }
    const quint64 cdSize = d.position - cdOffset;
    const quint64 count = d.central.size();
    const bool zip64End = anyZip64 || count >= 0xFFFF || cdOffset >= limit || cdSize >= limit;
    Bytes end;
    if (zip64End) {
        const quint64 recordOffset = d.position;
        end.u32(kZip64EndSignature);
        end.u64(44);
        end.u16(kMadeByUnix | kVersionZip64);
        end.u16(kVersionZip64);
        end.u32(0);
        end.u32(0);
        end.u64(count);
        end.u64(count);
        end.u64(cdSize);
        end.u64(cdOffset);
        end.u32(kZip64LocatorSignature);
        end.u32(0);
        end.u64(recordOffset);
        end.u32(1);
    }
    end.u32(kEndSignature);
    end.u16(0);
    end.u16(0);
    end.u16(zip64End ? 0xFFFF : count);
    end.u16(zip64End ? 0xFFFF : count);
    end.u32(zip64End ? 0xFFFFFFFFu : cdSize);
    end.u32(zip64End ? 0xFFFFFFFFu : cdOffset);
    end.u16(0);
    d.put(end.data());
    d.closed = true;
}

const std::vector<WrittenEntry>& ZipWriter::entries() const
{
    return m_impl->written;
}

} // namespace daymark::report::zip
