// Signal text export parsing: header lines found by a small hand-written scanner, continuation lines joined.
#include "importers/SignalParser.h"

#include "common/Error.h"
#include "importers/LineReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

struct Header
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    qsizetype restStart = 0;
};

class Scanner
{
public:
    explicit Scanner(QStringView line) : m_line(line) {}
    bool take(QChar c)
    {
        if (m_at < m_line.size() && m_line[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    // `min` to `max` ASCII digits.
    bool number(int min, int max, int& value)
    {
        value = 0;
        int n = 0;
        while (n < max && m_at < m_line.size() && m_line[m_at] >= u'0' && m_line[m_at] <= u'9') {
            value = value * 10 + (m_line[m_at].unicode() - u'0');
            ++m_at;
            ++n;
        }
        return n >= min;
    }
    qsizetype at() const { return m_at; }

private:
    QStringView m_line;
    qsizetype m_at = 0;
};

// "[2019-12-24, 12:23] ", "[2019-12-24 12:23:05] ".
std::optional<Header> matchHeader(QStringView line)
{
    if (line.size() < 18 || line[0] != u'[')
        return std::nullopt;
    Scanner s(line);
    Header h;
    s.take(u'[');
    if (!s.number(4, 4, h.year) || !s.take(u'-') || !s.number(2, 2, h.month) || !s.take(u'-') || !s.number(2, 2, h.day))
        return std::nullopt;
    const bool comma = s.take(u',');
    if (!s.take(u' ') && !comma)
        return std::nullopt;
    if (!s.number(1, 2, h.hour) || !s.take(u':') || !s.number(2, 2, h.minute))
        return std::nullopt;
    if (s.take(u':') && !s.number(2, 2, h.second))
        return std::nullopt;
    if (!s.take(u']'))
        return std::nullopt;
    s.take(u' ');
    h.restStart = s.at();
    return h;
}

// A whole line that is a Markdown link to a file: "![name](media/file.jpg)" or "[name](media/file.pdf)".
std::optional<QString> mediaLink(const QString& line)
{
    const QString t = line.trimmed();
    const qsizetype open = t.indexOf(QLatin1String("]("));
    if (!(t.startsWith(QLatin1String("![")) || t.startsWith(u'[')) || open < 0 || !t.endsWith(u')'))
        return std::nullopt;
    const QString target = t.mid(open + 2, t.size() - open - 3);
    if (target.isEmpty() || target.contains(u' ') || target.contains(QLatin1String("://")))
        return std::nullopt;
    return target;
}

} // namespace

ImportSummary SignalParser::parse(QIODevice& device, const SignalOptions& options, const MessageSink& sink)
{
    const qint64 total = device.size();
    if (total == 0)
        throw Error(Error::Kind::InvalidInput, tr("The file is empty: it holds no messages. Export the chat again."));
    ImportSummary summary;
    LineReader reader(device, kMaxLineBytes);
    ImportedMessage current;
    bool open = false;
    bool any = false;
    qint64 lastText = 0; // the last line of `current` that is not blank
    auto flush = [&] {
        if (!open)
            return;
        // Blank lines before the next header separate messages; they are not part of the text.
        while (current.text.endsWith(u'\n'))
            current.text.chop(1);
        current.position.last = lastText;
        summary.add(current);
        if (sink)
            sink(std::move(current));
        current = ImportedMessage();
        open = false;
    };
    QString line;
    while (reader.next(line)) {
        const qint64 number = reader.lineNumber();
        if (number % 1024 == 0) {
            if (options.cancel && options.cancel->load())
                throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
            if (options.progress)
                options.progress(device.pos(), total);
        }
        if (const auto h = matchHeader(line)) {
            flush();
            const QDate date(h->year, h->month, h->day);
            if (!date.isValid() || h->hour > 23 || h->minute > 59 || h->second > 59)
                throw Error(Error::Kind::InvalidInput, tr("Line %1: \"%2\" is not a valid date and time. Nothing was "
                                                          "imported.")
                                                           .arg(number)
                                                           .arg(line.left(h->restStart).trimmed()));
            open = any = true;
            current.time = QDateTime(date, QTime(h->hour, h->minute, h->second), Qt::UTC);
            current.floating = true;
            current.position = {SourcePosition::Unit::Line, number, number};
            lastText = number;
            const QString rest = line.mid(h->restStart);
            const qsizetype colon = rest.indexOf(QLatin1String(": "));
            if (colon > 0) {
                current.senderName = rest.left(colon).trimmed();
                current.text = rest.mid(colon + 2);
            } else if (rest.size() > 1 && rest.endsWith(u':')) {
                current.senderName = rest.chopped(1).trimmed(); // "Name:" and the text on the next lines
            } else {
                current.kind = MessageKind::System; // "Jane Doe set the disappearing message time to 1 week"
                current.text = rest;
            }
            if (const auto media = mediaLink(current.text))
                current.media << MediaReference{*media, {}, {}, false};
            continue;
        }
        if (!open) {
            if (!line.trimmed().isEmpty())
                ++summary.systemLines; // a title or header some tools write before the first message
            continue;
        }
        if (current.text.size() + line.size() > kMaxMessageChars)
            throw Error(Error::Kind::InvalidInput,
                        tr("Line %1: the message that starts on line %2 is longer than any chat message; this is not "
                           "a Signal export Daymark can read.")
                            .arg(number)
                            .arg(current.position.first));
        current.text += u'\n';
        current.text += line;
        if (!line.trimmed().isEmpty())
            lastText = number;
        if (const auto media = mediaLink(line))
            current.media << MediaReference{*media, {}, {}, false};
    }
    flush();
    if (!any)
        throw Error(Error::Kind::InvalidInput,
                    tr("This is not a Signal chat export: no line starts with a date and time in brackets the way "
                       "Signal exports write them (such as \"[2019-12-24, 12:23] Jane Doe: Hello\")."));
    if (options.progress)
        options.progress(total, total);
    return summary;
}

} // namespace daymark::importers
