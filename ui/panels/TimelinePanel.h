// The timeline panel: every incident, newest first, grouped by day, in one list view fed a page at a time.
// Enter or a double-click opens an incident's details; a note at the top confirms a quick log.
#pragma once

#include "diary/Incident.h"
#include "timeline/TimelineModel.h"

#include <QUuid>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QPushButton;

namespace daymark::diary {
class Diary;
} // namespace daymark::diary

namespace daymark::ui {

class InlineMessage;

class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget* parent = nullptr, int pageSize = TimelineModel::kDefaultPageSize);

    // Shows `diary` (which must stay open until setDiary(nullptr)); null forgets everything shown.
    void setDiary(diary::Diary* diary);
    void reload();
    // Reloads, selects the incident just logged and says it was saved, offering to add details.
    void showLogged(const diary::IncidentRecord& record);
    // Opens the read-only detail view of the incident at `index` (an incident row).
    void openIncident(const QModelIndex& index);
    // Asks for what happened and where, for the incident just logged, and saves them as an amendment.
    void addDetails();
    // Opens the incident editor on a new incident; once saved, it is shown selected in the timeline.
    void newIncident();
    // Opens the incident editor on an incident; `draft` (if given) shows unsaved values, and `fixedReason` (if
    // given) is the amendment's reason, so the editor does not ask for one.
    void editIncident(const QUuid& id, const std::optional<diary::Incident>& draft = std::nullopt,
                      const QString& fixedReason = {});
    // Shows every version of an incident side by side.
    void showHistory(const QUuid& id);

    TimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }

private:
    void updateEmptyState();
    void setAddDetailsOffered(bool offered);
    void closeDialogs();
    void showSaved(const diary::IncidentRecord& record);

    diary::Diary* m_diary = nullptr;
    TimelineModel* m_model;
    QListView* m_view;
    QLabel* m_empty;
    InlineMessage* m_logged;
    QPushButton* m_addDetails;
    QAction* m_addDetailsAction;
    QUuid m_loggedId;
};

} // namespace daymark::ui
