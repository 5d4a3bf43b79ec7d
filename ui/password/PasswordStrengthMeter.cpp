// The bar's colour only repeats what the word says, so the meter reads the same without colour.
#include "password/PasswordStrengthMeter.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <algorithm>

namespace daymark::ui {
namespace {

QColor colourFor(PasswordStrength::Level level)
{
    switch (level) {
    case PasswordStrength::Level::Empty:
    case PasswordStrength::Level::VeryWeak:
        return QColor(0xb3, 0x26, 0x1e);
    case PasswordStrength::Level::Weak:
        return QColor(0xc5, 0x62, 0x0c);
    case PasswordStrength::Level::Fair:
        return QColor(0xa6, 0x84, 0x00);
    case PasswordStrength::Level::Strong:
    case PasswordStrength::Level::VeryStrong:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_word(new QLabel(this)), m_hint(new QLabel(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(4);
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Password strength"));
    // Wide enough for every level's words, so the bar does not change length as the person types.
    int wordWidth = 0;
    for (const auto level :
         {PasswordStrength::Level::Empty, PasswordStrength::Level::VeryWeak, PasswordStrength::Level::Weak,
          PasswordStrength::Level::Fair, PasswordStrength::Level::Strong, PasswordStrength::Level::VeryStrong}) {
        const QString text = tr("Strength: %1").arg(PasswordStrength::labelFor(level));
        wordWidth = std::max(wordWidth, m_word->fontMetrics().horizontalAdvance(text));
    }
    m_word->setMinimumWidth(wordWidth);
    m_hint->setWordWrap(true);
    layout->addWidget(m_bar, 0, 0);
    layout->addWidget(m_word, 0, 1);
    layout->addWidget(m_hint, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setPassword({});
}

void PasswordStrengthMeter::setPassword(const QString& password)
{
    const PasswordStrength strength = PasswordStrength::evaluate(password);
    m_level = strength.level();
    m_bar->setValue(strength.percent());
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight, colourFor(m_level));
    m_bar->setPalette(palette);
    m_levelText = tr("Strength: %1").arg(strength.label());
    m_word->setText(m_levelText);
    m_bar->setAccessibleDescription(m_levelText);
    m_hint->setText(strength.hint());
}

} // namespace daymark::ui
