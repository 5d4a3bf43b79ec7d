// The page of an unlocked diary: a navigation list on the left (Timeline, Incidents, People, …) and one panel at a
// time beside it. It holds a pointer to the open diary until clear(); the window owns the diary.
#pragma once

#include "diary/IncidentType.h"

#include <QUuid>
#include <QWidget>
#include <memory>

class QListWidget;
class QStackedWidget;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class ExhibitsPanel;
class ExportPanel;
class IncidentBrowserPanel;
class InsightsPanel;
class OrdersPanel;
class PeoplePanel;
class TemporaryCopies;
class TimelinePanel;

class DiaryPage : public QWidget
{
    Q_OBJECT

public:
    enum class Panel { Timeline, Incidents, People, Orders, Exhibits, Search, Insights, Export, Safety };

    explicit DiaryPage(QWidget* parent = nullptr);
    ~DiaryPage() override;

    // Shows `diary`, which must stay open until clear().
    void showDiary(diary::Diary& diary);
    // Forgets everything shown about the last diary (when it is locked), and wipes any temporary copies of
    // exhibits opened in other programs.
    // Returns how many incidents being edited could not be saved first (their form had a problem).
    int clear();

    // Asks what just happened and saves it at once, then shows it in the timeline.
    void quickLog();
    // Opens the incident editor on a new incident (Ctrl+Shift+N); once saved, the timeline shows it.
    void newIncident();
    // Opens the Import wizard (messages and calls from a phone or app export); once it adds incidents, the lists
    // read the diary again.
    void importMessages();

    void showPanel(Panel panel);
    Panel currentPanel() const;
    QWidget* panel(Panel panel) const;
    TimelinePanel* timeline() const { return m_timeline; }
    IncidentBrowserPanel* incidents() const { return m_incidents; }
    IncidentBrowserPanel* searchPanel() const { return m_search; }
    ExportPanel* exportPanel() const { return m_export; }
    // Shows the Search panel with the focus in its field (Ctrl+F).
    void search();
    // Reads the incident lists again after a change (timeline, Incidents, Search).
    void refreshIncidents();
    PeoplePanel* people() const { return m_people; }
    OrdersPanel* orders() const { return m_orders; }
    ExhibitsPanel* exhibits() const { return m_exhibits; }
    InsightsPanel* insights() const { return m_insights; }
    TemporaryCopies& temporaryCopies() const { return *m_copies; }
    // Shows the read-only view of an incident (asked for from another panel, such as an order's breaches).
    void openIncident(const QUuid& incident);

private:
    void addPanel(const QString& name, const QString& iconName, QWidget* panel);
    void saveQuickLog(diary::IncidentType type);
    void showImported(qint64 number);

    diary::Diary* m_diary = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_panels;
    TimelinePanel* m_timeline;
    IncidentBrowserPanel* m_incidents = nullptr;
    IncidentBrowserPanel* m_search = nullptr;
    ExportPanel* m_export = nullptr;
    std::unique_ptr<TemporaryCopies> m_copies;
    PeoplePanel* m_people = nullptr;
    OrdersPanel* m_orders = nullptr;
    ExhibitsPanel* m_exhibits = nullptr;
    InsightsPanel* m_insights = nullptr;
};

} // namespace daymark::ui
