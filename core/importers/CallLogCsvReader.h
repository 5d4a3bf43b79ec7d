// Records of a CSV file as spreadsheet programs and phone tools write them: comma, semicolon or tab separated
// (detected from the first line), fields in double quotes with "" for a quote and line breaks inside, CR LF or LF,
// UTF-8 with or without a byte-order mark, or UTF-16 with one. Read in blocks; memory is bounded by the longest
// record.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace daymark::importers {

class CallLogCsvReader
{
public:
    static constexpr qsizetype kMaxRecordChars = 1024 * 1024;

    // `name` names the file in errors.
    CallLogCsvReader(QIODevice& device, QString name);

    // The next record that is not an empty line; false at the end. Throws Error(InvalidInput) naming the line for
    // text that is not UTF-8 (or UTF-16), a quote never closed, or a record over the limit; Error(Io).
    bool next(QStringList& fields);
    qint64 firstLine() const { return m_recordFirst; } // lines of the record last returned, from 1
    qint64 lastLine() const { return m_recordLast; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytes; }

private:
    bool fill(); // decodes the next block into m_text; false at the end of the file
    void detect();
    [[noreturn]] void notText(qsizetype at);

    QIODevice& m_device;
    QString m_name;
    QStringDecoder m_decoder;
    bool m_started = false;
    bool m_utf8 = true;
    bool m_eof = false;
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1; // line of m_text[m_pos]
    qint64 m_recordFirst = 0;
    qint64 m_recordLast = 0;
    qint64 m_bytes = 0;
    QChar m_delimiter = u',';
};

} // namespace daymark::importers
