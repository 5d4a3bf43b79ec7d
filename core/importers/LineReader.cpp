// Line reading with the checks every text importer needs.
#include "importers/LineReader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>

namespace daymark::importers {

namespace {
constexpr qsizetype kChunkBytes = 256 * 1024;
}

LineReader::LineReader(QIODevice& device, qint64 maxLineBytes) : m_device(device), m_maxLineBytes(maxLineBytes) {}

void LineReader::readFailed() const
{
    throw Error(Error::Kind::Io,
                QCoreApplication::translate("daymark::importers",
                                            "The export could not be read after line %1. Check that the file is "
                                            "complete and readable.")
                    .arg(m_number),
                m_device.errorString());
}

void LineReader::tooLong(qint64 number) const
{
    throw Error(Error::Kind::InvalidInput,
                QCoreApplication::translate("daymark::importers",
                                            "Line %1 is longer than %2 MiB; this is not a text export Daymark can "
                                            "read.")
                    .arg(number)
                    .arg(m_maxLineBytes / (1024 * 1024)));
}

bool LineReader::nextView(QByteArrayView& line)
{
    for (;;) {
        const char* start = m_chunk.constData() + m_pos;
        const qsizetype available = m_chunk.size() - m_pos;
        if (const void* newline = std::memchr(start, '\n', static_cast<std::size_t>(available))) {
            const qsizetype length = static_cast<const char*>(newline) - start;
            line = QByteArrayView(start, length);
            m_pos += length + 1;
            break;
        }
        // A line break may be one more byte away, after a carriage return; beyond that the line is too long.
        if (available > m_maxLineBytes + 1)
            tooLong(m_number + 1);
        if (m_end) {
            if (available == 0)
                return false;
            line = QByteArrayView(start, available); // the last line, without a line break
            m_pos = m_chunk.size();
            break;
        }
        m_chunk.remove(0, m_pos);
        m_pos = 0;
        const qsizetype kept = m_chunk.size();
        m_chunk.resize(kept + kChunkBytes);
        const qint64 n = m_device.read(m_chunk.data() + kept, kChunkBytes);
        if (n < 0)
            readFailed();
        m_chunk.resize(kept + static_cast<qsizetype>(n));
        if (n == 0) {
            if (!m_device.atEnd())
                readFailed();
            m_end = true;
        }
    }
    ++m_number;
    if (line.size() > m_maxLineBytes + 1)
        tooLong(m_number);
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_number == 1 && line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    return true;
}

bool LineReader::nextBytes(QByteArray& bytes)
{
    QByteArrayView line;
    if (!nextView(line))
        return false;
    bytes = line.toByteArray();
    return true;
}

bool LineReader::next(QString& line)
{
    QByteArrayView bytes;
    if (!nextView(bytes))
        return false;
    // Invalid sequences decode to U+FFFD; one that was not written as U+FFFD means the bytes are not UTF-8.
    line = QString::fromUtf8(bytes);
    if (bytes.contains('\0') || (line.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))) {
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::importers",
                                                "Line %1 is not UTF-8 text. Use the file exactly as the app exported "
                                                "it, without converting it to another encoding.")
                        .arg(m_number));
    }
    return true;
}

} // namespace daymark::importers
