// zxcvbn estimates the guesses an attacker needs (as bits of entropy); the thresholds follow KeePassXC's, with one
// more step at the bottom for passwords that are among the first anyone would try.
#include "password/PasswordStrength.h"

#include "crypto/SecureBytes.h"

#include <algorithm>
#include <zxcvbn.h>

namespace daymark::ui {
namespace {

constexpr double kVeryWeakBelow = 25;
constexpr double kWeakBelow = 40;
constexpr double kFairBelow = 65;
constexpr double kStrongBelow = 100;
constexpr double kFullBarAt = 120;
// zxcvbn's time grows quickly with length; beyond this a password is judged by its beginning, which is enough.
constexpr qsizetype kMaxCheckedLength = 100;

} // namespace

PasswordStrength PasswordStrength::evaluate(const QString& password)
{
    if (password.isEmpty())
        return {Level::Empty, 0};
    QString checked = password.left(kMaxCheckedLength); // shares the caller's text unless it was cut
    QByteArray utf8 = checked.toUtf8();
    crypto::wipe(checked);
    // Words that would come first to anyone guessing the password of a Daymark diary.
    const char* userDict[] = {"daymark", "diary", "password", "stalker", "police", nullptr};
    const double bits = ZxcvbnMatch(utf8.constData(), userDict, nullptr);
    crypto::wipe(utf8);

    Level level = Level::VeryStrong;
    if (bits < kVeryWeakBelow)
        level = Level::VeryWeak;
    else if (bits < kWeakBelow)
        level = Level::Weak;
    else if (bits < kFairBelow)
        level = Level::Fair;
    else if (bits < kStrongBelow)
        level = Level::Strong;
    return {level, bits};
}

int PasswordStrength::percent() const
{
    if (m_level == Level::Empty)
        return 0;
    // Never an empty bar for a typed password: the words say how weak it is, the bar shows that it was judged.
    return std::clamp(static_cast<int>(m_bits * 100 / kFullBarAt), 5, 100);
}

QString PasswordStrength::labelFor(Level level)
{
    switch (level) {
    case Level::Empty:
        return tr("No password yet");
    case Level::VeryWeak:
        return tr("Very weak");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    case Level::VeryStrong:
        return tr("Very strong");
    }
    return {};
}

QString PasswordStrength::hint() const
{
    switch (m_level) {
    case Level::Empty:
        return tr("A few unrelated words make a password that is strong and easy to remember.");
    case Level::VeryWeak:
        return tr("This password would be among the first ones tried. Use three or four unrelated words, or a "
                  "longer sentence that only you would think of.");
    case Level::Weak:
        return tr("Someone could guess this with some effort. Add another unrelated word, or make it longer.");
    case Level::Fair:
        return tr("This is reasonable. One more unrelated word would make it much harder to guess.");
    case Level::Strong:
        return tr("This is a good password. Make sure you will remember it.");
    case Level::VeryStrong:
        return tr("This is an excellent password. Make sure you will remember it.");
    }
    return {};
}

} // namespace daymark::ui
