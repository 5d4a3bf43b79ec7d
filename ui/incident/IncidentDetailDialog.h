// A read-only view of one incident: every field, when it was recorded, and whether it was amended. Its Edit and
// History buttons ask for the incident editor and the history view; this view only reads.
#pragma once

#include <QDialog>
#include <QUuid>

namespace daymark::diary {
class Diary;
struct IncidentRecord;
} // namespace daymark::diary

namespace daymark::ui {

class IncidentDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads names of people and orders from `diary`; keeps no reference to it.
    IncidentDetailDialog(const diary::IncidentRecord& record, diary::Diary& diary, QWidget* parent = nullptr);

Q_SIGNALS:
    void editRequested(const QUuid& incident);
    void historyRequested(const QUuid& incident);

protected:
    // Edit and History show only when something answers them.
    void showEvent(QShowEvent* event) override;
};

} // namespace daymark::ui
