// A section of one text field with a sentence about it: "Impact" (how it affected you) and "Private notes".
#pragma once

#include "editor/EditorSection.h"

class QPlainTextEdit;

namespace daymark::ui {

class TextSection : public EditorSection
{
    Q_OBJECT

public:
    TextSection(const QString& title, const QString& intro, const QString& label, QString diary::Incident::*field,
                const char* objectName, QWidget* parent = nullptr);

    void load(const diary::Incident& incident) override;
    void store(diary::Incident& incident) const override;

private:
    QString diary::Incident::*m_field;
    QPlainTextEdit* m_text;
};

} // namespace daymark::ui
