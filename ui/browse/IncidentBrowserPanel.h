// An incident list with filters, used twice: the Incidents panel (browse everything, new/delete/restore) and the
// Search panel (words typed are searched as you type, within the same filters). One model/view list, fed a page
// at a time, drawn like the timeline.
#pragma once

#include <QUuid>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class IncidentFilterBar;
class InlineMessage;
class TimelineModel;

class IncidentBrowserPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Browse, Search };

    explicit IncidentBrowserPanel(Mode mode, QWidget* parent = nullptr);

    void setDiary(diary::Diary* diary);
    // Reads the diary again (after a change made elsewhere), keeping the filters and words.
    void reload();
    // Puts the focus in the search field with its words selected (Search mode), or in the list.
    void focusSearch();
    // Searches now for what is in the field, without waiting for typing to pause.
    void searchNow();

    QLineEdit* searchField() const { return m_search; }
    IncidentFilterBar* filterBar() const { return m_filters; }
    TimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QLabel* status() const { return m_status; }
    // The incident selected in the list, or a null id.
    QUuid currentIncident() const;
    // Asks for a reason and deletes (or restores) the selected incident. Tests answer through the hook.
    void deleteCurrent();
    void restoreCurrent();
    std::function<std::optional<QString>(const QString& title, const QString& question)> askReason;

Q_SIGNALS:
    void openRequested(const QUuid& incident);
    void newRequested();
    // After a delete or restore here, so other panels can refresh.
    void diaryChanged();

private:
    void applyFilters();
    void updateStatus();
    void updateActions();

    Mode m_mode;
    diary::Diary* m_diary = nullptr;
    QLineEdit* m_search = nullptr;
    IncidentFilterBar* m_filters;
    TimelineModel* m_model;
    QListView* m_view;
    QLabel* m_status;
    InlineMessage* m_message;
    QPushButton* m_new = nullptr;
    QPushButton* m_open;
    QPushButton* m_delete = nullptr;
    QPushButton* m_restore = nullptr;
    QTimer* m_typing;
};

} // namespace daymark::ui
