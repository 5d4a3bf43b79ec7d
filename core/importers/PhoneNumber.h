// Phone numbers in one comparable form, so "07700 900123", "+44 (0)7700-900123" and "0044 7700 900123" match.
// A small normaliser for UK and E.164 numbers (libphonenumber is not needed for that): spaces, dashes, dots and
// brackets dropped; "00" read as "+"; a leading national "0" read as the default country's code (+44 unless told).
// Numbers of other countries match when both sides are written in international form.
#pragma once

#include <QString>

namespace daymark::importers {

// "+447700900123"; digits only for short codes; empty for text with no digits.
QString normalisePhone(const QString& number, const QString& defaultCountryCode = QStringLiteral("44"));

bool samePhone(const QString& a, const QString& b, const QString& defaultCountryCode = QStringLiteral("44"));

} // namespace daymark::importers
