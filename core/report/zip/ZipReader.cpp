// libzip behind a small class: the archive handle lives in a unique_ptr, every error becomes a sentence.
#include "report/zip/ZipReader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace daymark::report::zip {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::report", text);
}

struct ArchiveCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

struct ZipReader::Impl
{
    std::unique_ptr<zip_t, ArchiveCloser> archive;
};

ZipReader::ZipReader(const QString& path) : m_impl(std::make_unique<Impl>())
{
    if (!QFileInfo(path).isFile())
        throw Error(Error::Kind::NotFound, tr("There is no file %1. Check the name and try again.").arg(path));
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        throw Error(
            Error::Kind::Corrupt,
            tr("%1 could not be read as a zip file (%2). It is damaged or not an evidence bundle.").arg(path, detail),
            detail);
    }
    m_impl->archive.reset(archive);
}

ZipReader::~ZipReader() = default;

qint64 ZipReader::count() const
{
    return zip_get_num_entries(m_impl->archive.get(), 0);
}

QString ZipReader::name(qint64 index) const
{
    const char* name = zip_get_name(m_impl->archive.get(), zip_uint64_t(index), ZIP_FL_ENC_GUESS);
    return name ? QString::fromUtf8(name) : QString();
}

qint64 ZipReader::size(qint64 index) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_impl->archive.get(), zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

QString ZipReader::read(qint64 index, const std::function<void(const char*, qint64)>& sink,
                        const std::function<bool()>& cancelled) const
{
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_impl->archive.get(), zip_uint64_t(index), 0));
    if (!file)
        return QString::fromUtf8(zip_strerror(m_impl->archive.get()));
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled())
            throw Error(Error::Kind::Cancelled, tr("Cancelled. The bundle was not fully checked."));
        const zip_int64_t got = zip_fread(file.get(), buffer.data(), zip_uint64_t(buffer.size()));
        if (got < 0)
            return QString::fromUtf8(zip_file_strerror(file.get()));
        if (got == 0)
            return {};
        sink(buffer.constData(), got);
    }
}

QString ZipReader::readAll(qint64 index, QByteArray& data, qint64 maxBytes) const
{
    data.clear();
    if (size(index) > maxBytes)
        return tr("it is too large");
    return read(index, [&data](const char* bytes, qint64 size) { data.append(bytes, size); });
}

} // namespace daymark::report::zip
