// The warning signs found in the diary, each in plain words with its numbers; choosing one lists the incidents behind
// it, and opening one of those (double-click, Enter or Open) asks for the incident's detail view. Below: what the
// signs are and are not, and who to talk to.
#pragma once

#include "insights/EscalationSignals.h"

#include <QUuid>
#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace daymark::ui {

class SignalsView : public QWidget
{
    Q_OBJECT

public:
    explicit SignalsView(QWidget* parent = nullptr);

    void setSignals(const std::vector<insights::Signal>& found);
    QListWidget* signalList() const { return m_signals; }
    QListWidget* incidentList() const { return m_incidents; }
    QLabel* adviceLabel() const { return m_advice; }

Q_SIGNALS:
    void incidentRequested(const QUuid& incident);

private:
    void showIncidentsOf(int row);
    void openCurrent();

    std::vector<insights::Signal> m_found;
    QListWidget* m_signals;
    QLabel* m_behind;
    QListWidget* m_incidents;
    QPushButton* m_open;
    QLabel* m_advice;
};

} // namespace daymark::ui
