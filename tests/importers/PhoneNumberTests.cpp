// The phone-number normaliser: the spellings of one UK number match; different numbers and short codes do not. And
// the test that tells a WhatsApp sender shown as a number from one shown as a name.
#include "Catch.h"

#include "importers/PhoneNumber.h"
#include "importers/WhatsAppLine.h"
#include "importers/WhatsAppText.h"

#include <QRegularExpression>
#include <random>

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

TEST_CASE("a WhatsApp sender reads as a phone number exactly when the number pattern matches it")
{
    // The pattern is the definition; the parser checks by hand for speed, and must never disagree with it.
    const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9][0-9 ()\-.\x{00A0}\x{202F}]{5,}$)"),
                                     QRegularExpression::UseUnicodePropertiesOption);
    auto byPattern = [&pattern](const QString& text) {
        return pattern.match(withoutDirectionMarks(text).trimmed()).hasMatch();
    };
    const QStringList fixed{QStringLiteral("+44 7700 900123"),
                            QStringLiteral("07700-900123"),
                            QStringLiteral("\u200E+44\u00A07700\u202F900123\u200F"),
                            QStringLiteral("123456"),
                            QStringLiteral("12345"),
                            QStringLiteral("+12345"),
                            QStringLiteral("++123456"),
                            QStringLiteral(" (0)7700 900123 "),
                            QStringLiteral("Sam 07700"),
                            QStringLiteral("\u0661\u0662\u0663\u0664\u0665\u0666"),
                            QString(),
                            QStringLiteral("+")};
    for (const QString& text : fixed) {
        INFO(text.toStdString());
        CHECK(looksLikePhoneNumber(text) == byPattern(text));
    }
    std::mt19937 rng(44);
    const QString alphabet = QStringLiteral("0123456789+ ()-.a\u00A0\u202F\u200E\u200F\t");
    for (int k = 0; k < 20000; ++k) {
        QString text;
        const int length = static_cast<int>(rng() % 12);
        for (int c = 0; c < length; ++c)
            text += alphabet.at(static_cast<qsizetype>(rng() % alphabet.size()));
        INFO(text.toStdString());
        REQUIRE(looksLikePhoneNumber(text) == byPattern(text));
    }
}
