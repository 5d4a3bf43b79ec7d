// Reading the light timeline is the only diary access besides the screening form's; it happens on the UI thread
// and only when the journal moved on since the last read, so switching back to the panel or changing the period costs
// only the counting, which runs on the worker.
#include "insights/InsightsPanel.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "evidence/Journal.h"
#include "insights/HourDayHeatMap.h"
#include "insights/ScreeningForm.h"
#include "insights/SignalsView.h"
#include "insights/WeeklyChartView.h"
#include "widgets/BusyIndicator.h"
#include "widgets/PageLayout.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace daymark::ui {

InsightsPanel::InsightsPanel(QWidget* parent)
    : QWidget(parent), m_job(new InsightsJob(this)), m_debounce(new QTimer(this)),
      m_whole(new QCheckBox(tr("&Whole diary"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_busy(new BusyIndicator(this)), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_weekly(new WeeklyChartView(this)), m_hourDay(new HourDayHeatMap(this)), m_signals(new SignalsView(this)),
      m_screening(new ScreeningForm(this))
{
    setObjectName(QStringLiteral("insightsPanel"));
    m_whole->setObjectName(QStringLiteral("insightsWholeDiary"));
    m_whole->setChecked(true);
    m_whole->setToolTip(tr("Count every incident in the diary; clear it to choose the days"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("insightsFrom"));
    m_from->setAccessibleName(tr("From this day"));
    m_to->setObjectName(QStringLiteral("insightsTo"));
    m_to->setAccessibleName(tr("To this day, included"));
    m_summary->setObjectName(QStringLiteral("insightsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Period:"), this));
    period->addWidget(m_whole);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    period->addSpacing(12);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addSpacing(12);
    period->addWidget(m_busy);
    period->addStretch(1);

    auto* pattern = new QWidget(m_tabs);
    auto* patternLayout = new QVBoxLayout(pattern);
    patternLayout->addWidget(m_weekly, 3);
    auto* hourHeading = new QLabel(tr("Time of day and day of the week (each incident at the local time it was "
                                      "recorded with; hover over a square for its count)"),
                                   pattern);
    hourHeading->setWordWrap(true);
    patternLayout->addWidget(hourHeading);
    patternLayout->addWidget(m_hourDay, 2);
    m_tabs->setObjectName(QStringLiteral("insightsTabs"));
    // On a small screen the chart, its legend and the grid need more height than there is: they scroll rather than
    // being drawn over one another.
    auto* patternScroll = new QScrollArea(m_tabs);
    patternScroll->setWidgetResizable(true);
    patternScroll->setFrameShape(QFrame::NoFrame);
    patternScroll->setWidget(pattern);
    m_tabs->addTab(patternScroll, tr("&Pattern over time"));
    m_tabs->addTab(m_signals, tr("Warning &signs"));
    m_tabs->addTab(m_screening, tr("&Risk questions"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(pageLayout::makeTitle(tr("Insights"), this));
    layout->addLayout(period);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_whole, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        m_debounce->start();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &InsightsPanel::compute);
    connect(m_job, &InsightsJob::finished, this, &InsightsPanel::showResult);
    connect(m_signals, &SignalsView::incidentRequested, this, &InsightsPanel::incidentRequested);
    connect(m_screening, &ScreeningForm::incidentRequested, this, &InsightsPanel::incidentRequested);
    setDiary(nullptr);
}

void InsightsPanel::setDiary(diary::Diary* diary)
{
    m_diary = diary;
    m_entries.reset();
    m_readHead = -1;
    m_screening->setDiary(diary);
    m_signals->setSignals({});
    m_weekly->setCounts({});
    m_hourDay->setCounts({});
    m_summary->clear();
    m_busy->stop();
    if (diary && isVisible())
        reload();
}

void InsightsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void InsightsPanel::reload()
{
    if (!m_diary)
        return;
    try {
        const qint64 head = m_diary->journal().headSeq();
        if (!m_entries || head != m_readHead) {
            QElapsedTimer timer;
            timer.start();
            auto entries = std::make_shared<std::vector<diary::TimelineEntry>>(m_diary->incidents().timeline({}));
            m_readMs = double(timer.nsecsElapsed()) / 1e6;
            const bool first = !m_entries;
            m_entries = std::move(entries);
            m_readHead = head;
            if (first && !m_entries->empty()) {
                // The date fields start on the diary's own span.
                const QDateTime oldest = QDateTime::fromMSecsSinceEpoch(m_entries->front().startUtcMs, Qt::UTC);
                const QSignalBlocker blockFrom(m_from);
                const QSignalBlocker blockTo(m_to);
                m_from->setDate(oldest.toLocalTime().date());
                m_to->setDate(m_diary->clock().nowUtc().toLocalTime().date());
            }
            m_screening->setDiary(m_diary);
        }
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Cannot read the diary"), error.message());
        return;
    }
    compute();
}

void InsightsPanel::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockWhole(m_whole);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const bool whole = !from.isValid() && !to.isValid();
    m_whole->setChecked(whole);
    m_from->setEnabled(!whole);
    m_to->setEnabled(!whole);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    compute();
}

void InsightsPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

bool InsightsPanel::isComputing() const
{
    return m_job->isRunning() || m_debounce->isActive();
}

insights::InsightsOptions InsightsPanel::options() const
{
    insights::InsightsOptions options;
    options.asOf = m_diary->clock().nowUtc();
    if (!m_whole->isChecked()) {
        options.from = std::min(m_from->date(), m_to->date());
        options.to = std::max(m_from->date(), m_to->date());
        // Signals look at what happened before the end of the last day, as `daymark-cli insights --to` does.
        const QDateTime end = QDateTime(options.to.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
        options.asOf = std::min(options.asOf, end);
    }
    return options;
}

void InsightsPanel::compute()
{
    m_debounce->stop();
    if (!m_diary || !m_entries)
        return;
    m_busy->start(tr("Counting…"));
    m_job->start(m_entries, options());
}

void InsightsPanel::showResult()
{
    m_busy->stop();
    if (!m_diary)
        return;
    const InsightsResult& result = m_job->result();
    const insights::WeeklyCounts& weekly = result.insights.weekly;
    m_weekly->setCounts(weekly);
    m_hourDay->setCounts(weekly.hourByDay);
    m_signals->setSignals(result.insights.signals);
    m_screening->setEvidence(result.evidence);
    const QLocale locale;
    if (weekly.weeks.empty()) {
        m_summary->setText(tr("No incidents recorded in this period."));
    } else {
        const QString signs = result.insights.signals.empty() ? tr("no warning signs")
                              : result.insights.signals.size() == 1
                                  ? tr("1 warning sign")
                                  : tr("%1 warning signs").arg(result.insights.signals.size());
        const QString firstDay = locale.toString(weekly.weeks.front().monday, QLocale::LongFormat);
        const QString lastDay = locale.toString(weekly.weeks.back().monday.addDays(6), QLocale::LongFormat);
        m_summary->setText(
            weekly.total == 1
                ? tr("1 incident in the weeks from %1 to %2; %3 (see Warning signs).").arg(firstDay, lastDay, signs)
                : tr("%1 incidents in the weeks from %2 to %3; %4 (see Warning signs).")
                      .arg(locale.toString(weekly.total), firstDay, lastDay, signs));
    }
    m_tabs->setTabText(1, result.insights.signals.empty()
                              ? tr("Warning &signs")
                              : tr("Warning &signs (%1)").arg(result.insights.signals.size()));
    Q_EMIT resultShown();
}

} // namespace daymark::ui
