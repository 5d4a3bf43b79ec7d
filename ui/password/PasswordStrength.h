// How hard a password is to guess, from zxcvbn's estimate, put into words a person understands.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace daymark::ui {

class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(daymark::ui::PasswordStrength)

public:
    enum class Level { Empty, VeryWeak, Weak, Fair, Strong, VeryStrong };

    static PasswordStrength evaluate(const QString& password);

    Level level() const { return m_level; }
    double entropyBits() const { return m_bits; }
    // 0–100, for a bar.
    int percent() const;
    // "Very weak" … "Very strong".
    QString label() const { return labelFor(m_level); }
    static QString labelFor(Level level);
    // What to do about it, in one or two sentences.
    QString hint() const;

private:
    PasswordStrength(Level level, double bits) : m_level(level), m_bits(bits) {}

    Level m_level;
    double m_bits;
};

} // namespace daymark::ui
