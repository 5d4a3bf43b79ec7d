// ISO 8601 date-time text written digit by digit.
#include "common/IsoTimeText.h"

namespace daymark {

QString isoTimeText(const QDateTime& time, IsoFraction fraction)
{
    const bool ms = fraction == IsoFraction::Milliseconds;
    const QDate d = time.date();
    if (!time.isValid() || d.year() < 1 || d.year() > 9999)
        return time.toString(ms ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QTime t = time.time();
    char text[23];
    auto put = [&text](int at, int value, int digits) {
        for (int k = digits - 1; k >= 0; --k, value /= 10)
            text[at + k] = static_cast<char>('0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = '-';
    put(5, d.month(), 2);
    text[7] = '-';
    put(8, d.day(), 2);
    text[10] = 'T';
    put(11, t.hour(), 2);
    text[13] = ':';
    put(14, t.minute(), 2);
    text[16] = ':';
    put(17, t.second(), 2);
    if (!ms)
        return QString::fromLatin1(text, 19);
    text[19] = '.';
    put(20, t.msec(), 3);
    return QString::fromLatin1(text, 23);
}

} // namespace daymark
