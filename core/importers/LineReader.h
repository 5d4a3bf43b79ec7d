// Reading a text export one line at a time from any QIODevice: bounded line length, UTF-8 checked, CR LF and LF both
// accepted, a byte-order mark dropped. Errors name the line.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace daymark::importers {

class LineReader
{
public:
    LineReader(QIODevice& device, qint64 maxLineBytes);

    // The next line without its line break; false at the end. Throws Error(InvalidInput) for a line that is not
    // UTF-8 text or is longer than the limit, Error(Io) when the device fails.
    bool next(QString& line);
    // The same without decoding (and so without the UTF-8 check): for a quick scan that decodes only the lines it
    // needs. Line breaks, the byte-order mark and the length limit are handled as by next().
    bool nextBytes(QByteArray& bytes);
    qint64 lineNumber() const { return m_number; } // of the line last returned, from 1

private:
    // The next line in the read buffer, valid until the next call.
    bool nextView(QByteArrayView& line);
    [[noreturn]] void readFailed() const;
    [[noreturn]] void tooLong(qint64 number) const;

    QIODevice& m_device;
    qint64 m_maxLineBytes;
    qint64 m_number = 0;
    QByteArray m_chunk;  // read from the device in large blocks: per-line reads cost more than the parsing
    qsizetype m_pos = 0; // where the next line starts in m_chunk
    bool m_end = false;  // the device has nothing more
};

} // namespace daymark::importers
