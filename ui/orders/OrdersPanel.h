// The Orders panel: protection orders, and beside the list the selected order's details and its numbered
// conditions, with every incident recorded as a possible breach of each condition. Changing an order asks why
// (the court varied it, say); deleting asks why and can be undone.
#pragma once

#include "diary/ProtectionOrder.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class InlineMessage;
class OrderEditor;

class OrdersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPanel(QWidget* parent = nullptr);

    // Shows the orders of `diary` (which must stay open until setDiary(nullptr)); null forgets everything shown.
    void setDiary(diary::Diary* diary);
    void reload();
    void newOrder();
    // Adds the order in the form, or asks why and amends the selected one.
    void save();
    void deleteSelected();
    void restoreSelected();

    QListWidget* list() const { return m_list; }
    OrderEditor* editor() const { return m_editor; }
    QTreeWidget* breaches() const { return m_breaches; }
    InlineMessage* message() const { return m_message; }
    QUuid currentId() const { return m_current; }

Q_SIGNALS:
    // The person asked to see an incident recorded as a breach (Enter or a double-click on it).
    void incidentRequested(const QUuid& incident);

protected:
    // Reads the diary again when shown, so people and orders changed elsewhere appear (unless the form has edits).
    void showEvent(QShowEvent* event) override;

private:
    void populate();
    void reloadAndSelect(const QUuid& id);
    void showOrder(const QUuid& id);
    void showNewOrder();
    void showBreaches();
    void currentItemChanged(QListWidgetItem* current, QListWidgetItem* previous);
    bool hasUnsavedChanges() const;
    bool confirmLeave();
    void updateButtons();
    void closeDialogs();
    QString orderName(const diary::ProtectionOrder& order) const;

    bool m_populated = false;
    diary::Diary* m_diary = nullptr;
    QUuid m_current;
    bool m_currentDeleted = false;
    diary::ProtectionOrder m_baseline;
    QListWidget* m_list;
    QPushButton* m_new;
    QCheckBox* m_showDeleted;
    QLabel* m_title;
    QLabel* m_status;
    InlineMessage* m_message;
    OrderEditor* m_editor;
    QLabel* m_breachesHeading;
    QLabel* m_noBreaches;
    QTreeWidget* m_breaches;
    QPushButton* m_delete;
    QPushButton* m_restore;
    QPushButton* m_save;
};

} // namespace daymark::ui
