// Every field of a protection order: kind, court, case reference, the person it is against, when it was made,
// served and expires, its numbered conditions, and notes. New conditions get their numbers when saved.
#pragma once

#include "diary/Person.h"
#include "diary/ProtectionOrder.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace daymark::ui {

class OptionalDateEdit;

class OrderEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OrderEditor(QWidget* parent = nullptr);

    // The people to choose the respondent from (deleted ones are left out unless the order names one).
    void setPeople(const std::vector<diary::PersonRecord>& people);
    void setOrder(const diary::ProtectionOrder& order);
    diary::ProtectionOrder order() const;

    // Adds an empty condition row and starts editing it.
    void addCondition();
    QTableWidget* conditions() const { return m_conditions; }
    QComboBox* respondentBox() const { return m_respondent; }

Q_SIGNALS:
    void changed();

private:
    void removeCondition();
    void appendCondition(const diary::OrderCondition& condition);
    void fitConditions();

    diary::ProtectionOrder m_order;
    std::vector<diary::PersonRecord> m_people;
    QComboBox* m_kind;
    QLineEdit* m_court;
    QLineEdit* m_reference;
    QComboBox* m_respondent;
    OptionalDateEdit* m_made;
    OptionalDateEdit* m_served;
    OptionalDateEdit* m_expires;
    QTableWidget* m_conditions;
    QPushButton* m_addCondition;
    QPushButton* m_removeCondition;
    QPlainTextEdit* m_notes;
};

} // namespace daymark::ui
