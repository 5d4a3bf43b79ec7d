// The busy indicator keeps its space while hidden, so the page does not jump when work starts and ends.
#include "widgets/BusyIndicator.h"

#include <QAccessible>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace daymark::ui {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_label(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_bar->setRange(0, 0); // indeterminate: key derivation cannot report how far it is
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Working"));
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setVisible(false);
}

void BusyIndicator::start(const QString& text)
{
    m_busy = true;
    m_label->setText(text);
    m_bar->setAccessibleDescription(text);
    setVisible(true);
    QAccessibleEvent event(m_label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void BusyIndicator::stop()
{
    m_busy = false;
    setVisible(false);
    m_label->clear();
}

QString BusyIndicator::text() const
{
    return m_label->text();
}

} // namespace daymark::ui
