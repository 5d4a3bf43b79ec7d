// The phone-number normaliser.
#include "importers/PhoneNumber.h"

namespace daymark::importers {

QString normalisePhone(const QString& number, const QString& defaultCountryCode)
{
    QString text = number.trimmed();
    text.replace(QLatin1String("(0)"), QString()); // "+44 (0)7700 ...": the trunk zero written for locals
    QString digits;
    bool plus = false;
    for (QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c == u'+' && digits.isEmpty())
            plus = true;
    }
    if (digits.isEmpty())
        return {};
    if (!plus && digits.startsWith(QLatin1String("00"))) {
        plus = true;
        digits.remove(0, 2);
    }
    if (plus)
        return u'+' + digits;
    if (digits.size() >= 9 && digits.startsWith(u'0') && !defaultCountryCode.isEmpty())
        return u'+' + defaultCountryCode + digits.mid(1);
    return digits;
}

bool samePhone(const QString& a, const QString& b, const QString& defaultCountryCode)
{
    const QString x = normalisePhone(a, defaultCountryCode);
    return !x.isEmpty() && x == normalisePhone(b, defaultCountryCode);
}

} // namespace daymark::importers
