// A CSV record reader with encoding and separator detection.
#include "importers/CallLogCsvReader.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

constexpr qint64 kBlockBytes = 256 * 1024;

} // namespace

CallLogCsvReader::CallLogCsvReader(QIODevice& device, QString name) : m_device(device), m_name(std::move(name)) {}

void CallLogCsvReader::notText(qsizetype at)
{
    const qint64 line = m_line + m_text.mid(m_pos, at - m_pos).count(u'\n');
    throw Error(Error::Kind::InvalidInput,
                tr("%1: line %2 is not UTF-8 text. Save the file as CSV in UTF-8 (in a spreadsheet: \"CSV UTF-8\") "
                   "and import it again.")
                    .arg(m_name)
                    .arg(line));
}

bool CallLogCsvReader::fill()
{
    if (m_eof)
        return false;
    if (!m_started) {
        m_started = true;
        const QByteArray head = m_device.peek(4);
        if (head.startsWith("\xFF\xFE")) {
            m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
            m_utf8 = false;
            m_device.read(2);
            m_bytes += 2;
        } else if (head.startsWith("\xFE\xFF")) {
            m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
            m_utf8 = false;
            m_device.read(2);
            m_bytes += 2;
        } else {
            m_decoder = QStringDecoder(QStringDecoder::Utf8);
            if (head.startsWith("\xEF\xBB\xBF")) {
                m_device.read(3);
                m_bytes += 3;
            }
        }
    }
    const QByteArray block = m_device.read(kBlockBytes);
    if (block.isEmpty()) {
        if (!m_device.atEnd() && m_device.bytesAvailable() != 0)
            throw Error(Error::Kind::Io,
                        tr("%1 could not be read. Check that the file is complete and readable.").arg(m_name),
                        m_device.errorString());
        m_eof = true;
        const QString rest = m_decoder.decode(QByteArrayView()); // a sequence cut off at the end
        if (m_decoder.hasError())
            notText(m_text.size());
        m_text += rest;
        return false;
    }
    m_bytes += block.size();
    if (block.contains('\0') && m_utf8)
        notText(m_text.size()); // UTF-16 without a byte-order mark, or a binary file
    const qsizetype before = m_text.size();
    m_text += m_decoder.decode(block);
    if (m_decoder.hasError()) {
        qsizetype at = before;
        while (at < m_text.size() && m_text[at] != QChar::ReplacementCharacter)
            ++at;
        notText(at);
    }
    return true;
}

void CallLogCsvReader::detect()
{
    // The separator most used on the first line, outside quotes.
    while (m_text.indexOf(u'\n', m_pos) < 0 && fill()) {
    }
    int counts[3] = {0, 0, 0};
    const QChar kinds[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (qsizetype k = m_pos; k < m_text.size() && (quoted || (m_text[k] != u'\n' && m_text[k] != u'\r')); ++k) {
        if (m_text[k] == u'"')
            quoted = !quoted;
        for (int j = 0; j < 3; ++j)
            if (!quoted && m_text[k] == kinds[j])
                ++counts[j];
    }
    int best = 0;
    for (int j = 1; j < 3; ++j)
        if (counts[j] > counts[best])
            best = j;
    m_delimiter = kinds[best];
}

bool CallLogCsvReader::next(QStringList& fields)
{
    if (!m_started) {
        fill();
        detect();
    }
    for (;;) {
        fields.clear();
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        qint64 line = m_line;
        qsizetype k = m_pos;
        bool needMore = false;
        bool done = false;
        while (!done) {
            if (k >= m_text.size()) {
                if (!m_eof) {
                    needMore = true;
                    break;
                }
                if (quoted)
                    throw Error(
                        Error::Kind::InvalidInput,
                        tr("%1: the quoted field that starts on line %2 is never closed; the file may have been "
                           "cut short.")
                            .arg(m_name)
                            .arg(m_line));
                if (k == m_pos)
                    return false; // nothing left
                done = true;
                break;
            }
            if (k - m_pos > kMaxRecordChars)
                throw Error(Error::Kind::InvalidInput,
                            tr("%1: the record that starts on line %2 is longer than a call log's; check that this is "
                               "a CSV file.")
                                .arg(m_name)
                                .arg(m_line));
            const QChar c = m_text[k];
            if (quoted) {
                if (c == u'"') {
                    if (k + 1 >= m_text.size() && !m_eof) {
                        needMore = true;
                        break;
                    }
                    if (k + 1 < m_text.size() && m_text[k + 1] == u'"') {
                        field += u'"';
                        k += 2;
                    } else {
                        quoted = false;
                        ++k;
                    }
                    continue;
                }
                if (c == u'\n')
                    ++line;
                field += c;
                ++k;
                continue;
            }
            if (c == m_delimiter) {
                fields << (wasQuoted ? field : field.trimmed());
                field.clear();
                wasQuoted = false;
                ++k;
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && k + 1 >= m_text.size() && !m_eof) {
                    needMore = true;
                    break;
                }
                k += (c == u'\r' && k + 1 < m_text.size() && m_text[k + 1] == u'\n') ? 2 : 1;
                done = true;
            } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.clear();
                ++k;
            } else {
                field += c;
                ++k;
            }
        }
        if (needMore) {
            if (m_pos > 0) { // drop what was read already; the record is parsed again from its start
                m_text.remove(0, m_pos);
                m_pos = 0;
            }
            fill();
            continue;
        }
        fields << (wasQuoted ? field : field.trimmed());
        m_recordFirst = m_line;
        m_recordLast = line;
        m_line = line + 1;
        m_pos = k;
        if (fields.size() == 1 && fields.front().isEmpty() && !wasQuoted)
            continue; // an empty line
        return true;
    }
}

} // namespace daymark::importers
