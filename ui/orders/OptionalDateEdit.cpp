// The date field is disabled, not hidden, while there is no date: the layout does not jump when it is ticked.
#include "orders/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace daymark::ui {

OptionalDateEdit::OptionalDateEdit(const QString& knownText, QWidget* parent)
    : QWidget(parent), m_known(new QCheckBox(knownText, this)), m_date(new QDateEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy")); // the month in words: 03/04 is read two ways
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    QString name = knownText;
    m_date->setAccessibleName(name.remove(QLatin1Char('&')));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_date);
    layout->addStretch(1);
    setFocusProxy(m_known);
    connect(m_known, &QCheckBox::toggled, this, [this](bool known) {
        m_date->setEnabled(known);
        if (known)
            m_date->setFocus();
        Q_EMIT changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
}

void OptionalDateEdit::setDate(const std::optional<QDate>& date)
{
    const QSignalBlocker blockBox(m_known);
    const QSignalBlocker blockDate(m_date);
    m_known->setChecked(date.has_value());
    m_date->setEnabled(date.has_value());
    m_date->setDate(date.value_or(QDate::currentDate()));
}

std::optional<QDate> OptionalDateEdit::date() const
{
    if (!m_known->isChecked())
        return std::nullopt;
    return m_date->date();
}

} // namespace daymark::ui
