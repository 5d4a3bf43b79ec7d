// Names of people and orders are read once, including deleted ones, so old versions still name who they meant.
#include "history/HistoryView.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "history/HistoryModel.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

incidentFields::Names diaryNames(diary::Diary& diary)
{
    auto people = std::make_shared<QHash<QUuid, QString>>();
    auto orders = std::make_shared<QHash<QUuid, diary::ProtectionOrder>>();
    try {
        for (const diary::PersonRecord& record : diary.people().list(true))
            people->insert(record.person.id, record.person.name);
        for (const diary::OrderRecord& record : diary.orders().list(true))
            orders->insert(record.order.id, record.order);
    } catch (const Error&) {
        // Names that cannot be read are shown as missing below; the versions themselves still show.
    }
    incidentFields::Names names;
    names.person = [people](const QUuid& id) {
        return people->value(id, HistoryView::tr("(a person no longer in the diary)"));
    };
    names.breach = [orders](const diary::BreachLink& link) {
        if (!orders->contains(link.order))
            return HistoryView::tr("An order no longer in the diary, condition %1").arg(link.condition);
        const diary::ProtectionOrder& order = (*orders)[link.order];
        const QString kind = order.reference.isEmpty() ? diary::orderKindName(order.kind)
                                                       : HistoryView::tr("%1, %2", "order kind, reference")
                                                             .arg(diary::orderKindName(order.kind), order.reference);
        const diary::OrderCondition* condition = order.condition(link.condition);
        return condition ? HistoryView::tr("%1, condition %2: %3").arg(kind).arg(link.condition).arg(condition->text)
                         : HistoryView::tr("%1, condition %2").arg(kind).arg(link.condition);
    };
    return names;
}

} // namespace

HistoryView::HistoryView(diary::Diary& diary, const QUuid& incident, QWidget* parent)
    : QDialog(parent), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("historyView"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* title = pageLayout::makeTitle(tr("History"), this);
    layout->addWidget(title);
    layout->addWidget(pageLayout::makeParagraph(
        tr("Every version of this entry, the first on the left. Nothing is overwritten: each change is kept beside "
           "the one before, with the time it was recorded and the reason given. Changed values are highlighted."),
        this));
    auto* problem = new InlineMessage(InlineMessage::Kind::Error, this);
    layout->addWidget(problem);

    try {
        const diary::IncidentRecord record = diary.incidents().get(incident);
        setWindowTitle(tr("History of incident no. %1").arg(QLocale().toString(record.number)));
        title->setText(tr("History of “%1”").arg(record.incident.summary));
        m_model = new HistoryModel(diary.incidents().history(incident), diaryNames(diary), this);
    } catch (const Error& error) {
        setWindowTitle(tr("History"));
        problem->showMessage(error.message());
    }

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Versions of the incident, one column each"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A few versions share the width; many keep a readable width each and scroll sideways.
    if (m_model && m_model->columnCount() <= 3) {
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    } else {
        m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 36);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    }
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows fit their text at the columns' final widths (ResizeToContents alone keeps the first, narrower guess).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [table = m_table] { QTimer::singleShot(0, table, &QTableView::resizeRowsToContents); });
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QSize size(1000, 720);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    m_table->setFocus();
}

} // namespace daymark::ui
