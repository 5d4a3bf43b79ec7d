// WhatsApp chat export parsing: a scan for shape and date order, then the messages, one line at a time.
#include "importers/WhatsAppParser.h"

#include "common/Error.h"
#include "importers/LineReader.h"
#include "importers/WhatsAppLine.h"
#include "importers/WhatsAppText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTimeZone>
#include <map>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

struct ShapeStats
{
    qint64 count = 0;
    int maxField[3] = {0, 0, 0};
    int maxWidth[3] = {0, 0, 0};
    QString firstLine;
};

// Which written field holds the day, the month and the year.
struct FieldOrder
{
    int day = 0;
    int month = 1;
    int year = 2;
};

FieldOrder fromCode(const QString& code)
{
    FieldOrder o;
    for (int k = 0; k < 3; ++k) {
        const QChar c = code.at(k);
        (c == u'd' ? o.day : c == u'm' ? o.month : o.year) = k;
    }
    return o;
}

QString codeOf(const FieldOrder& o)
{
    QString code(3, u'?');
    code[o.day] = u'd';
    code[o.month] = u'm';
    code[o.year] = u'y';
    return code;
}

// The order a file's dates must have been written in, or nullopt when both day/month and month/day fit.
std::optional<FieldOrder> inferOrder(const ShapeStats& s)
{
    int year = -1;
    for (int k = 0; k < 3; ++k)
        if (s.maxWidth[k] == 4) {
            if (year >= 0)
                invalid(tr("The dates in this chat have two four-digit numbers (first seen on \"%1\"); it is not a "
                           "WhatsApp export Daymark can read.")
                            .arg(s.firstLine));
            year = k;
        }
    if (year < 0)
        year = 2; // "23/06/18": two-digit years come last
    const int p = year == 0 ? 1 : 0;
    const int q = year == 2 ? 1 : 2;
    const bool pIsDay = s.maxField[p] > 12;
    const bool qIsDay = s.maxField[q] > 12;
    if (pIsDay && qIsDay)
        invalid(tr("The dates in this chat do not follow one order: some read as day/month and others as "
                   "month/day, so Daymark cannot tell when the messages were sent."));
    FieldOrder o;
    o.year = year;
    if (pIsDay || qIsDay) {
        o.day = pIsDay ? p : q;
        o.month = pIsDay ? q : p;
        return o;
    }
    if (year == 0) { // 2018/06/13: year first is always followed by the month
        o.month = p;
        o.day = q;
        return o;
    }
    return std::nullopt;
}

QDateTime wallClock(const WhatsAppHeader& h, const FieldOrder& order, qint64 lineNumber, const QString& line)
{
    int year = h.fields[order.year];
    if (h.widths[order.year] <= 2)
        year += 2000;
    const QDate date(year, h.fields[order.month], h.fields[order.day]);
    int hour = h.hour;
    if (h.meridiem != WhatsAppHeader::Meridiem::None) {
        if (hour > 12)
            invalid(tr("Line %1: \"%2\" has an hour above 12 with a.m./p.m.; it is not a time WhatsApp writes.")
                        .arg(lineNumber)
                        .arg(line.left(40)));
        hour = hour % 12 + (h.meridiem == WhatsAppHeader::Meridiem::Pm ? 12 : 0);
    }
    if (!date.isValid())
        invalid(tr("Line %1: \"%2\" is not a valid date when read as %3. If the date order is wrong, choose the other "
                   "one.")
                    .arg(lineNumber)
                    .arg(line.left(40), codeOf(order)));
    return QDateTime(date, QTime(hour, h.minute, h.second), Qt::UTC); // a time spec: no allocation per message
}

void checkCancel(const WhatsAppOptions& options)
{
    if (options.cancel && options.cancel->load())
        throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
}

} // namespace

bool WhatsAppParser::isDateOrder(const QString& order)
{
    return order == QLatin1String("dmy") || order == QLatin1String("mdy") || order == QLatin1String("ymd");
}

ImportSummary WhatsAppParser::parse(QIODevice& device, const WhatsAppOptions& options, const MessageSink& sink)
{
    if (!options.dateOrder.isEmpty() && !isDateOrder(options.dateOrder))
        invalid(tr("Date order: '%1' is not one of dmy, mdy, ymd.").arg(options.dateOrder));
    const qint64 total = device.size();
    if (total == 0)
        invalid(tr("The file is empty: it holds no messages. Export the chat again from WhatsApp."));
    auto report = [&](qint64 pass, const LineReader& reader) {
        if (options.progress && reader.lineNumber() % 4096 == 0)
            options.progress(pass * total + device.pos(), 2 * total);
        if (reader.lineNumber() % 1024 == 0)
            checkCancel(options);
    };

    // Pass 1: the shape shared by the message lines, and what their date numbers say about the order.
    std::map<int, ShapeStats> shapes;
    {
        LineReader reader(device, kMaxLineBytes);
        QByteArray bytes;
        QString line;
        while (reader.nextBytes(bytes)) {
            report(0, reader);
            // A header starts with a digit, "[" or a direction mark (UTF-8 E2 80 8E/8F); other lines are skipped
            // undecoded here (pass 2 checks their encoding).
            const char first = bytes.isEmpty() ? '\0' : bytes.front();
            if (!(first >= '0' && first <= '9') && first != '[' && first != '\xE2' && first != '\xEF')
                continue;
            line = QString::fromUtf8(bytes);
            const auto header = matchWhatsAppHeader(line);
            if (!header)
                continue;
            ShapeStats& s = shapes[header->shape];
            if (s.count++ == 0)
                s.firstLine = withoutDirectionMarks(line.left(header->restStart)).trimmed();
            for (int k = 0; k < 3; ++k) {
                s.maxField[k] = std::max(s.maxField[k], header->fields[k]);
                s.maxWidth[k] = std::max(s.maxWidth[k], header->widths[k]);
            }
        }
    }
    if (shapes.empty()) {
        // Say so when the reason is the encoding (a UTF-16 or Latin-1 file): the scan did not decode every line.
        if (device.seek(0)) {
            LineReader check(device, kMaxLineBytes);
            QString line;
            while (check.next(line)) {
            }
        }
        invalid(tr("This is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp writes "
                   "them (such as \"23/06/2018, 13:55 - Name: text\" or \"[23/06/2018, 13:55:10] Name: text\")."));
    }
    auto best = shapes.begin();
    for (auto it = shapes.begin(); it != shapes.end(); ++it)
        if (it->second.count > best->second.count)
            best = it;
    const int shape = best->first;

    ImportSummary summary;
    FieldOrder order;
    if (!options.dateOrder.isEmpty()) {
        order = fromCode(options.dateOrder);
        if (best->second.maxWidth[order.year] == 4 ? false
                                                   : std::max(best->second.maxWidth[0], best->second.maxWidth[2]) == 4)
            invalid(tr("Date order '%1' does not fit this chat: its years are written elsewhere (\"%2\").")
                        .arg(options.dateOrder, best->second.firstLine));
    } else if (const auto inferred = inferOrder(best->second)) {
        order = *inferred;
    } else {
        summary.dateOrderAmbiguous = true;
        summary.ambiguousSample = best->second.firstLine;
        order = fromCode(QStringLiteral("dmy")); // to count messages and people for the question; no dates shown
    }
    summary.dateOrder = summary.dateOrderAmbiguous ? QString() : codeOf(order);

    // Pass 2: the messages.
    if (!device.seek(0))
        throw Error(Error::Kind::Io, tr("The chat file could not be read a second time."), device.errorString());
    LineReader reader(device, kMaxLineBytes);
    ImportedMessage current;
    bool open = false; // `current` holds a message still collecting lines
    auto flush = [&] {
        if (!open)
            return;
        finishWhatsAppMessage(current);
        summary.add(current);
        if (!summary.dateOrderAmbiguous && sink)
            sink(std::move(current));
        current = ImportedMessage();
        open = false;
    };
    QString line;
    while (reader.next(line)) {
        report(1, reader);
        const qint64 number = reader.lineNumber();
        const auto header = matchWhatsAppHeader(line);
        if (header && header->shape == shape) {
            flush();
            open = true;
            current.time = wallClock(*header, order, number, line);
            current.floating = true;
            current.position = {SourcePosition::Unit::Line, number, number};
            splitWhatsAppSender(QStringView(line).mid(header->restStart), current);
            continue;
        }
        if (!open) {
            if (!line.trimmed().isEmpty())
                ++summary.systemLines; // text before the first message: an export header some tools add
            continue;
        }
        if (current.text.size() + line.size() > kMaxMessageChars)
            invalid(tr("Line %1: the message that starts on line %2 is longer than WhatsApp allows; this is not a "
                       "chat export Daymark can read.")
                        .arg(number)
                        .arg(current.position.first));
        current.text += u'\n';
        current.text += line;
        current.position.last = number;
    }
    flush();
    if (summary.dateOrderAmbiguous) {
        summary.first = {};
        summary.last = {};
    }
    if (options.progress)
        options.progress(2 * total, 2 * total);
    return summary;
}

} // namespace daymark::importers
