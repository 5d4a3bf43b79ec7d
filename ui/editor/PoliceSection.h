// Police and orders: whether it was reported, the reference and officer, and which conditions of the diary's
// protection orders it may have breached (a tree: order, then its conditions to tick).
#pragma once

#include "editor/EditorSection.h"

class QCheckBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace daymark::diary {
class Diary;
struct OrderRecord;
} // namespace daymark::diary

namespace daymark::ui {

class PoliceSection : public EditorSection
{
    Q_OBJECT

public:
    // Reads the diary's protection orders now.
    PoliceSection(diary::Diary& diary, QWidget* parent = nullptr);

    void load(const diary::Incident& incident) override;
    void store(diary::Incident& incident) const override;

private:
    QTreeWidgetItem* orderItem(const QUuid& order);
    void addOrder(const diary::OrderRecord& record);

    diary::Diary& m_diary;
    QCheckBox* m_reported;
    QLineEdit* m_reference;
    QLineEdit* m_officer;
    QTreeWidget* m_breaches;
};

} // namespace daymark::ui
