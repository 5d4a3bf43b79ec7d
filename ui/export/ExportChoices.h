// What goes into an export, chosen by the person: a period, types, people, orders, private notes, earlier
// versions, exhibit files, details to redact and words to hide, and how the pages look. Makes an ExportSelection.
#pragma once

#include "report/ExportSelection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ExportChoices : public QWidget
{
    Q_OBJECT

public:
    explicit ExportChoices(QWidget* parent = nullptr);

    // Fills the people and orders lists from `diary` (null empties them); the other choices stay.
    void setDiary(diary::Diary* diary);
    report::ExportSelection selection() const;

    QComboBox* periodBox() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QListWidget* typeList() const { return m_types; }
    QListWidget* peopleList() const { return m_people; }
    QListWidget* orderList() const { return m_orders; }
    QCheckBox* notesBox() const { return m_notes; }
    QCheckBox* historyBox() const { return m_history; }
    QCheckBox* exhibitsBox() const { return m_exhibits; }
    QCheckBox* screeningBox() const { return m_screening; }
    QListWidget* redactList() const { return m_redact; }
    QPlainTextEdit* hiddenWords() const { return m_words; }
    QLineEdit* ownerField() const { return m_owner; }
    QLineEdit* headerField() const { return m_header; }
    QComboBox* paperBox() const { return m_paper; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QListWidget* m_types;
    QListWidget* m_people;
    QListWidget* m_orders;
    QCheckBox* m_notes;
    QCheckBox* m_history;
    QCheckBox* m_exhibits;
    QCheckBox* m_screening = nullptr;
    QListWidget* m_redact;
    QPlainTextEdit* m_words;
    QLineEdit* m_owner;
    QLineEdit* m_header;
    QComboBox* m_paper;
};

} // namespace daymark::ui
