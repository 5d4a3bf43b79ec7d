// Periods are counted back from today in local time; "Between" shows two date fields, both days included.
#include "browse/IncidentFilterBar.h"

#include "diary/Diary.h"
#include "diary/IncidentType.h"
#include "diary/PersonRepository.h"
#include "timeline/TimelineText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace daymark::ui {
namespace {

QLabel* labelFor(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

IncidentFilterBar::IncidentFilterBar(bool offerDeleted, QWidget* parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_type(new QComboBox(this)), m_person(new QComboBox(this)),
      m_breach(new QCheckBox(tr("Possible &breaches only"), this)),
      m_reported(new QCheckBox(tr("&Reported to police only"), this)), m_clear(new QPushButton(tr("C&lear"), this))
{
    setObjectName(QStringLiteral("incidentFilterBar"));
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), int(Period::AnyTime));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last 3 months"), int(Period::Last3Months));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Between dates…"), int(Period::Between));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setAccessibleName(tr("From this day"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setAccessibleName(tr("To this day, included"));

    m_type->setObjectName(QStringLiteral("filterType"));
    m_type->setAccessibleName(tr("Type of incident"));
    m_type->addItem(tr("All types"), -1);
    for (int i = 0; i < diary::kIncidentTypeCount; ++i) {
        const diary::IncidentType type = diary::typeAt(i);
        m_type->addItem(timelineText::typeIcon(type), diary::typeShortName(type), i);
    }
    m_person->setObjectName(QStringLiteral("filterPerson"));
    m_person->setAccessibleName(tr("Person involved"));
    m_person->addItem(tr("Anyone"), QUuid());
    m_breach->setObjectName(QStringLiteral("filterBreach"));
    m_reported->setObjectName(QStringLiteral("filterReported"));
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setToolTip(tr("Show every incident again"));

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->addWidget(labelFor(tr("&When:"), m_period, this), 0, 0);
    auto* when = new QHBoxLayout;
    when->addWidget(m_period);
    when->addWidget(m_from);
    when->addWidget(labelFor(tr("to"), m_to, this));
    when->addWidget(m_to);
    when->addStretch(1);
    grid->addLayout(when, 0, 1);
    grid->addWidget(labelFor(tr("T&ype:"), m_type, this), 0, 2);
    grid->addWidget(m_type, 0, 3);
    grid->addWidget(labelFor(tr("&Person:"), m_person, this), 1, 2);
    grid->addWidget(m_person, 1, 3);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_breach);
    checks->addWidget(m_reported);
    if (offerDeleted) {
        m_deleted = new QCheckBox(tr("Show &deleted too"), this);
        m_deleted->setObjectName(QStringLiteral("filterDeleted"));
        checks->addWidget(m_deleted);
    }
    checks->addStretch(1);
    checks->addWidget(m_clear);
    grid->addLayout(checks, 1, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    setLayout(grid);

    updateDates();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        Q_EMIT changed();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &IncidentFilterBar::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::changed);
    connect(m_person, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::changed);
    for (QCheckBox* box : {m_breach, m_reported, m_deleted})
        if (box)
            connect(box, &QCheckBox::toggled, this, &IncidentFilterBar::changed);
    connect(m_clear, &QPushButton::clicked, this, &IncidentFilterBar::reset);
}

void IncidentFilterBar::setDiary(diary::Diary* diary)
{
    const QUuid chosen = m_person->currentData().toUuid();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Anyone"), QUuid());
    if (diary) {
        for (const diary::PersonRecord& record : diary->people().list()) {
            const diary::Person& person = record.person;
            const QString name = person.name.isEmpty() ? tr("(no name)") : person.name;
            m_person->addItem(tr("%1 (%2)", "person name, role").arg(name, diary::roleName(person.role)), person.id);
        }
    }
    const int found = m_person->findData(chosen);
    m_person->setCurrentIndex(found < 0 ? 0 : found);
}

diary::IncidentFilter IncidentFilterBar::filter() const
{
    diary::IncidentFilter filter;
    const QDate today = QDate::currentDate();
    const auto startOf = [](const QDate& day) { return day.startOfDay(); };
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::AnyTime:
        break;
    case Period::Last7Days:
        filter.from = startOf(today.addDays(-6));
        break;
    case Period::Last30Days:
        filter.from = startOf(today.addDays(-29));
        break;
    case Period::Last3Months:
        filter.from = startOf(today.addMonths(-3));
        break;
    case Period::Last12Months:
        filter.from = startOf(today.addYears(-1));
        break;
    case Period::Between: {
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        filter.from = startOf(from);
        filter.to = startOf(to.addDays(1));
        break;
    }
    }
    const int type = m_type->currentData().toInt();
    if (type >= 0)
        filter.types = {diary::typeAt(type)};
    filter.person = m_person->currentData().toUuid();
    if (m_breach->isChecked())
        filter.breach = true;
    if (m_reported->isChecked())
        filter.reported = true;
    if (m_deleted && m_deleted->isChecked())
        filter.deleted = diary::IncidentFilter::Deleted::Include;
    return filter;
}

void IncidentFilterBar::reset()
{
    {
        const QSignalBlocker b1(m_period), b2(m_type), b3(m_person), b4(m_breach), b5(m_reported);
        m_period->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_person->setCurrentIndex(0);
        m_breach->setChecked(false);
        m_reported->setChecked(false);
        if (m_deleted) {
            const QSignalBlocker b6(m_deleted);
            m_deleted->setChecked(false);
        }
    }
    updateDates();
    Q_EMIT changed();
}

bool IncidentFilterBar::isNarrowed() const
{
    return m_period->currentIndex() != 0 || m_type->currentIndex() != 0 || m_person->currentIndex() != 0 ||
           m_breach->isChecked() || m_reported->isChecked() || (m_deleted && m_deleted->isChecked());
}

void IncidentFilterBar::updateDates()
{
    const bool between = static_cast<Period>(m_period->currentData().toInt()) == Period::Between;
    m_from->setVisible(between);
    m_to->setVisible(between);
    for (QLabel* label : findChildren<QLabel*>())
        if (label->buddy() == m_to)
            label->setVisible(between);
}

} // namespace daymark::ui
