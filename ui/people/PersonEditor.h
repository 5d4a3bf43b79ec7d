// Every field of a person, in one form: who they are to you, names, what they look like and drive, how they
// reach you, where they live, and notes. Lists (aliases, numbers, addresses) are one per line.
#pragma once

#include "diary/Person.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace daymark::ui {

class RowsEditor;

class PersonEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PersonEditor(QWidget* parent = nullptr);

    // Shows `person`; person() gives it back with what was edited (same id).
    void setPerson(const diary::Person& person);
    diary::Person person() const;
    QLineEdit* nameField() const { return m_name; }

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit* makeLines(const char* objectName, int lines);

    diary::Person m_person;
    QFormLayout* m_form;
    QComboBox* m_role;
    QLineEdit* m_name;
    QPlainTextEdit* m_aliases;
    QLineEdit* m_relationship;
    QPlainTextEdit* m_description;
    RowsEditor* m_vehicles;
    QPlainTextEdit* m_phones;
    QPlainTextEdit* m_emails;
    RowsEditor* m_handles;
    QPlainTextEdit* m_addresses;
    QLineEdit* m_organisation;
    QPlainTextEdit* m_notes;
};

} // namespace daymark::ui
