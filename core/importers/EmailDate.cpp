// E-mail date parsing: the fields are found by their shape (a month name, a time with colons, a zone, the numbers
// left being the day and the year), which reads the RFC 5322 order, the asctime order and most mailers' mistakes.
#include "importers/EmailDate.h"

#include <QByteArray>
#include <QList>

namespace daymark::importers {
namespace {

int monthOf(QByteArrayView token)
{
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    if (token.size() < 3)
        return 0;
    const QByteArray prefix = token.first(3).toByteArray().toLower();
    for (int m = 0; m < 12; ++m)
        if (prefix == kMonths[m])
            return m + 1;
    return 0;
}

bool isWeekday(QByteArrayView token)
{
    static const char* const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (token.size() < 3)
        return false;
    const QByteArray prefix = token.first(3).toByteArray().toLower();
    for (const char* d : kDays)
        if (prefix == d)
            return true;
    return false;
}

bool allDigits(QByteArrayView t)
{
    if (t.isEmpty())
        return false;
    for (char c : t)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Offset in seconds of a zone token, or nullopt when the token is not a zone.
std::optional<int> zoneOf(QByteArrayView t)
{
    if ((t.startsWith('+') || t.startsWith('-')) && t.size() >= 3) {
        QByteArray digits = t.sliced(1).toByteArray();
        digits.replace(":", "");
        if (!allDigits(digits) || (digits.size() != 4 && digits.size() != 2))
            return std::nullopt;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() == 4 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return (t.front() == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    struct Named
    {
        const char* name;
        int hours;
    };
    static const Named kZones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5}, {"edt", -4},
                                   {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7},
                                   {"bst", 1},  {"cet", 1},  {"cest", 2}, {"met", 1},  {"mest", 2}, {"eet", 2},
                                   {"eest", 3}, {"wet", 0},  {"west", 1}};
    const QByteArray lower = t.toByteArray().toLower();
    for (const Named& z : kZones)
        if (lower == z.name)
            return z.hours * 3600;
    if (lower.size() == 1 && lower[0] >= 'a' && lower[0] <= 'z' && lower[0] != 'j')
        return 0; // military zones: RFC 5322 says to read them as -0000 (unknown), since they were often wrong
    return std::nullopt;
}

std::optional<QTime> timeOf(QByteArrayView t)
{
    const QList<QByteArray> parts = t.toByteArray().split(':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    int values[3] = {0, 0, 0};
    for (qsizetype k = 0; k < parts.size(); ++k) {
        QByteArray p = parts[k];
        if (k == 2 && p.contains('.'))
            p.truncate(p.indexOf('.')); // fractions of a second
        if (!allDigits(p) || p.size() > 2)
            return std::nullopt;
        values[k] = p.toInt();
    }
    const QTime time(values[0], values[1], std::min(values[2], 59)); // a leap second is read as :59
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

std::optional<QDateTime> parseEmailDate(QByteArrayView value)
{
    // Comments out, commas and periods after the day of the week or the day become spaces.
    QByteArray text;
    int depth = 0;
    for (char c : value) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            text += (c == ',' || c == '\t' || c == '\r' || c == '\n') ? ' ' : c;
    }
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Some mailers write ISO 8601.
    if (text.size() >= 19 && text[4] == '-' && text[10] == 'T') {
        const QDateTime iso = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
        if (iso.isValid())
            return iso;
    }
    int month = 0;
    std::optional<QTime> time;
    std::optional<int> offset;
    QList<QByteArray> numbers;
    for (QByteArray token : text.split(' ')) {
        if (token.isEmpty())
            continue;
        if (token.endsWith('.') && token.size() > 1)
            token.chop(1);
        if (!time && token.contains(':') && token.front() != '+' && token.front() != '-') {
            if (!(time = timeOf(token)))
                return std::nullopt;
        } else if (allDigits(token)) {
            numbers << token;
        } else if (!month && monthOf(token) && token.size() <= 9 && !isWeekday(token)) {
            month = monthOf(token);
        } else if (const auto zone = zoneOf(token); zone && !offset && time) {
            offset = zone;
        } else if (isWeekday(token)) {
            continue;
        } else if (token.contains('-') && token.count('-') == 2 && !month) { // "3-Jan-1996"
            const QList<QByteArray> parts = token.split('-');
            month = monthOf(parts[1]);
            if (!month || !allDigits(parts[0]) || !allDigits(parts[2]))
                return std::nullopt;
            numbers << parts[0] << parts[2];
        } else if (!offset && time && zoneOf(token)) {
            offset = zoneOf(token);
        } else {
            return std::nullopt; // a word that is neither a date part nor a zone
        }
    }
    if (!month || !time || numbers.size() != 2)
        return std::nullopt;
    // Day then year, unless the first is plainly a year ("1996 Jan 3").
    QByteArray day = numbers[0];
    QByteArray year = numbers[1];
    if (day.size() >= 3) {
        std::swap(day, year);
        if (day.size() >= 3)
            return std::nullopt;
    }
    int y = year.toInt();
    if (year.size() <= 2)
        y += y < 50 ? 2000 : 1900; // RFC 5322 4.3
    else if (year.size() == 3)
        y += 1900;
    const QDate date(y, month, day.toInt());
    if (!date.isValid() || year.size() > 4)
        return std::nullopt;
    return QDateTime(date, *time, Qt::OffsetFromUTC, offset.value_or(0));
}

std::optional<QDateTime> parseMboxFromDate(QByteArrayView line)
{
    if (!line.startsWith("From "))
        return std::nullopt;
    QByteArrayView rest = line.sliced(5).trimmed();
    // The sender is one word (an address, "-" or "MAILER-DAEMON"); a quoted local part may hold spaces.
    qsizetype at = 0;
    if (rest.startsWith('"')) {
        at = rest.indexOf('"', 1);
        if (at < 0)
            return std::nullopt;
    }
    const qsizetype space = rest.indexOf(' ', at);
    if (space < 0)
        return std::nullopt;
    const auto date = parseEmailDate(rest.sliced(space + 1));
    if (!date)
        return std::nullopt;
    return date->toUTC();
}

} // namespace daymark::importers
