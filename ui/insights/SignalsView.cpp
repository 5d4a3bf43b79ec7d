// Signals are rich list items (a bold title over the explanation); the incidents behind one read like timeline rows.
#include "insights/SignalsView.h"

#include "diary/IncidentType.h"
#include "timeline/TimelineText.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

namespace daymark::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTitleRole = Qt::UserRole + 2;
constexpr int kMargin = 8;

// A sign as a bold title over its explanation, wrapped to the list's width.
class SignalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = index.data(kTitleRole).toString();
        const QString body = index.data(Qt::DisplayRole).toString();
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QRect area = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
        if (!title.isEmpty()) {
            QFont bold = opt.font;
            bold.setBold(true);
            painter->setFont(bold);
            const QRect used = painter->boundingRect(area, Qt::TextWordWrap, title);
            painter->drawText(area, Qt::TextWordWrap, title);
            area.setTop(used.bottom() + 3);
        }
        painter->setFont(opt.font);
        painter->drawText(area, Qt::TextWordWrap, body);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int width =
            std::max(120, (option.widget ? option.widget->width() : option.rect.width()) - 3 * kMargin - 20);
        QFont bold = option.font;
        bold.setBold(true);
        const QString title = index.data(kTitleRole).toString();
        int height = kMargin;
        if (!title.isEmpty())
            height += QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, title).height() + 3;
        height += QFontMetrics(option.font)
                      .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString())
                      .height();
        return {width, height + kMargin};
    }
};

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SignalsView::SignalsView(QWidget* parent)
    : QWidget(parent), m_signals(new QListWidget(this)), m_behind(heading(QString(), this)),
      m_incidents(new QListWidget(this)), m_open(new QPushButton(tr("&Open incident"), this)),
      m_advice(new QLabel(this))
{
    m_signals->setObjectName(QStringLiteral("insightsSignals"));
    m_signals->setAccessibleName(tr("Warning signs in what you recorded"));
    m_signals->setWordWrap(true);
    m_signals->setSpacing(3);
    m_signals->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_signals->setResizeMode(QListView::Adjust);
    m_signals->setItemDelegate(new SignalDelegate(m_signals));
    m_incidents->setObjectName(QStringLiteral("insightsSignalIncidents"));
    m_incidents->setAccessibleName(tr("The incidents behind the chosen sign"));
    m_incidents->setUniformItemSizes(true);
    m_open->setObjectName(QStringLiteral("insightsOpenIncident"));
    m_open->setEnabled(false);
    m_behind->setObjectName(QStringLiteral("insightsSignalBehind"));
    m_behind->setWordWrap(true);
    m_advice->setObjectName(QStringLiteral("insightsAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setContentsMargins(10, 8, 10, 8);
    m_advice->setFrameShape(QFrame::StyledPanel);
    m_advice->setText(insights::signalAdvice() + QLatin1Char('\n') +
                      tr("Daymark never judges how dangerous your situation is: it only shows what you recorded. "
                         "The National Stalking Helpline (0808 802 0300) and the police can help you weigh it."));

    auto* right = new QVBoxLayout;
    right->addWidget(m_behind);
    right->addWidget(m_incidents, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    right->addLayout(buttons);
    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("Warning signs in what you recorded"), this));
    left->addWidget(m_signals, 1);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(lists, 1);
    layout->addWidget(m_advice);

    connect(m_signals, &QListWidget::currentRowChanged, this, &SignalsView::showIncidentsOf);
    connect(m_incidents, &QListWidget::itemActivated, this, [this](QListWidgetItem*) { openCurrent(); });
    connect(m_incidents, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    connect(m_open, &QPushButton::clicked, this, &SignalsView::openCurrent);
    setSignals({});
}

void SignalsView::setSignals(const std::vector<insights::Signal>& found)
{
    m_found = found;
    m_signals->clear();
    for (const insights::Signal& signal : m_found) {
        auto* item = new QListWidgetItem(signal.explanation, m_signals);
        item->setData(kTitleRole, signal.title);
        item->setData(Qt::AccessibleTextRole, QString(signal.title + QStringLiteral(". ") + signal.explanation));
    }
    if (m_found.empty()) {
        auto* item = new QListWidgetItem(tr("No warning signs in what you recorded for this period."), m_signals);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_signals->setCurrentRow(m_found.empty() ? -1 : 0);
    if (m_found.empty())
        showIncidentsOf(-1);
}

void SignalsView::showIncidentsOf(int row)
{
    m_incidents->clear();
    if (row < 0 || row >= int(m_found.size())) {
        m_behind->setText(tr("Choose a sign to see the incidents behind it."));
        m_open->setEnabled(false);
        return;
    }
    const insights::Signal& signal = m_found[std::size_t(row)];
    m_behind->setText(signal.incidents.size() == 1
                          ? tr("The incident behind \"%1\" (double-click it to open it)").arg(signal.title)
                          : tr("The %1 incidents behind \"%2\" (double-click one to open it)")
                                .arg(signal.incidents.size())
                                .arg(signal.title));
    const QLocale locale;
    for (const insights::SignalIncident& incident : signal.incidents) {
        const QString when = locale.toString(incident.start.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                             timelineText::timeText(incident.start.time());
        auto* item = new QListWidgetItem(
            timelineText::typeIcon(incident.type),
            tr("#%1  %2  %3").arg(incident.number).arg(when, diary::typeShortName(incident.type)), m_incidents);
        item->setData(kIdRole, incident.id);
    }
    m_incidents->setCurrentRow(-1);
    m_open->setEnabled(false);
}

void SignalsView::openCurrent()
{
    const QListWidgetItem* item = m_incidents->currentItem();
    if (item)
        Q_EMIT incidentRequested(item->data(kIdRole).toUuid());
}

} // namespace daymark::ui
