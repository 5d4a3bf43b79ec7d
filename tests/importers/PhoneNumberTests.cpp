// The phone-number normaliser: the spellings of one UK number match; different numbers and short codes do not.
#include "Catch.h"

#include "importers/PhoneNumber.h"

using namespace daymark::importers;

TEST_CASE("the spellings of one UK number normalise to the same E.164 form")
{
    const QString e164 = QStringLiteral("+447700900123");
    for (const char* spelling : {"07700 900123", "+44 7700 900123", "+44 (0)7700-900123", "0044 7700 900 123",
                                 "(07700) 900.123", "+447700900123", "\u200e+44\u00a07700\u00a0900123"})
        CHECK(normalisePhone(QString::fromUtf8(spelling)) == e164);
    CHECK(samePhone(QStringLiteral("07700 900123"), QStringLiteral("+44 7700 900123")));
}

TEST_CASE("different numbers, other countries and short codes stay apart")
{
    CHECK_FALSE(samePhone(QStringLiteral("07700 900123"), QStringLiteral("07700 900124")));
    CHECK(normalisePhone(QStringLiteral("+1 (555) 123-4567")) == QStringLiteral("+15551234567"));
    CHECK(normalisePhone(QStringLiteral("0612345678"), QStringLiteral("31")) == QStringLiteral("+31612345678"));
    CHECK(normalisePhone(QStringLiteral("88888")) == QStringLiteral("88888"));
    CHECK(normalisePhone(QStringLiteral("Private number")).isEmpty());
    CHECK_FALSE(samePhone(QString(), QString()));
}
