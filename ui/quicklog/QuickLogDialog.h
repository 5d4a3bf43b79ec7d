// "It happened just now": a small window of big buttons, one per common kind of incident. One click (or one key)
// chooses the type; the caller then saves the incident at once.
#pragma once

#include "diary/IncidentType.h"

#include <QDialog>

namespace daymark::ui {

class QuickLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QuickLogDialog(QWidget* parent = nullptr);
    // The type chosen, once the dialog was accepted.
    diary::IncidentType chosenType() const { return m_type; }
    // The types offered, in the order of the buttons.
    static QList<diary::IncidentType> offeredTypes();

private:
    diary::IncidentType m_type = diary::IncidentType::Other;
};

} // namespace daymark::ui
