// Calm and short: it may be read by someone frightened. The numbers come from SafetyContacts, as on the Safety page.
#include "pages/FirstRunPage.h"

#include "panels/SafetyContacts.h"
#include "widgets/PageLayout.h"

#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daymark::ui {

FirstRunPage::FirstRunPage(Mode mode, QWidget* parent)
    : QWidget(parent), m_continue(new QPushButton(mode == Mode::FirstStart ? tr("&Continue") : tr("&Close"), this))
{
    setObjectName(mode == Mode::FirstStart ? QStringLiteral("firstRunPage") : QStringLiteral("protectionPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* column = pageLayout::makeColumn(content);
    column->addWidget(pageLayout::makeTitle(
        mode == Mode::FirstStart ? tr("Before you start") : tr("What Daymark can and cannot protect you from"),
        content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Daymark keeps a private diary of what is happening to you, with the evidence beside it, in one encrypted "
           "file on this computer. It does not use the internet and sends nothing anywhere."),
        content));

    column->addWidget(pageLayout::makeHeading(tr("What Daymark protects against"), content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Someone who gets hold of this computer or the diary file cannot read the diary without your password. "
           "Daymark leaves no readable copies of what you write on the computer, locks the diary when you step away "
           "or the screen locks, and Quick exit (Ctrl+Shift+Q, or Esc twice) hides it at once."),
        content));

    column->addWidget(pageLayout::makeHeading(tr("What it cannot protect against"), content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Daymark cannot help if this computer is being monitored or has spyware on it: that can see what you "
           "type, including your password. It cannot keep the diary from someone who knows or guesses your password, "
           "or who forces you to unlock it. While the diary is open, anyone at the screen can read it."),
        content));
    column->addWidget(pageLayout::makeParagraph(
        tr("If someone else set up or has used this computer, think about keeping the diary on a device only you use. "
           "A helpline can talk you through checking your devices."),
        content));

    column->addWidget(pageLayout::makeHeading(tr("Help, whenever you need it"), content));
    column->addWidget(pageLayout::makeParagraph(tr("If you are in danger now, call 999."), content));
    auto* numbers = new QFormLayout;
    numbers->setLabelAlignment(Qt::AlignLeft);
    numbers->setRowWrapPolicy(QFormLayout::WrapLongRows);
    int i = 0;
    for (const SafetyContact& contact : SafetyContacts::forRegion()) {
        auto* number = pageLayout::makePhoneNumber(contact.number, content);
        number->setObjectName(QStringLiteral("firstRunNumber%1").arg(i++));
        auto* name = new QLabel(contact.name, content);
        name->setTextFormat(Qt::PlainText); // one line: a wrapped label beside a one-line number is cut short
        numbers->addRow(name, number);
    }
    column->addLayout(numbers);
    column->addWidget(pageLayout::makeParagraph(
        tr("These numbers are for the %1. They are always on the Safety and support page of an open diary, with this "
           "page.")
            .arg(SafetyContacts::regionName()),
        content));
    column->addStretch(1);
    scroll->setWidget(content);

    m_continue->setObjectName(QStringLiteral("firstRunContinue"));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    auto* buttons = new QHBoxLayout;
    if (mode == Mode::FirstStart) {
        m_dontShow = new QCheckBox(tr("&Don't show this again"), this);
        m_dontShow->setObjectName(QStringLiteral("firstRunDontShow"));
        m_dontShow->setChecked(true);
        buttons->addWidget(m_dontShow);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    buttons->setContentsMargins(24, 8, 24, 16);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_continue);
    connect(m_continue, &QPushButton::clicked, this, &FirstRunPage::finished);
}

bool FirstRunPage::dontShowAgain() const
{
    return m_dontShow && m_dontShow->isChecked();
}

void showProtectionDialog(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("protectionDialog"));
    dialog.setWindowTitle(FirstRunPage::tr("What Daymark protects against"));
    auto* page = new FirstRunPage(FirstRunPage::Mode::Review, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    QObject::connect(page, &FirstRunPage::finished, &dialog, &QDialog::accept);
    dialog.resize(720, 640);
    dialog.exec();
}

} // namespace daymark::ui
