// A breach link names an order and a condition number; the tree keeps both on each condition's item.
#include "editor/PoliceSection.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/OrderRepository.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>

namespace daymark::ui {
namespace {

constexpr int kOrderRole = Qt::UserRole;
constexpr int kConditionRole = Qt::UserRole + 1;

QString orderText(const diary::OrderRecord& record)
{
    const diary::ProtectionOrder& o = record.order;
    QString text =
        o.reference.isEmpty()
            ? diary::orderKindName(o.kind)
            : PoliceSection::tr("%1, %2", "order kind, reference").arg(diary::orderKindName(o.kind), o.reference);
    if (o.made)
        text = PoliceSection::tr("%1, made %2", "order, date")
                   .arg(text, QLocale().toString(*o.made, QLocale::ShortFormat));
    if (record.deleted)
        text = PoliceSection::tr("%1 (deleted from the diary)").arg(text);
    return text;
}

} // namespace

PoliceSection::PoliceSection(diary::Diary& diary, QWidget* parent)
    : EditorSection(tr("Police and orders"), QString(), parent), m_diary(diary),
      m_reported(new QCheckBox(tr("&Reported to the police"), this)), m_reference(new QLineEdit(this)),
      m_officer(new QLineEdit(this)), m_breaches(new QTreeWidget(this))
{
    m_reported->setObjectName(QStringLiteral("editorReported"));
    m_reference->setObjectName(QStringLiteral("editorPoliceReference"));
    m_reference->setPlaceholderText(tr("e.g. crime or incident number"));
    m_officer->setObjectName(QStringLiteral("editorOfficer"));
    m_officer->setPlaceholderText(tr("Name and collar number, if you have them"));
    m_breaches->setObjectName(QStringLiteral("editorBreaches"));
    m_breaches->setHeaderHidden(true);
    m_breaches->setColumnCount(1);
    m_breaches->setWordWrap(true);
    m_breaches->header()->setStretchLastSection(true);
    m_breaches->setMinimumHeight(fontMetrics().lineSpacing() * 6);

    try {
        for (const diary::OrderRecord& record : m_diary.orders().list())
            addOrder(record);
    } catch (const Error&) {
        // Without orders to show the tree stays empty; saving still reports any real problem.
    }
    if (m_breaches->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_breaches, {tr("No protection orders are in your diary yet.")});
        none->setFlags(Qt::ItemIsEnabled);
    }

    addWideRow(m_reported);
    addRow(tr("Police reference num&ber:"), m_reference);
    addRow(tr("Officer:"), m_officer);
    addRow(tr("Possible breach o&f:"), m_breaches);
}

void PoliceSection::addOrder(const diary::OrderRecord& record)
{
    if (m_breaches->topLevelItemCount() == 1 && m_breaches->topLevelItem(0)->data(0, kOrderRole).isNull())
        delete m_breaches->takeTopLevelItem(0); // the "no orders" line
    auto* item = new QTreeWidgetItem(m_breaches, {orderText(record)});
    item->setData(0, kOrderRole, record.order.id);
    item->setFlags(Qt::ItemIsEnabled);
    for (const diary::OrderCondition& condition : record.order.conditions) {
        auto* child = new QTreeWidgetItem(
            item, {tr("%1. %2", "condition number, text").arg(condition.number).arg(condition.text)});
        child->setData(0, kOrderRole, record.order.id);
        child->setData(0, kConditionRole, condition.number);
        child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        child->setCheckState(0, Qt::Unchecked);
    }
    item->setExpanded(true);
}

QTreeWidgetItem* PoliceSection::orderItem(const QUuid& order)
{
    for (int i = 0; i < m_breaches->topLevelItemCount(); ++i) {
        if (m_breaches->topLevelItem(i)->data(0, kOrderRole).toUuid() == order)
            return m_breaches->topLevelItem(i);
    }
    return nullptr;
}

void PoliceSection::load(const diary::Incident& incident)
{
    m_reported->setChecked(incident.reportedToPolice);
    m_reference->setText(incident.policeReference);
    m_officer->setText(incident.officer);
    for (const diary::BreachLink& link : incident.breaches) {
        if (orderItem(link.order))
            continue;
        try {
            if (auto record = m_diary.orders().find(link.order))
                addOrder(*record);
        } catch (const Error&) {
        }
    }
    for (int i = 0; i < m_breaches->topLevelItemCount(); ++i) {
        QTreeWidgetItem* order = m_breaches->topLevelItem(i);
        for (int c = 0; c < order->childCount(); ++c) {
            QTreeWidgetItem* condition = order->child(c);
            const diary::BreachLink link{condition->data(0, kOrderRole).toUuid(),
                                         condition->data(0, kConditionRole).toInt()};
            condition->setCheckState(0, incident.breaches.contains(link) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void PoliceSection::store(diary::Incident& incident) const
{
    incident.reportedToPolice = m_reported->isChecked();
    incident.policeReference = m_reference->text().trimmed();
    incident.officer = m_officer->text().trimmed();
    QList<diary::BreachLink> ticked;
    QList<diary::BreachLink> shown;
    for (int i = 0; i < m_breaches->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* order = m_breaches->topLevelItem(i);
        for (int c = 0; c < order->childCount(); ++c) {
            const QTreeWidgetItem* condition = order->child(c);
            const diary::BreachLink link{condition->data(0, kOrderRole).toUuid(),
                                         condition->data(0, kConditionRole).toInt()};
            shown << link;
            if (condition->checkState(0) == Qt::Checked)
                ticked << link;
        }
    }
    // Stored order first, so an unchanged incident compares equal; a link not shown (its order could not be read)
    // is kept rather than dropped unseen.
    QList<diary::BreachLink> result;
    for (const diary::BreachLink& link : incident.breaches) {
        if ((ticked.contains(link) || !shown.contains(link)) && !result.contains(link))
            result << link;
    }
    for (const diary::BreachLink& link : ticked) {
        if (!result.contains(link))
            result << link;
    }
    incident.breaches = result;
}

} // namespace daymark::ui
