// The Insights panel: the pattern of the diary over a period (incidents per week by type with a moving average, time
// of day by day of week), the warning signs with the incidents behind them, and the risk screening questions. It
// reads the diary when shown and computes on a worker thread, so it stays responsive on a diary of years.
#pragma once

#include "insights/InsightsJob.h"

#include <QDate>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTimer;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class BusyIndicator;
class HourDayHeatMap;
class ScreeningForm;
class SignalsView;
class WeeklyChartView;

class InsightsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Pattern, Signals, Screening };

    explicit InsightsPanel(QWidget* parent = nullptr);

    // Shows `diary` (which must stay open until setDiary(nullptr)); null forgets everything shown.
    void setDiary(diary::Diary* diary);
    // Reads the diary again if it changed since last read, and computes for the chosen period.
    void reload();
    // Counts over [from, to] (inclusive local days); invalid dates: the whole diary.
    void setPeriod(const QDate& from, const QDate& to);
    void showTab(Tab tab);

    // True while a computation is running; resultShown() fires when its figures are on screen.
    bool isComputing() const;
    const InsightsResult& result() const { return m_job->result(); }
    double lastReadMs() const { return m_readMs; }

    WeeklyChartView* weeklyChart() const { return m_weekly; }
    HourDayHeatMap* hourDay() const { return m_hourDay; }
    SignalsView* signalsView() const { return m_signals; }
    ScreeningForm* screening() const { return m_screening; }
    QCheckBox* wholeDiaryBox() const { return m_whole; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void incidentRequested(const QUuid& incident);
    void resultShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void compute();
    void showResult();
    insights::InsightsOptions options() const;

    diary::Diary* m_diary = nullptr;
    TimelineEntries m_entries;
    qint64 m_readHead = -1; // the journal head when the timeline was read
    double m_readMs = 0;
    InsightsJob* m_job;
    QTimer* m_debounce;
    QCheckBox* m_whole;
    QDateEdit* m_from;
    QDateEdit* m_to;
    BusyIndicator* m_busy;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    WeeklyChartView* m_weekly;
    HourDayHeatMap* m_hourDay;
    SignalsView* m_signals;
    ScreeningForm* m_screening;
};

} // namespace daymark::ui
