// Lists of checkboxes (types, people, orders, redactions): nothing ticked means "all" for the first three and
// "nothing hidden" for the last, which the labels say.
#include "export/ExportChoices.h"

#include "diary/Diary.h"
#include "diary/IncidentType.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "timeline/TimelineText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QListWidget* checkList(const QString& accessibleName, const char* objectName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(objectName));
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumHeight(list->fontMetrics().height() * 5);
    list->setWordWrap(true);
    list->setSpacing(1);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

QListWidgetItem* addCheck(QListWidget* list, const QString& text, const QVariant& data, bool checked = false)
{
    auto* item = new QListWidgetItem(text, list);
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::UserRole, data);
    return item;
}

template <typename T> QList<T> checkedValues(const QListWidget* list, T (*convert)(const QVariant&))
{
    QList<T> values;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            values.append(convert(list->item(row)->data(Qt::UserRole)));
    return values;
}

QUuid toUuid(const QVariant& value)
{
    return value.toUuid();
}

int toInt(const QVariant& value)
{
    return value.toInt();
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ExportChoices::ExportChoices(QWidget* parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_types(checkList(tr("Types of incident to include"), "exportTypes", this)),
      m_people(checkList(tr("People whose incidents to include"), "exportPeople", this)),
      m_orders(checkList(tr("Orders whose possible breaches to include"), "exportOrders", this)),
      m_notes(new QCheckBox(tr("Include my private &notes"), this)),
      m_history(new QCheckBox(tr("Include earlier &versions of amended incidents, with the reasons"), this)),
      m_exhibits(new QCheckBox(tr("Include the original e&xhibit files (bundle)"), this)),
      m_redact(checkList(tr("Details to hide"), "exportRedact", this)), m_words(new QPlainTextEdit(this)),
      m_owner(new QLineEdit(this)), m_header(new QLineEdit(this)), m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportChoices"));
    m_period->setObjectName(QStringLiteral("exportPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Everything recorded"), false);
    m_period->addItem(tr("Between dates…"), true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setAccessibleName(tr("From this day"));
    m_from->setDate(QDate::currentDate().addMonths(-3));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setAccessibleName(tr("To this day, included"));
    m_to->setDate(QDate::currentDate());
    for (int i = 0; i < diary::kIncidentTypeCount; ++i) {
        const diary::IncidentType type = diary::typeAt(i);
        addCheck(m_types, diary::typeShortName(type), i)->setIcon(timelineText::typeIcon(type));
    }
    for (const report::RedactableField field : report::allRedactableFields())
        addCheck(m_redact, report::redactableFieldName(field), static_cast<int>(field));
    m_notes->setObjectName(QStringLiteral("exportNotes"));
    m_history->setObjectName(QStringLiteral("exportHistory"));
    m_history->setChecked(true);
    m_exhibits->setObjectName(QStringLiteral("exportExhibits"));
    m_exhibits->setChecked(true);
    m_screening = new QCheckBox(tr("Include my latest risk &screening answers (an annex at the end of the PDF)"), this);
    m_screening->setObjectName(QStringLiteral("exportScreening"));
    m_words->setObjectName(QStringLiteral("exportHiddenWords"));
    m_words->setAccessibleName(tr("Words to hide, one per line"));
    m_words->setPlaceholderText(tr("One per line, e.g. your own address or a child's name"));
    m_words->setMaximumHeight(m_words->fontMetrics().height() * 5);
    m_words->setTabChangesFocus(true);
    m_owner->setObjectName(QStringLiteral("exportOwner"));
    m_owner->setAccessibleName(tr("Whose diary (optional)"));
    m_header->setObjectName(QStringLiteral("exportHeader"));
    m_header->setAccessibleName(tr("Heading on every page (optional)"));
    m_header->setPlaceholderText(tr("e.g. RESTRICTED"));
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), static_cast<int>(report::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(report::PaperSize::Letter));

    auto* which = new QGroupBox(tr("Which incidents"), this);
    auto* whichForm = new QFormLayout(which);
    auto* when = new QHBoxLayout;
    when->addWidget(m_period);
    when->addWidget(m_from);
    when->addWidget(m_to);
    when->addStretch(1);
    auto* periodLabel = new QLabel(tr("&Period:"), which);
    periodLabel->setBuddy(m_period);
    whichForm->addRow(periodLabel, when);
    auto* lists = new QHBoxLayout;
    for (auto [label, list] :
         {std::pair{tr("&Types (none ticked: all)"), m_types}, std::pair{tr("P&eople (none ticked: anyone)"), m_people},
          std::pair{tr("&Orders breached (none ticked: any)"), m_orders}}) {
        auto* column = new QVBoxLayout;
        auto* title = new QLabel(label, which);
        title->setBuddy(list);
        column->addWidget(title);
        column->addWidget(list);
        lists->addLayout(column, 1);
    }
    whichForm->addRow(lists);

    auto* what = new QGroupBox(tr("What to show"), this);
    auto* whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_history);
    whatLayout->addWidget(m_exhibits);
    whatLayout->addWidget(m_notes);
    whatLayout->addWidget(note(tr("Private notes stay out unless you tick this."), what));
    whatLayout->addWidget(m_screening);

    auto* hide = new QGroupBox(tr("What to hide"), this);
    auto* hideLayout = new QHBoxLayout(hide);
    auto* fieldsColumn = new QVBoxLayout;
    auto* fieldsTitle = new QLabel(tr("&Details shown as \"[redacted]\":"), hide);
    fieldsTitle->setBuddy(m_redact);
    fieldsColumn->addWidget(fieldsTitle);
    fieldsColumn->addWidget(m_redact);
    auto* wordsColumn = new QVBoxLayout;
    auto* wordsTitle = new QLabel(tr("&Words hidden wherever they appear:"), hide);
    wordsTitle->setBuddy(m_words);
    wordsColumn->addWidget(wordsTitle);
    wordsColumn->addWidget(m_words);
    wordsColumn->addWidget(note(tr("Hidden in the PDF, the CSV and the JSON. Exhibit files stay exactly as they were "
                                   "added, so check them yourself."),
                                hide));
    wordsColumn->addStretch(1);
    hideLayout->addLayout(fieldsColumn, 1);
    hideLayout->addLayout(wordsColumn, 1);

    auto* pages = new QGroupBox(tr("Pages"), this);
    auto* pagesForm = new QFormLayout(pages);
    pagesForm->addRow(tr("Whose diary (opt&ional):"), m_owner);
    pagesForm->addRow(tr("&Heading on every page:"), m_header);
    pagesForm->addRow(tr("P&aper:"), m_paper);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(which);
    layout->addWidget(what);
    layout->addWidget(hide);
    layout->addWidget(pages);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool between = m_period->currentData().toBool();
        m_from->setVisible(between);
        m_to->setVisible(between);
        Q_EMIT changed();
    });
    for (QListWidget* list : {m_types, m_people, m_orders, m_redact})
        connect(list, &QListWidget::itemChanged, this, &ExportChoices::changed);
}

void ExportChoices::setDiary(diary::Diary* diary)
{
    m_people->clear();
    m_orders->clear();
    if (!diary) {
        m_words->clear(); // words to hide are diary content too
        m_owner->clear();
        return;
    }
    for (const diary::PersonRecord& record : diary->people().list()) {
        const QString name = record.person.name.isEmpty() ? tr("(no name)") : record.person.name;
        addCheck(m_people, tr("%1 (%2)", "person name, role").arg(name, diary::roleName(record.person.role)),
                 record.person.id);
    }
    for (const diary::OrderRecord& record : diary->orders().list()) {
        const diary::ProtectionOrder& order = record.order;
        const QString name =
            order.reference.isEmpty()
                ? diary::orderKindName(order.kind)
                : tr("%1, %2", "order kind, reference").arg(diary::orderKindName(order.kind), order.reference);
        addCheck(m_orders, name, order.id);
    }
}

report::ExportSelection ExportChoices::selection() const
{
    report::ExportSelection selection;
    if (m_period->currentData().toBool()) {
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        selection.filter.from = from.startOfDay();
        selection.filter.to = to.addDays(1).startOfDay();
    }
    for (const int type : checkedValues<int>(m_types, toInt))
        selection.filter.types.append(diary::typeAt(type));
    selection.people = checkedValues<QUuid>(m_people, toUuid);
    selection.orders = checkedValues<QUuid>(m_orders, toUuid);
    selection.includePrivateNotes = m_notes->isChecked();
    selection.includeHistory = m_history->isChecked();
    selection.includeExhibitFiles = m_exhibits->isChecked();
    selection.includeScreening = m_screening->isChecked();
    for (const int field : checkedValues<int>(m_redact, toInt))
        selection.redactedFields.insert(static_cast<report::RedactableField>(field));
    for (const QString& line : m_words->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            selection.redactedPhrases.append(line.trimmed());
    selection.ownerName = m_owner->text().trimmed();
    selection.header = m_header->text().trimmed();
    selection.paper = static_cast<report::PaperSize>(m_paper->currentData().toInt());
    return selection;
}

} // namespace daymark::ui
