// An mbox file (mboxo, mboxrd, Thunderbird's, Google Takeout's) read one message at a time from any QIODevice, in
// blocks: a gigabyte mailbox is read in memory bounded by its largest message. A message starts at a "From " line
// at the start of the file or after an empty line (or one that carries an envelope date); ">From " lines are
// unquoted by one ">" as mboxrd writes them (for mboxo this also changes a line that was written ">From " — rare).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

class QIODevice;

namespace daymark::importers {

struct MboxMessage
{
    QByteArray raw;                        // the message without its "From " line, unquoted, line breaks kept
    std::optional<QDateTime> envelopeDate; // from the "From " line
    qint64 firstLine = 0;                  // the "From " line
    qint64 lastLine = 0;                   // the last line of the message (the empty line before the next is not)
};

class MboxReader
{
public:
    static constexpr qint64 kMaxMessageBytes = 512 * 1024 * 1024;
    static constexpr qint64 kBlockBytes = 1024 * 1024;

    // `name` names the file in errors.
    MboxReader(QIODevice& device, QString name);

    // Throws Error(InvalidInput) for a file that does not start with a "From " line or a message over the limit,
    // Error(Io) when the device fails.
    bool next(MboxMessage& message);
    qint64 bytesRead() const { return m_consumed; }

private:
    bool readLine(QByteArrayView& line); // a view into m_buffer, line break included; valid until the next call
    static bool isFromLine(QByteArrayView line);

    QIODevice& m_device;
    QString m_name;
    QByteArray m_buffer;
    qsizetype m_begin = 0; // unread bytes are m_buffer[m_begin, m_end)
    qsizetype m_end = 0;
    bool m_eof = false;
    qint64 m_consumed = 0;
    qint64 m_line = 0;
    QByteArray m_pendingFrom; // the "From " line that starts the next message
    qint64 m_pendingLine = 0;
    bool m_started = false;
};

} // namespace daymark::importers
