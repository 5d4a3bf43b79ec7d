// The People panel: everyone in the diary (the person harassing you first), and beside the list a form with all
// of the selected person's details. Adding saves at once; changing asks why (the earlier version is kept);
// deleting asks why and can be undone (Show deleted, then Restore).
#pragma once

#include "diary/Person.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class InlineMessage;
class PersonEditor;

class PeoplePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePanel(QWidget* parent = nullptr);

    // Shows the people of `diary` (which must stay open until setDiary(nullptr)); null forgets everything shown.
    void setDiary(diary::Diary* diary);
    void reload();
    // Starts a new, empty person in the form.
    void newPerson();
    // Adds the person in the form, or asks why and amends the selected one.
    void save();
    void deleteSelected();
    void restoreSelected();

    QListWidget* list() const { return m_list; }
    PersonEditor* editor() const { return m_editor; }
    InlineMessage* message() const { return m_message; }
    QUuid currentId() const { return m_current; }

protected:
    // Reads the diary again when shown, so people and orders changed elsewhere appear (unless the form has edits).
    void showEvent(QShowEvent* event) override;

private:
    void reloadAndSelect(const QUuid& id);
    void showPerson(const QUuid& id);
    void currentItemChanged(QListWidgetItem* current, QListWidgetItem* previous);
    void showNewPerson();
    bool hasUnsavedChanges() const;
    // Asks before edits in the form are left unsaved; true when they may be.
    bool confirmLeave();
    void updateButtons();
    void closeDialogs();

    diary::Diary* m_diary = nullptr;
    QUuid m_current; // null while a new person is in the form
    bool m_currentDeleted = false;
    diary::Person m_baseline; // what the form held when shown, to tell whether anything was changed
    QListWidget* m_list;
    QPushButton* m_new;
    QCheckBox* m_showDeleted;
    QLabel* m_title;
    QLabel* m_status;
    InlineMessage* m_message;
    PersonEditor* m_editor;
    QPushButton* m_delete;
    QPushButton* m_restore;
    QPushButton* m_save;
};

} // namespace daymark::ui
