// Safety & support: what to do in an emergency, who to call, and what Daymark protects against and what it cannot.
// The numbers live in one table (SafetyContacts) so other regions can be added beside the UK's.
#pragma once

#include <QWidget>

namespace daymark::ui {

class SafetyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyPanel(QWidget* parent = nullptr);

Q_SIGNALS:
    // "Save a copy with a different password…" was pressed.
    void emergencyCopyRequested();
};

} // namespace daymark::ui
