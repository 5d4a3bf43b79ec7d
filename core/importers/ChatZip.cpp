// The checks a zip from someone else's phone needs before any of it is trusted.
#include "importers/ChatZip.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

[[noreturn]] void invalid(const QString& message, const QString& detail = {})
{
    throw Error(Error::Kind::InvalidInput, message, detail);
}

struct ArchiveCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

bool unsafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(QChar(0)) ||
        (name.size() > 1 && name.at(1) == u':'))
        return true;
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    return parts.contains(QStringLiteral(".."));
}

} // namespace

struct ChatZip::Impl
{
    std::unique_ptr<zip_t, ArchiveCloser> archive;
};

ChatZip::ChatZip(const QString& path) : m_impl(std::make_unique<Impl>()), m_path(path)
{
    if (!QFileInfo(path).isFile())
        throw Error(Error::Kind::NotFound, tr("There is no file %1. Check the name and try again.").arg(path));
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        invalid(
            tr("%1 could not be read as a zip file (%2). Use the zip exactly as WhatsApp made it.").arg(path, detail),
            detail);
    }
    m_impl->archive.reset(archive);
    const qint64 count = zip_get_num_entries(archive, 0);
    if (count > kMaxEntries)
        invalid(tr("%1 holds %2 files, more than a chat export has; it was not read.").arg(path).arg(count));
    qint64 total = 0;
    QList<qint64> texts;
    for (qint64 i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &st) != 0)
            invalid(tr("Entry %1 of %2 cannot be read; the zip is damaged.").arg(i + 1).arg(path));
        const QString name = QString::fromUtf8(st.name);
        if (unsafeName(name))
            invalid(tr("Entry %1 of %2 is named \"%3\", a path outside the zip's own folder. A chat export never "
                       "has such names; nothing was imported.")
                        .arg(i + 1)
                        .arg(path, name));
        const qint64 size = static_cast<qint64>(st.size);
        const qint64 packed = static_cast<qint64>(st.comp_size);
        total += size;
        if (size > kMaxMediaBytes || total > kMaxTotalBytes ||
            (size > 1024 * 1024 && (packed <= 0 || size / packed > kMaxRatio)))
            invalid(tr("Entry %1 of %2 (\"%3\") would unpack to %4 bytes from %5: far more than a chat export "
                       "holds (a \"zip bomb\"). Nothing was imported.")
                        .arg(i + 1)
                        .arg(path, name)
                        .arg(size)
                        .arg(packed));
        if (name.endsWith(u'/'))
            continue;
        const QString base = name.section(u'/', -1);
        m_byName.insert(base, i);
        if (base == QLatin1String("_chat.txt"))
            m_chatIndex = i;
        else if (base.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
            texts << i;
    }
    if (m_chatIndex < 0 && texts.size() == 1)
        m_chatIndex = texts.constFirst();
    if (m_chatIndex < 0)
        invalid(
            texts.isEmpty()
                ? tr("%1 has no chat text inside (_chat.txt or one .txt file); it is not a WhatsApp export.").arg(path)
                : tr("%1 holds several .txt files and no _chat.txt, so Daymark cannot tell which is the chat.")
                      .arg(path));
    m_chatName = QString::fromUtf8(zip_get_name(archive, static_cast<zip_uint64_t>(m_chatIndex), ZIP_FL_ENC_GUESS));
}

ChatZip::~ChatZip() = default;

QByteArray ChatZip::chatText() const
{
    return read(m_chatIndex, kMaxChatBytes);
}

QByteArray ChatZip::media(const QString& name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? QByteArray() : read(*it, kMaxMediaBytes);
}

QByteArray ChatZip::read(qint64 index, qint64 limit) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    zip_stat_index(m_impl->archive.get(), static_cast<zip_uint64_t>(index), 0, &st);
    const qint64 declared = static_cast<qint64>(st.size);
    std::unique_ptr<zip_file_t, FileCloser> file(
        zip_fopen_index(m_impl->archive.get(), static_cast<zip_uint64_t>(index), 0));
    const QString name = QString::fromUtf8(st.name);
    if (!file)
        invalid(tr("\"%1\" in %2 cannot be read: %3")
                    .arg(name, m_path, QString::fromUtf8(zip_strerror(m_impl->archive.get()))));
    QByteArray data;
    data.reserve(std::min(declared, limit));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            invalid(tr("\"%1\" in %2 is damaged (%3); nothing was imported.")
                        .arg(name, m_path, QString::fromUtf8(zip_file_strerror(file.get()))));
        if (n == 0)
            break;
        if (data.size() + n > std::min(declared, limit))
            invalid(tr("\"%1\" in %2 unpacks to more than it declares; nothing was imported.").arg(name, m_path));
        data.append(buffer, static_cast<qsizetype>(n));
    }
    return data;
}

} // namespace daymark::importers
