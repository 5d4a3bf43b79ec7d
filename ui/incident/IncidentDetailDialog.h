// A read-only view of one incident: every field, when it was recorded, and whether it was amended. Editing comes
// with the incident editor; this view only reads.
#pragma once

#include <QDialog>

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
};

} // namespace daymark::ui
