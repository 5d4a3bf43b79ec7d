// Conditions are a two-column table: the number (fixed once given) and the wording, edited in place. A condition
// not yet saved shows "new" where its number will be.
#include "orders/OrderEditor.h"

#include "orders/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

constexpr int kNumberRole = Qt::UserRole + 1;
constexpr diary::OrderKind kKinds[] = {diary::OrderKind::StalkingProtection,
                                       diary::OrderKind::InterimStalkingProtection, diary::OrderKind::Restraining,
                                       diary::OrderKind::NonMolestation, diary::OrderKind::Other};

} // namespace

OrderEditor::OrderEditor(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_court(new QLineEdit(this)), m_reference(new QLineEdit(this)),
      m_respondent(new QComboBox(this)), m_made(new OptionalDateEdit(tr("Made on"), this)),
      m_served(new OptionalDateEdit(tr("Served on"), this)), m_expires(new OptionalDateEdit(tr("Expires on"), this)),
      m_conditions(new QTableWidget(0, 2, this)), m_addCondition(new QPushButton(tr("Add a con&dition"), this)),
      m_removeCondition(new QPushButton(tr("Remove condition"), this)), m_notes(new QPlainTextEdit(this))
{
    for (diary::OrderKind kind : kKinds)
        m_kind->addItem(diary::orderKindName(kind), static_cast<int>(kind));
    m_kind->setObjectName(QStringLiteral("orderKind"));
    m_court->setObjectName(QStringLiteral("orderCourt"));
    m_court->setPlaceholderText(tr("For example: Teesside Magistrates' Court"));
    m_reference->setObjectName(QStringLiteral("orderReference"));
    m_reference->setPlaceholderText(tr("The case number on the order"));
    m_respondent->setObjectName(QStringLiteral("orderRespondent"));
    m_made->setObjectName(QStringLiteral("orderMade"));
    m_served->setObjectName(QStringLiteral("orderServed"));
    m_expires->setObjectName(QStringLiteral("orderExpires"));
    m_conditions->setObjectName(QStringLiteral("orderConditions"));
    m_conditions->setHorizontalHeaderLabels({tr("No."), tr("Condition, in the order's own words")});
    m_conditions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conditions->verticalHeader()->setVisible(false);
    m_conditions->setWordWrap(true);
    m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conditions->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_conditions->setTabKeyNavigation(false);
    m_conditions->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_addCondition->setObjectName(QStringLiteral("orderAddCondition"));
    m_removeCondition->setObjectName(QStringLiteral("orderRemoveCondition"));
    m_removeCondition->setEnabled(false);
    m_notes->setObjectName(QStringLiteral("orderNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 2 * m_notes->frameWidth() + 12);

    auto* conditions = new QWidget(this);
    auto* conditionsLayout = new QVBoxLayout(conditions);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    conditionsLayout->setSpacing(4);
    conditionsLayout->addWidget(m_conditions);
    auto* conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(m_addCondition);
    conditionButtons->addWidget(m_removeCondition);
    conditionButtons->addStretch(1);
    conditionsLayout->addLayout(conditionButtons);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setVerticalSpacing(10);
    auto row = [this, form](const QString& label, QWidget* field, QWidget* buddy, const QString& accessibleName) {
        auto* name = new QLabel(label, this);
        name->setBuddy(buddy);
        buddy->setAccessibleName(accessibleName);
        form->addRow(name, field);
    };
    row(tr("&Kind of order:"), m_kind, m_kind, tr("Kind of order"));
    row(tr("&Court:"), m_court, m_court, tr("Court"));
    row(tr("Case &reference:"), m_reference, m_reference, tr("Case reference"));
    row(tr("A&gainst:"), m_respondent, m_respondent, tr("The person the order is against"));
    row(tr("&Made:"), m_made, m_made->knownBox(), tr("The date the order was made is known"));
    row(tr("Ser&ved:"), m_served, m_served->knownBox(), tr("The date the order was served is known"));
    row(tr("E&xpires:"), m_expires, m_expires->knownBox(), tr("The order has an expiry date"));
    row(tr("Conditions:"), conditions, m_conditions, tr("Conditions of the order"));
    row(tr("N&otes:"), m_notes, m_notes, tr("Notes"));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrderEditor::changed);
    connect(m_respondent, &QComboBox::currentIndexChanged, this, &OrderEditor::changed);
    connect(m_court, &QLineEdit::textChanged, this, &OrderEditor::changed);
    connect(m_reference, &QLineEdit::textChanged, this, &OrderEditor::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OrderEditor::changed);
    for (OptionalDateEdit* date : {m_made, m_served, m_expires})
        connect(date, &OptionalDateEdit::changed, this, &OrderEditor::changed);
    connect(m_conditions, &QTableWidget::itemChanged, this, [this] {
        fitConditions();
        Q_EMIT changed();
    });
    connect(m_conditions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeCondition->setEnabled(m_conditions->currentRow() >= 0); });
    connect(m_addCondition, &QPushButton::clicked, this, &OrderEditor::addCondition);
    connect(m_removeCondition, &QPushButton::clicked, this, &OrderEditor::removeCondition);
    setPeople({});
}

void OrderEditor::setPeople(const std::vector<diary::PersonRecord>& people)
{
    m_people = people;
    const QUuid chosen = m_respondent->currentData().toUuid();
    const QSignalBlocker blocker(m_respondent);
    m_respondent->clear();
    m_respondent->addItem(tr("Not named"), QUuid());
    for (const diary::PersonRecord& record : m_people) {
        if (record.deleted && record.person.id != m_order.respondent)
            continue;
        const QString name =
            record.deleted ? tr("%1 (deleted)", "person's name").arg(record.person.name) : record.person.name;
        m_respondent->addItem(tr("%1 — %2", "name — role").arg(name, diary::roleName(record.person.role)),
                              record.person.id);
    }
    m_respondent->setCurrentIndex(std::max(0, m_respondent->findData(chosen)));
}

void OrderEditor::setOrder(const diary::ProtectionOrder& order)
{
    m_order = order;
    setPeople(m_people); // a deleted respondent is offered only for the order that names them
    {
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockRespondent(m_respondent);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(order.kind))));
        m_respondent->setCurrentIndex(std::max(0, m_respondent->findData(order.respondent)));
    }
    m_court->setText(order.court);
    m_reference->setText(order.reference);
    m_made->setDate(order.made);
    m_served->setDate(order.served);
    m_expires->setDate(order.expires);
    {
        const QSignalBlocker blocker(m_conditions);
        m_conditions->setRowCount(0);
        for (const diary::OrderCondition& condition : order.conditions)
            appendCondition(condition);
    }
    m_removeCondition->setEnabled(false);
    fitConditions();
    m_notes->setPlainText(order.notes);
}

diary::ProtectionOrder OrderEditor::order() const
{
    diary::ProtectionOrder o = m_order;
    o.kind = static_cast<diary::OrderKind>(m_kind->currentData().toInt());
    o.court = m_court->text().trimmed();
    o.reference = m_reference->text().trimmed();
    o.respondent = m_respondent->currentData().toUuid();
    o.made = m_made->date();
    o.served = m_served->date();
    o.expires = m_expires->date();
    o.conditions.clear();
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        const int number = m_conditions->item(row, 0)->data(kNumberRole).toInt();
        const QTableWidgetItem* text = m_conditions->item(row, 1);
        const QString wording = text ? text->text().trimmed() : QString();
        if (number == 0 && wording.isEmpty())
            continue; // an empty new row: nothing was added
        o.conditions << diary::OrderCondition{number, wording};
    }
    o.notes = m_notes->toPlainText().trimmed();
    return o;
}

void OrderEditor::appendCondition(const diary::OrderCondition& condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto* number = new QTableWidgetItem(condition.number > 0 ? QLocale().toString(condition.number) : tr("new"));
    number->setData(kNumberRole, condition.number);
    number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_conditions->setItem(row, 0, number);
    m_conditions->setItem(row, 1, new QTableWidgetItem(condition.text));
}

void OrderEditor::addCondition()
{
    {
        const QSignalBlocker blocker(m_conditions);
        appendCondition({});
    }
    fitConditions();
    const int row = m_conditions->rowCount() - 1;
    m_conditions->setFocus();
    m_conditions->setCurrentCell(row, 1);
    // After the layout has made room for the new row: an editor cannot open on a row not yet shown.
    QTimer::singleShot(0, m_conditions, [table = m_conditions, row] {
        if (row < table->rowCount() && table->isVisible())
            table->editItem(table->item(row, 1));
    });
}

void OrderEditor::removeCondition()
{
    const int row = m_conditions->currentRow();
    if (row < 0)
        return;
    m_conditions->removeRow(row);
    fitConditions();
    Q_EMIT changed();
    if (m_conditions->rowCount() == 0)
        m_addCondition->setFocus();
}

void OrderEditor::fitConditions()
{
    m_conditions->resizeRowsToContents();
    int height = m_conditions->horizontalHeader()->sizeHint().height() + 2 * m_conditions->frameWidth();
    for (int row = 0; row < m_conditions->rowCount(); ++row)
        height += m_conditions->rowHeight(row);
    if (m_conditions->rowCount() == 0)
        height += m_conditions->verticalHeader()->defaultSectionSize();
    m_conditions->setFixedHeight(height);
}

} // namespace daymark::ui
