// Call logs as CSV, from any tool: the person says which column holds what (CsvColumnMapping, by the header's
// column names), or takes the guess made from common header names. Each row becomes a call: date (and time, when in
// a column of its own), number, name, direction and duration. All or nothing: a row that cannot be read stops the
// import with its line and column named.
#pragma once

#include "importers/ImportedMessage.h"

#include <QStringList>

class QIODevice;

namespace daymark::importers {

// Columns by their header names, as csvHeader() returns them. Empty: not in the file.
struct CsvColumnMapping
{
    QString date;      // required: the date, or the date and time
    QString time;      // when the time has a column of its own
    QString number;    // required: the other party's phone number
    QString name;      // the contact's name
    QString direction; // incoming, outgoing, missed, rejected, blocked, voicemail, or Android's 1-7
    QString duration;  // seconds, mm:ss or h:mm:ss
    // "auto", "dmy", "mdy", "ymd", "unix", "unix-ms", or a Qt pattern such as "dd.MM.yyyy HH:mm".
    QString dateFormat = QStringLiteral("auto");

    // The fields by code, in the order a form shows them: "date", "time", "number", "name", "direction",
    // "duration".
    static QStringList fieldCodes();
    static QString fieldName(const QString& code); // "Date", "Phone number", ... (translated)
    static bool isRequired(const QString& code);
    QString column(const QString& code) const;
    void setColumn(const QString& code, const QString& header); // an unknown code is ignored
    bool operator==(const CsvColumnMapping&) const = default;
};

// The header row of a CSV file (the column names, in order). Throws Error: NotFound, Io, InvalidInput (not text,
// empty, no header).
QStringList csvHeader(const QString& path);
QStringList csvHeader(QIODevice& device, const QString& name);

// A mapping from the header names that phone tools and spreadsheets use ("Date", "Number", "Type", "Duration",
// Android's and iPhone tools' names, a few other languages). Fields with no likely column stay empty.
CsvColumnMapping guessCsvMapping(const QStringList& header);

// Empty when the mapping can be used with this header; otherwise one sentence saying what to choose.
QString csvMappingProblem(const CsvColumnMapping& mapping, const QStringList& header);
// The required fields the mapping leaves empty ("date", "number").
QStringList missingCsvFields(const CsvColumnMapping& mapping);

struct CallLogCsvOptions
{
    CsvColumnMapping mapping;
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class CallLogCsvParser
{
public:
    // `device` must be seekable (dates are read twice in "auto" to learn day/month against month/day). Throws
    // Error(InvalidInput) naming the line and column of a value that cannot be read, a mapping that does not fit
    // the header, or dates whose order cannot be told (say dmy or mdy); Error(Cancelled).
    static ImportSummary parse(QIODevice& device, const QString& name, const CallLogCsvOptions& options,
                               const MessageSink& sink);
};

} // namespace daymark::importers
