// Password strength in words, from zxcvbn's estimate.
#include "Catch.h"
#include "password/PasswordStrength.h"

using daymark::ui::PasswordStrength;
using Level = PasswordStrength::Level;

TEST_CASE("common passwords are judged very weak")
{
    for (const char* common : {"password", "123456", "letmein1", "qwerty", "daymark"}) {
        INFO(common);
        CHECK(PasswordStrength::evaluate(QString::fromUtf8(common)).level() == Level::VeryWeak);
    }
}

TEST_CASE("a passphrase of unrelated words is judged strong")
{
    const auto strength = PasswordStrength::evaluate(QStringLiteral("correct horse battery staple"));
    CHECK(strength.level() >= Level::Strong);
    CHECK(strength.percent() > PasswordStrength::evaluate(QStringLiteral("walnut river")).percent());
}

TEST_CASE("strength grows as unrelated words are added")
{
    const Level two = PasswordStrength::evaluate(QStringLiteral("walnut river")).level();
    const Level three = PasswordStrength::evaluate(QStringLiteral("walnut river lantern")).level();
    const Level five = PasswordStrength::evaluate(QStringLiteral("walnut river lantern orbit meadow")).level();
    CHECK(two < three);
    CHECK(three < five);
}

TEST_CASE("every level has words and a hint, and an empty password has no strength")
{
    const auto empty = PasswordStrength::evaluate({});
    CHECK(empty.level() == Level::Empty);
    CHECK(empty.percent() == 0);
    CHECK_FALSE(empty.hint().isEmpty());
    const auto weak = PasswordStrength::evaluate(QStringLiteral("password"));
    CHECK(weak.label() == QStringLiteral("Very weak"));
    CHECK(weak.percent() > 0); // a typed password always shows on the bar
    CHECK(PasswordStrength::evaluate(QStringLiteral("purple elephants dance quietly at noon in lisbon")).label() ==
          QStringLiteral("Very strong"));
}

TEST_CASE("a very long password is judged without stalling")
{
    const QString longPassword(5000, QLatin1Char('x'));
    const auto strength = PasswordStrength::evaluate(longPassword);
    CHECK(strength.level() != Level::Empty);
}
