// Inline messages: soft colours with enough contrast in light and dark themes, words that carry the meaning.
#include "widgets/InlineMessage.h"

#include <QAccessible>

namespace daymark::ui {

InlineMessage::InlineMessage(Kind kind, QWidget* parent) : QLabel(parent), m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(10);
    applyStyle();
    setVisible(false);
}

void InlineMessage::setKind(Kind kind)
{
    m_kind = kind;
    applyStyle();
}

void InlineMessage::showMessage(const QString& text, const QString& heading)
{
    // Rich text only for the heading's bold; the texts themselves are escaped, they may quote a file name.
    const QString body = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    setText(heading.isEmpty() ? body : QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), body));
    setAccessibleName(heading.isEmpty() ? text : heading + QLatin1Char(' ') + text);
    setVisible(true);
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::dismiss()
{
    clear();
    setAccessibleName({});
    setVisible(false);
}

void InlineMessage::applyStyle()
{
    // Fixed text and background colours together, so the pair stays readable whatever the system theme is.
    switch (m_kind) {
    case Kind::Error:
        setStyleSheet(QStringLiteral("QLabel { color: #5f1212; background: #fbeaea; border: 1px solid #d9a3a3;"
                                     " border-left: 4px solid #b3261e; border-radius: 4px; }"));
        break;
    case Kind::Note:
        setStyleSheet(QStringLiteral("QLabel { color: #3d3310; background: #fdf6e3; border: 1px solid #e3d3a4;"
                                     " border-left: 4px solid #b58900; border-radius: 4px; }"));
        break;
    case Kind::Success:
        setStyleSheet(QStringLiteral("QLabel { color: #173d1f; background: #eaf5ec; border: 1px solid #a9cfb1;"
                                     " border-left: 4px solid #2e7d32; border-radius: 4px; }"));
        break;
    }
}

} // namespace daymark::ui
