// Column mapping and the call-log CSV parser.
#include "importers/CallLogCsv.h"

#include "common/Error.h"
#include "importers/CallLogCsvReader.h"
#include "importers/CallLogCsvValues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

// "Phone number" → "phonenumber": header names compared without case, spaces or punctuation.
QString key(const QString& header)
{
    QString k;
    for (const QChar c : header.toLower())
        if (c.isLetterOrNumber())
            k += c;
    return k;
}

qsizetype indexOfColumn(const QStringList& header, const QString& column)
{
    if (column.isEmpty())
        return -1;
    for (qsizetype k = 0; k < header.size(); ++k)
        if (header[k] == column)
            return k;
    for (qsizetype k = 0; k < header.size(); ++k)
        if (header[k].trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    return -1;
}

QString quotedList(const QStringList& header)
{
    QStringList quoted;
    for (const QString& h : header)
        quoted << u'"' + h + u'"';
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QStringList CsvColumnMapping::fieldCodes()
{
    return {QStringLiteral("date"), QStringLiteral("time"),      QStringLiteral("number"),
            QStringLiteral("name"), QStringLiteral("direction"), QStringLiteral("duration")};
}

QString CsvColumnMapping::fieldName(const QString& code)
{
    if (code == QLatin1String("date"))
        return tr("Date");
    if (code == QLatin1String("time"))
        return tr("Time");
    if (code == QLatin1String("number"))
        return tr("Phone number");
    if (code == QLatin1String("name"))
        return tr("Name");
    if (code == QLatin1String("direction"))
        return tr("Direction");
    if (code == QLatin1String("duration"))
        return tr("Duration");
    return code;
}

bool CsvColumnMapping::isRequired(const QString& code)
{
    return code == QLatin1String("date") || code == QLatin1String("number");
}

QString CsvColumnMapping::column(const QString& code) const
{
    if (code == QLatin1String("date"))
        return date;
    if (code == QLatin1String("time"))
        return time;
    if (code == QLatin1String("number"))
        return number;
    if (code == QLatin1String("name"))
        return name;
    if (code == QLatin1String("direction"))
        return direction;
    if (code == QLatin1String("duration"))
        return duration;
    return {};
}

void CsvColumnMapping::setColumn(const QString& code, const QString& header)
{
    QString* target = code == QLatin1String("date")        ? &date
                      : code == QLatin1String("time")      ? &time
                      : code == QLatin1String("number")    ? &number
                      : code == QLatin1String("name")      ? &name
                      : code == QLatin1String("direction") ? &direction
                      : code == QLatin1String("duration")  ? &duration
                                                           : nullptr;
    if (target)
        *target = header;
}

QStringList csvHeader(QIODevice& device, const QString& name)
{
    CallLogCsvReader reader(device, name);
    QStringList header;
    if (!reader.next(header))
        throw Error(Error::Kind::InvalidInput, tr("%1 is empty: it holds no calls.").arg(name));
    return header;
}

QStringList csvHeader(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw Error(Error::Kind::NotFound, tr("There is no file %1. Check the name and try again.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), file.errorString());
    return csvHeader(file, QFileInfo(path).fileName());
}

CsvColumnMapping guessCsvMapping(const QStringList& header)
{
    // Names by field, most telling first; an exact match wins over a column whose name only contains one.
    struct Names
    {
        const char* code;
        std::initializer_list<const char*> exact;
        std::initializer_list<const char*> partial;
    };
    static const Names kNames[] = {
        {"date",
         {"date", "datetime", "dateandtime", "calldate", "timestamp", "starttime", "start", "calldatetime", "datum",
          "fecha", "datetimeutc", "dateutc", "when"},
         {"date", "datum", "fecha"}},
        {"time", {"time", "calltime", "uhrzeit", "zeit", "hora", "heure"}, {}},
        {"number",
         {"number", "phonenumber", "phone", "telephone", "tel", "address", "callernumber", "contactnumber", "callerid",
          "remotenumber", "nummer", "telefonnummer", "rufnummer", "numero", "numéro", "from", "to", "fromto"},
         {"number", "phone", "nummer", "numero"}},
        {"name",
         {"name", "contact", "contactname", "cachedname", "callername", "caller", "displayname", "kontakt", "contacto"},
         {"name", "contact"}},
        {"direction",
         {"type", "calltype", "direction", "kind", "status", "typ", "tipo", "richtung", "calldirection"},
         {"type", "direction"}},
        {"duration",
         {"duration", "durationseconds", "durations", "durationsec", "length", "calllength", "seconds", "dauer",
          "duracion", "duración", "durée", "duree", "durationinseconds"},
         {"duration", "dauer", "length"}},
    };
    CsvColumnMapping mapping;
    QStringList used;
    for (bool exact : {true, false})
        for (const Names& n : kNames) {
            const QString code = QString::fromLatin1(n.code);
            if (!mapping.column(code).isEmpty())
                continue;
            for (const char* candidate : exact ? n.exact : n.partial) {
                const QString wanted = QString::fromUtf8(candidate);
                for (const QString& h : header) {
                    const QString k = key(h);
                    if (!used.contains(h) && (exact ? k == wanted : k.contains(wanted))) {
                        mapping.setColumn(code, h);
                        used << h;
                        break;
                    }
                }
                if (!mapping.column(code).isEmpty())
                    break;
            }
        }
    // "Time" alone, with no date column, is the date and time.
    if (mapping.date.isEmpty() && !mapping.time.isEmpty()) {
        mapping.date = mapping.time;
        mapping.time.clear();
    }
    return mapping;
}

QStringList missingCsvFields(const CsvColumnMapping& mapping)
{
    QStringList missing;
    for (const QString& code : CsvColumnMapping::fieldCodes())
        if (CsvColumnMapping::isRequired(code) && mapping.column(code).trimmed().isEmpty())
            missing << code;
    return missing;
}

QString csvMappingProblem(const CsvColumnMapping& mapping, const QStringList& header)
{
    for (const QString& code : missingCsvFields(mapping))
        return tr("Choose the column that holds the %1 (the file's columns are: %2).")
            .arg(CsvColumnMapping::fieldName(code).toLower(), quotedList(header));
    QStringList seen;
    for (const QString& code : CsvColumnMapping::fieldCodes()) {
        const QString column = mapping.column(code);
        if (column.isEmpty())
            continue;
        if (indexOfColumn(header, column) < 0)
            return tr("The file has no column \"%1\" (for the %2); its columns are: %3.")
                .arg(column, CsvColumnMapping::fieldName(code).toLower(), quotedList(header));
        const QString real = header.at(indexOfColumn(header, column));
        if (seen.contains(real))
            return tr("The column \"%1\" is chosen for two fields; choose one column per field.").arg(real);
        seen << real;
    }
    if (!CsvDateReader::isFormat(mapping.dateFormat.trimmed().isEmpty() ? QStringLiteral("auto")
                                                                        : mapping.dateFormat.trimmed()))
        return tr("The date format \"%1\" is not one Daymark knows: use auto, dmy, mdy, ymd, unix, unix-ms, or a "
                  "pattern such as dd.MM.yyyy HH:mm.")
            .arg(mapping.dateFormat);
    return {};
}

ImportSummary CallLogCsvParser::parse(QIODevice& device, const QString& name, const CallLogCsvOptions& options,
                                      const MessageSink& sink)
{
    const CsvColumnMapping& mapping = options.mapping;
    const qint64 total = device.size();
    auto cancelled = [&options] { return options.cancel && options.cancel->load(); };
    QStringList header;
    {
        CallLogCsvReader reader(device, name);
        if (!reader.next(header))
            throw Error(Error::Kind::InvalidInput, tr("%1 is empty: it holds no calls.").arg(name));
    }
    if (const QString problem = csvMappingProblem(mapping, header); !problem.isEmpty())
        throw Error(Error::Kind::InvalidInput, problem);
    struct Column
    {
        qsizetype index = -1;
        QString label;
    };
    auto columnOf = [&](const QString& column) { return Column{indexOfColumn(header, column), column}; };
    const Column date = columnOf(mapping.date);
    const Column time = columnOf(mapping.time);
    const Column number = columnOf(mapping.number);
    const Column contact = columnOf(mapping.name);
    const Column direction = columnOf(mapping.direction);
    const Column duration = columnOf(mapping.duration);
    CsvDateReader dates(mapping.dateFormat);

    auto fail = [&](qint64 line, const Column& column, const QString& problem) {
        throw Error(
            Error::Kind::InvalidInput,
            tr("%1, line %2, column \"%3\": %4 Nothing was imported.").arg(name).arg(line).arg(column.label, problem));
    };
    auto cell = [&](const QStringList& row, const Column& column, qint64 line) {
        if (column.index < 0)
            return QString();
        if (column.index >= row.size())
            fail(line, column,
                 tr("the row has %1 columns, fewer than the header's %2.").arg(row.size()).arg(header.size()));
        return row.at(column.index);
    };
    auto dateText = [&](const QStringList& row, qint64 line) {
        const QString d = cell(row, date, line);
        return time.index >= 0 ? d + u' ' + cell(row, time, line) : d;
    };

    auto rewind = [&] {
        if (!device.seek(0))
            throw Error(Error::Kind::Io, tr("%1 could not be read a second time.").arg(name), device.errorString());
    };
    // Pass 1: the date order, when it must be learnt.
    if (mapping.dateFormat.trimmed().isEmpty() || mapping.dateFormat.trimmed() == QLatin1String("auto")) {
        rewind();
        CallLogCsvReader reader(device, name);
        QStringList row;
        reader.next(row);
        while (reader.next(row))
            dates.observe(cell(row, date, reader.firstLine()));
        QString sample;
        if (!dates.orderKnown(&sample))
            throw Error(Error::Kind::InvalidInput,
                        tr("The dates in %1 read both as day/month and as month/day (such as \"%2\"). Say which the "
                           "file uses: date format dmy (day first) or mdy (month first).")
                            .arg(name, sample));
    }

    rewind();
    ImportSummary summary;
    CallLogCsvReader reader(device, name);
    QStringList row;
    reader.next(row); // the header
    qint64 rows = 0;
    while (reader.next(row)) {
        const qint64 line = reader.firstLine();
        if (++rows % 256 == 0) {
            if (cancelled())
                throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
            if (options.progress)
                options.progress(device.pos(), total);
        }
        ImportedMessage m;
        const QString when = dateText(row, line);
        const auto t = dates.read(when);
        if (!t)
            fail(line, date,
                 tr("\"%1\" is not a date and time Daymark can read%2.")
                     .arg(when.left(60), mapping.dateFormat == QLatin1String("auto")
                                             ? QString()
                                             : tr(" in the format %1").arg(mapping.dateFormat)));
        m.time = t->time;
        m.floating = t->floating;
        const QString peer = cell(row, number, line);
        const QString peerName = cell(row, contact, line);
        m.peerAddress = peer;
        m.peerName = peerName == peer ? QString() : peerName;
        m.kind = MessageKind::CallIncoming;
        m.direction = Direction::Unknown;
        if (direction.index >= 0) {
            const QString value = cell(row, direction, line);
            const auto d = csvDirection(value);
            if (!d)
                fail(line, direction,
                     tr("\"%1\" is not a call direction Daymark knows (incoming, outgoing, missed, rejected, blocked, "
                        "voicemail, or Android's numbers 1 to 7).")
                         .arg(value.left(40)));
            m.kind = d->kind;
            m.direction = d->direction;
        }
        if (m.direction == Direction::Outgoing) {
            if (!peer.isEmpty())
                m.recipients << peer;
        } else {
            m.senderName = m.peerName;
            m.senderAddress = peer;
        }
        if (duration.index >= 0) {
            const QString value = cell(row, duration, line);
            const auto seconds = csvDuration(value);
            if (!seconds)
                fail(line, duration, tr("\"%1\" is not a duration (seconds, mm:ss or h:mm:ss).").arg(value.left(40)));
            m.durationSeconds = *seconds;
        }
        if (m.durationSeconds < 0)
            m.durationSeconds = 0;
        m.position = {SourcePosition::Unit::Line, line, reader.lastLine()};
        summary.add(m);
        if (sink)
            sink(std::move(m));
    }
    if (options.progress)
        options.progress(total, total);
    return summary;
}

} // namespace daymark::importers
