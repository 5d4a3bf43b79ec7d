// What happened: the type, a one-line summary, the exact words, the channel and account used, and tags.
#pragma once

#include "editor/EditorSection.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace daymark::ui {

class WhatSection : public EditorSection
{
    Q_OBJECT

public:
    explicit WhatSection(QWidget* parent = nullptr);

    void load(const diary::Incident& incident) override;
    void store(diary::Incident& incident) const override;
    QString problem(QWidget** field) const override;

    // Tags as typed ("night, car") to a list, without empty or repeated ones.
    static QStringList parseTags(const QString& text);

private:
    QComboBox* m_type;
    QLineEdit* m_summary;
    QPlainTextEdit* m_details;
    QLineEdit* m_channel;
    QLineEdit* m_account;
    QLineEdit* m_tags;
};

} // namespace daymark::ui
