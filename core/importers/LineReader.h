// Reading a text export one line at a time from any QIODevice: bounded line length, UTF-8 checked, CR LF and LF both
// accepted, a byte-order mark dropped. Errors name the line.
#pragma once

#include <QByteArray>
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
    QIODevice& m_device;
    qint64 m_maxLineBytes;
    qint64 m_number = 0;
    QByteArray m_buffer; // one allocation for every line, not one of the maximum size per line
};

} // namespace daymark::importers
