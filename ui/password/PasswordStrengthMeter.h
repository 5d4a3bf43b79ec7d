// Shows a password's strength as it is typed: a bar, a word ("Very weak" … "Very strong") and a hint.
#pragma once

#include "password/PasswordStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace daymark::ui {

class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    void setPassword(const QString& password);
    PasswordStrength::Level level() const { return m_level; }
    // "Strength: Very weak", as shown.
    QString levelText() const { return m_levelText; }

private:
    QProgressBar* m_bar;
    QLabel* m_word;
    QLabel* m_hint;
    PasswordStrength::Level m_level = PasswordStrength::Level::Empty;
    QString m_levelText;
};

} // namespace daymark::ui
