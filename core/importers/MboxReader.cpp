// Block-buffered mbox splitting.
#include "importers/MboxReader.h"

#include "common/Error.h"
#include "importers/EmailDate.h"

#include <QCoreApplication>
#include <QIODevice>
#include <cstring>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

bool isBlank(QByteArrayView line)
{
    return line == "\n" || line == "\r\n";
}

} // namespace

MboxReader::MboxReader(QIODevice& device, QString name) : m_device(device), m_name(std::move(name)) {}

bool MboxReader::readLine(QByteArrayView& line)
{
    for (;;) {
        const char* start = m_buffer.constData() + m_begin;
        const void* nl = m_end > m_begin ? std::memchr(start, '\n', static_cast<size_t>(m_end - m_begin)) : nullptr;
        if (nl) {
            const qsizetype length = static_cast<const char*>(nl) - start + 1;
            line = QByteArrayView(start, length);
            m_begin += length;
            m_consumed += length;
            ++m_line;
            return true;
        }
        if (m_eof) {
            if (m_end == m_begin)
                return false;
            line = QByteArrayView(start, m_end - m_begin); // the last line has no line break
            m_consumed += m_end - m_begin;
            m_begin = m_end;
            ++m_line;
            return true;
        }
        // Move what is left to the front, grow for a long line, and read the next block.
        if (m_begin > 0) {
            std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, static_cast<size_t>(m_end - m_begin));
            m_end -= m_begin;
            m_begin = 0;
        }
        if (m_buffer.size() - m_end < kBlockBytes) {
            if (m_end > kMaxMessageBytes)
                throw Error(Error::Kind::InvalidInput,
                            tr("%1: line %2 is longer than %3 MiB; this is not a mailbox Daymark can read.")
                                .arg(m_name)
                                .arg(m_line + 1)
                                .arg(kMaxMessageBytes / (1024 * 1024)));
            m_buffer.resize(m_end + kBlockBytes);
        }
        const qint64 n = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
        if (n < 0)
            throw Error(Error::Kind::Io,
                        tr("%1 could not be read after line %2. Check that the file is complete and readable.")
                            .arg(m_name)
                            .arg(m_line),
                        m_device.errorString());
        if (n == 0)
            m_eof = true;
        m_end += n;
    }
}

bool MboxReader::isFromLine(QByteArrayView line)
{
    return line.startsWith("From ");
}

bool MboxReader::next(MboxMessage& message)
{
    QByteArrayView line;
    if (!m_started) {
        m_started = true;
        while (readLine(line)) {
            if (isBlank(line))
                continue;
            if (!isFromLine(line))
                throw Error(
                    Error::Kind::InvalidInput,
                    tr("%1 is not an mbox mailbox: line %2 should start with \"From \" (the line that begins "
                       "each message), but it reads \"%3\".")
                        .arg(m_name)
                        .arg(m_line)
                        .arg(QString::fromUtf8(line.trimmed().first(std::min<qsizetype>(line.trimmed().size(), 60)))));
            m_pendingFrom = line.trimmed().toByteArray();
            m_pendingLine = m_line;
            break;
        }
    }
    if (m_pendingFrom.isEmpty())
        return false;
    message.raw.resize(0); // keeps the allocation: no reallocation per message
    message.envelopeDate = parseMboxFromDate(m_pendingFrom);
    message.firstLine = m_pendingLine;
    message.lastLine = m_pendingLine;
    m_pendingFrom.clear();
    bool previousBlank = false;
    while (readLine(line)) {
        if (isFromLine(line) && (previousBlank || parseMboxFromDate(line.trimmed()))) {
            m_pendingFrom = line.trimmed().toByteArray();
            m_pendingLine = m_line;
            // The empty line before "From " separates messages; it is not part of the one before.
            if (previousBlank)
                message.raw.chop(message.raw.endsWith("\r\n") ? 2 : 1);
            message.lastLine = std::max(message.firstLine, m_line - (previousBlank ? 2 : 1));
            return true;
        }
        previousBlank = isBlank(line);
        if (message.raw.size() + line.size() > kMaxMessageBytes)
            throw Error(Error::Kind::InvalidInput,
                        tr("%1: the message that starts on line %2 is larger than %3 MiB; Daymark does not import "
                           "messages that large.")
                            .arg(m_name)
                            .arg(message.firstLine)
                            .arg(kMaxMessageBytes / (1024 * 1024)));
        // mboxrd: ">From ", ">>From " ... lose one ">".
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>')
            ++quotes;
        if (quotes > 0 && line.sliced(quotes).startsWith("From "))
            line = line.sliced(1);
        message.raw.append(line);
    }
    if (previousBlank)
        message.raw.chop(message.raw.endsWith("\r\n") ? 2 : 1);
    message.lastLine = std::max(message.firstLine, m_line - (previousBlank ? 1 : 0));
    return true;
}

} // namespace daymark::importers
