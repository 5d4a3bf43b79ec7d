// Line reading with the checks every text importer needs.
#include "importers/LineReader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace daymark::importers {

LineReader::LineReader(QIODevice& device, qint64 maxLineBytes) : m_device(device), m_maxLineBytes(maxLineBytes) {}

bool LineReader::nextBytes(QByteArray& bytes)
{
    if (m_device.atEnd())
        return false;
    if (m_buffer.isEmpty())
        m_buffer.resize(m_maxLineBytes + 3);
    const qint64 n = m_device.readLine(m_buffer.data(), m_maxLineBytes + 3);
    bytes = n > 0 ? QByteArray(m_buffer.constData(), static_cast<qsizetype>(n)) : QByteArray();
    if (n < 0 || (bytes.isEmpty() && !m_device.atEnd()))
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("daymark::importers",
                                                "The export could not be read after line %1. Check that the file is "
                                                "complete and readable.")
                        .arg(m_number),
                    m_device.errorString());
    if (bytes.isEmpty())
        return false;
    ++m_number;
    if (bytes.size() > m_maxLineBytes && !bytes.endsWith('\n'))
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::importers",
                                                "Line %1 is longer than %2 MiB; this is not a text export Daymark can "
                                                "read.")
                        .arg(m_number)
                        .arg(m_maxLineBytes / (1024 * 1024)));
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (m_number == 1 && bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return true;
}

bool LineReader::next(QString& line)
{
    QByteArray bytes;
    if (!nextBytes(bytes))
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
