// The text is kept exactly as typed (not trimmed): it may be someone's exact words.
#include "editor/TextSection.h"

#include <QPlainTextEdit>

namespace daymark::ui {

TextSection::TextSection(const QString& title, const QString& intro, const QString& label,
                         QString diary::Incident::*field, const char* objectName, QWidget* parent)
    : EditorSection(title, intro, parent), m_field(field), m_text(new QPlainTextEdit(this))
{
    m_text->setObjectName(QString::fromLatin1(objectName));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    addRow(label, m_text);
}

void TextSection::load(const diary::Incident& incident)
{
    m_text->setPlainText(incident.*m_field);
}

void TextSection::store(diary::Incident& incident) const
{
    incident.*m_field = m_text->toPlainText();
}

} // namespace daymark::ui
