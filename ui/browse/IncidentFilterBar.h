// The filters above an incident list: a period, a type, a person, and "only possible breaches / reported /
// deleted too". Emits changed() with the filter they make; the person list comes from the diary.
#pragma once

#include "diary/IncidentFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class IncidentFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Period { AnyTime, Last7Days, Last30Days, Last3Months, Last12Months, Between };

    explicit IncidentFilterBar(bool offerDeleted, QWidget* parent = nullptr);

    // Fills the person list from `diary` (null empties it) and keeps the chosen person when still there.
    void setDiary(diary::Diary* diary);
    diary::IncidentFilter filter() const;
    // Back to every incident (deleted ones hidden).
    void reset();
    bool isNarrowed() const;

    QComboBox* periodBox() const { return m_period; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* personBox() const { return m_person; }
    QCheckBox* breachBox() const { return m_breach; }
    QCheckBox* reportedBox() const { return m_reported; }
    QCheckBox* deletedBox() const { return m_deleted; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    void updateDates();

    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_type;
    QComboBox* m_person;
    QCheckBox* m_breach;
    QCheckBox* m_reported;
    QCheckBox* m_deleted = nullptr;
    QPushButton* m_clear;
};

} // namespace daymark::ui
