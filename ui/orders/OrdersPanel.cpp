// Like the People panel: the list is rebuilt from the diary after every change. Breaches come from the incidents
// (each incident says which condition it may breach), read again whenever an order is shown.
#include "orders/OrdersPanel.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "orders/OrderEditor.h"
#include "people/ReasonDialog.h"
#include "timeline/TimelineText.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace daymark::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString dateText(const std::optional<QDate>& date)
{
    return date ? QLocale().toString(*date, QLocale::LongFormat) : QString();
}

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

OrdersPanel::OrdersPanel(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_new(new QPushButton(tr("&New order"), this)),
      m_showDeleted(new QCheckBox(tr("Show &deleted orders"), this)), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_message(new InlineMessage(InlineMessage::Kind::Success, this)),
      m_editor(new OrderEditor(this)), m_breachesHeading(makeHeading(tr("Possible breaches recorded"), this)),
      m_noBreaches(new QLabel(this)), m_breaches(new QTreeWidget(this)),
      m_delete(new QPushButton(tr("De&lete…"), this)), m_restore(new QPushButton(tr("Res&tore…"), this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("ordersPanel"));
    m_list->setObjectName(QStringLiteral("ordersList"));
    m_list->setAccessibleName(tr("Protection orders"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_new->setObjectName(QStringLiteral("ordersNew"));
    m_showDeleted->setObjectName(QStringLiteral("ordersShowDeleted"));
    m_title->setObjectName(QStringLiteral("ordersTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setObjectName(QStringLiteral("ordersStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_editor->setObjectName(QStringLiteral("orderEditor"));
    m_noBreaches->setObjectName(QStringLiteral("orderNoBreaches"));
    m_noBreaches->setWordWrap(true);
    m_breaches->setObjectName(QStringLiteral("orderBreaches"));
    m_breaches->setAccessibleName(tr("Incidents recorded as possible breaches, by condition"));
    m_breaches->setHeaderLabels({tr("Incident"), tr("When"), tr("What happened")});
    m_breaches->setRootIsDecorated(false);
    m_breaches->setItemsExpandable(false);
    m_breaches->setUniformRowHeights(true);
    m_breaches->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_breaches->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_breaches->header()->setStretchLastSection(true);
    m_breaches->setMinimumHeight(fontMetrics().height() * 8);
    m_breaches->setToolTip(tr("Enter or a double-click shows the incident"));
    m_delete->setObjectName(QStringLiteral("ordersDelete"));
    m_restore->setObjectName(QStringLiteral("ordersRestore"));
    m_save->setObjectName(QStringLiteral("ordersSave"));
    m_save->setToolTip(tr("Save this order (Ctrl+S)"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);
    leftLayout->addWidget(m_showDeleted);

    auto* formHolder = new QWidget;
    auto* formLayout = new QVBoxLayout(formHolder);
    formLayout->setContentsMargins(6, 0, 12, 12);
    formLayout->setSpacing(10);
    formLayout->addWidget(m_editor);
    formLayout->addWidget(m_breachesHeading);
    formLayout->addWidget(m_noBreaches);
    formLayout->addWidget(m_breaches);
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(formHolder);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 12, 12, 12);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    rightLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 34, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_list);
    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_showDeleted);
    setTabOrder(m_showDeleted, m_editor);

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto* deleteAction = new QAction(tr("Delete"), m_list);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);

    connect(saveAction, &QAction::triggered, this, &OrdersPanel::save);
    connect(deleteAction, &QAction::triggered, this, &OrdersPanel::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &OrdersPanel::save);
    connect(m_new, &QPushButton::clicked, this, &OrdersPanel::newOrder);
    connect(m_delete, &QPushButton::clicked, this, &OrdersPanel::deleteSelected);
    connect(m_restore, &QPushButton::clicked, this, &OrdersPanel::restoreSelected);
    connect(m_showDeleted, &QCheckBox::toggled, this, [this] { reloadAndSelect(m_current); });
    connect(m_list, &QListWidget::currentItemChanged, this, &OrdersPanel::currentItemChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_editor->setFocus(); });
    connect(m_breaches, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QUuid incident = item ? item->data(0, kIdRole).toUuid() : QUuid();
        if (!incident.isNull())
            Q_EMIT incidentRequested(incident);
    });
    connect(m_editor, &OrderEditor::changed, this, [this] {
        if (m_message->kind() == InlineMessage::Kind::Success)
            m_message->dismiss();
    });
    setDiary(nullptr);
}

void OrdersPanel::setDiary(diary::Diary* diary)
{
    closeDialogs();
    m_diary = diary;
    m_message->dismiss();
    {
        const QSignalBlocker blocker(m_showDeleted);
        m_showDeleted->setChecked(false);
    }
    m_current = QUuid();
    m_currentDeleted = false;
    // Reading the orders and their breaches waits until the panel is shown: unlocking stays quick however many
    // breaches a diary holds.
    m_populated = false;
    if (isVisible() || !diary)
        populate();
}

void OrdersPanel::populate()
{
    m_populated = true;
    reloadAndSelect({});
    showNewOrder();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void OrdersPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_diary && !m_populated)
        populate();
    else if (m_diary && !hasUnsavedChanges())
        reload();
}

void OrdersPanel::reload()
{
    reloadAndSelect(m_current);
}

QString OrdersPanel::orderName(const diary::ProtectionOrder& order) const
{
    return order.reference.isEmpty()
               ? diary::orderKindName(order.kind)
               : tr("%1, %2", "order kind, reference").arg(diary::orderKindName(order.kind), order.reference);
}

void OrdersPanel::reloadAndSelect(const QUuid& id)
{
    std::vector<diary::PersonRecord> people;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        if (m_diary) {
            try {
                people = m_diary->people().list(true);
                for (const diary::OrderRecord& record : m_diary->orders().list(m_showDeleted->isChecked())) {
                    const diary::ProtectionOrder& o = record.order;
                    QString name = orderName(o);
                    if (record.deleted)
                        name = tr("%1 (deleted)", "order").arg(name);
                    const QString when =
                        o.expires ? tr("Expires %1").arg(QLocale().toString(*o.expires, QLocale::ShortFormat))
                        : o.made  ? tr("Made %1").arg(QLocale().toString(*o.made, QLocale::ShortFormat))
                                  : tr("Dates not given");
                    auto* item = new QListWidgetItem(tr("%1\n%2", "order, then its dates").arg(name, when));
                    item->setData(kIdRole, o.id);
                    item->setData(Qt::AccessibleTextRole, tr("%1, %2", "order, dates").arg(name, when));
                    if (record.deleted) {
                        QFont font = item->font();
                        font.setItalic(true);
                        item->setFont(font);
                    }
                    m_list->addItem(item);
                    if (o.id == id)
                        m_list->setCurrentItem(item);
                }
            } catch (const Error& error) {
                m_message->setKind(InlineMessage::Kind::Error);
                m_message->showMessage(error.message());
            }
        }
    }
    m_editor->setPeople(people);
    if (!id.isNull() && m_list->currentItem())
        showOrder(id);
    else if (!id.isNull())
        showNewOrder();
    updateButtons();
}

void OrdersPanel::currentItemChanged(QListWidgetItem* current, QListWidgetItem* previous)
{
    if (!current)
        return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(previous);
        return;
    }
    m_message->dismiss();
    showOrder(current->data(kIdRole).toUuid());
}

void OrdersPanel::showOrder(const QUuid& id)
{
    if (!m_diary)
        return;
    try {
        const diary::OrderRecord record = m_diary->orders().get(id);
        m_current = id;
        m_currentDeleted = record.deleted;
        m_editor->setOrder(record.order);
        m_baseline = m_editor->order();
        m_title->setText(orderName(record.order));
        QStringList facts;
        if (record.order.made)
            facts << tr("Made %1.").arg(dateText(record.order.made));
        if (record.order.expires)
            facts << tr("Expires %1.").arg(dateText(record.order.expires));
        if (record.deleted)
            facts << tr("Deleted. Restore the order to change it.");
        else if (record.version > 1)
            facts << tr("Changed since first written down: this is version %1.").arg(record.version);
        m_status->setText(facts.join(QLatin1Char(' ')));
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message());
    }
    showBreaches();
    updateButtons();
}

void OrdersPanel::showBreaches()
{
    m_breaches->clear();
    const bool saved = m_diary && !m_current.isNull();
    m_breachesHeading->setVisible(saved);
    if (!saved) {
        m_noBreaches->setVisible(false);
        m_breaches->setVisible(false);
        return;
    }
    std::vector<diary::RecordedBreach> breaches;
    try {
        breaches = m_diary->orders().breaches(m_current);
    } catch (const Error& error) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(error.message());
    }
    m_noBreaches->setVisible(breaches.empty());
    m_breaches->setVisible(!breaches.empty());
    m_noBreaches->setText(tr("No incident is marked as a possible breach of this order. When you write an "
                             "incident down, you can mark it as a possible breach of a condition."));
    std::map<int, std::vector<const diary::RecordedBreach*>> byCondition;
    for (const diary::RecordedBreach& breach : breaches)
        byCondition[breach.condition].push_back(&breach);
    for (const auto& [number, list] : byCondition) {
        const diary::OrderCondition* condition = m_baseline.condition(number);
        auto* heading = new QTreeWidgetItem(m_breaches);
        heading->setText(0, condition ? tr("Condition %1: %2").arg(number).arg(condition->text)
                                      : tr("Condition %1").arg(number));
        heading->setFirstColumnSpanned(true);
        heading->setToolTip(0, heading->text(0));
        heading->setFlags(Qt::ItemIsEnabled);
        QFont font = heading->font(0);
        font.setBold(true);
        heading->setFont(0, font);
        for (const diary::RecordedBreach* breach : list) {
            auto* item = new QTreeWidgetItem(heading);
            const QDateTime start = breach->start.toLocalTime();
            item->setText(0, tr("No. %1").arg(QLocale().toString(breach->incidentNumber)));
            item->setText(1, tr("%1 at %2", "date at time")
                                 .arg(QLocale().toString(start.date(), QLocale::ShortFormat),
                                      timelineText::timeText(start.time())));
            item->setText(2, breach->summary);
            item->setData(0, kIdRole, breach->incident);
            item->setToolTip(2, breach->summary);
        }
    }
    m_breaches->expandAll();
}

bool OrdersPanel::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The order's details in the form are not saved yet. Do you want to leave them?"),
                    QMessageBox::NoButton, this);
    auto* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.addButton(tr("&Leave without saving"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() != keep;
}

void OrdersPanel::newOrder()
{
    if (confirmLeave())
        showNewOrder();
}

void OrdersPanel::showNewOrder()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    m_current = QUuid();
    m_currentDeleted = false;
    diary::ProtectionOrder order;
    m_editor->setOrder(order);
    m_baseline = m_editor->order();
    m_title->setText(tr("New protection order"));
    m_status->setText(tr("Copy the details from the order itself. Its conditions are numbered as they are on the "
                         "order, so each incident can say which one it may breach."));
    showBreaches();
    updateButtons();
}

bool OrdersPanel::hasUnsavedChanges() const
{
    return m_diary && !m_currentDeleted && m_editor->order() != m_baseline;
}

void OrdersPanel::save()
{
    if (!m_diary || m_currentDeleted)
        return;
    const diary::ProtectionOrder order = m_editor->order();
    if (m_current.isNull()) {
        try {
            const diary::OrderRecord record = m_diary->orders().add(order);
            reloadAndSelect(record.order.id);
            m_message->setKind(InlineMessage::Kind::Success);
            m_message->showMessage(tr("The order is saved in the diary."));
        } catch (const Error& error) {
            m_message->setKind(InlineMessage::Kind::Error);
            m_message->showMessage(error.message());
        }
        return;
    }
    if (order == m_baseline) {
        m_message->setKind(InlineMessage::Kind::Note);
        m_message->showMessage(tr("Nothing was changed, so there is nothing to save."));
        return;
    }
    const QUuid id = m_current;
    ReasonDialog::ask(this, tr("Why change this order?"),
                      tr("&Why are you changing the order? For example: varied by the court on 3 May. The earlier "
                         "version stays in the diary's history."),
                      tr("&Save the change"), true, [this, id, order](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              const diary::OrderRecord record = m_diary->orders().amend(order, reason);
                              reloadAndSelect(id);
                              m_message->setKind(InlineMessage::Kind::Success);
                              m_message->showMessage(
                                  tr("Saved as version %1. The earlier version is kept.").arg(record.version));
                          } catch (const Error& error) {
                              m_message->setKind(InlineMessage::Kind::Error);
                              m_message->showMessage(error.message());
                          }
                          return QString();
                      });
}

void OrdersPanel::deleteSelected()
{
    if (!m_diary || m_current.isNull() || m_currentDeleted)
        return;
    const QUuid id = m_current;
    ReasonDialog::ask(this, tr("Delete this order?"),
                      tr("&Why are you deleting this order? It stays in the diary's history and can be restored."),
                      tr("&Delete"), true, [this, id](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              m_diary->orders().remove(id, reason);
                              reloadAndSelect(id);
                              m_message->setKind(InlineMessage::Kind::Success);
                              m_message->showMessage(tr("The order is deleted. To bring it back, tick Show deleted "
                                                        "orders and choose Restore."));
                          } catch (const Error& error) {
                              return error.message();
                          }
                          return QString();
                      });
}

void OrdersPanel::restoreSelected()
{
    if (!m_diary || m_current.isNull() || !m_currentDeleted)
        return;
    const QUuid id = m_current;
    ReasonDialog::ask(this, tr("Restore this order?"),
                      tr("&Why are you restoring this order? (You may leave this empty.)"), tr("&Restore"), false,
                      [this, id](const QString& reason) {
                          if (!m_diary)
                              return QString();
                          try {
                              m_diary->orders().restore(id, reason);
                              reloadAndSelect(id);
                              m_message->setKind(InlineMessage::Kind::Success);
                              m_message->showMessage(tr("The order is restored."));
                          } catch (const Error& error) {
                              return error.message();
                          }
                          return QString();
                      });
}

void OrdersPanel::updateButtons()
{
    const bool open = m_diary != nullptr;
    const bool existing = open && !m_current.isNull();
    m_new->setEnabled(open);
    m_showDeleted->setEnabled(open);
    m_editor->setEnabled(open && !m_currentDeleted);
    m_save->setEnabled(open && !m_currentDeleted);
    m_save->setText(existing ? tr("&Save changes…") : tr("&Save"));
    m_delete->setVisible(existing && !m_currentDeleted);
    m_restore->setVisible(existing && m_currentDeleted);
}

void OrdersPanel::closeDialogs()
{
    const auto dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs)
        delete dialog;
}

} // namespace daymark::ui
