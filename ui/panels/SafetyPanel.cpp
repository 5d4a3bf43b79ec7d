// Plain text in short paragraphs: read by someone frightened, perhaps in a hurry. Numbers are selectable.
#include "panels/SafetyPanel.h"

#include "pages/FirstRunPage.h"
#include "panels/SafetyContacts.h"
#include "widgets/PageLayout.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace daymark::ui {

SafetyPanel::SafetyPanel(QWidget* parent) : QWidget(parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* column = pageLayout::makeColumn(content);
    column->addWidget(pageLayout::makeTitle(tr("Safety and support"), content));

    column->addWidget(pageLayout::makeHeading(tr("If you are in danger now, call 999."), content));
    auto* numbers = new QFormLayout;
    numbers->setLabelAlignment(Qt::AlignLeft);
    numbers->setVerticalSpacing(10);
    int i = 0;
    for (const SafetyContact& contact : SafetyContacts::forRegion()) {
        auto* number = pageLayout::makePhoneNumber(contact.number, content);
        number->setObjectName(QStringLiteral("safetyNumber%1").arg(i++));
        auto* when = pageLayout::makeParagraph(contact.when, content);
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(number);
        cell->addWidget(when);
        auto* name = new QLabel(contact.name, content);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        numbers->addRow(name, cell);
    }
    column->addLayout(numbers);
    column->addWidget(
        pageLayout::makeParagraph(tr("These numbers are for the %1.").arg(SafetyContacts::regionName()), content));

    column->addWidget(pageLayout::makeHeading(tr("What Daymark protects"), content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Your diary is one encrypted file. Without your password nobody can read it, even with the file in hand. "
           "Every entry keeps the time you wrote it and every later change, so the record can be trusted by police "
           "and courts."),
        content));

    column->addWidget(pageLayout::makeHeading(tr("What Daymark cannot protect against"), content));
    column->addWidget(pageLayout::makeParagraph(
        tr("While the diary is unlocked, anyone at this computer can read it. Lock it (Ctrl+L) whenever you step "
           "away. Daymark cannot protect you if this computer or your phone is being watched: spyware or a "
           "monitoring app can see what you type, including your password. If someone else has used or set up "
           "this computer, consider keeping your diary on a device only you use, and ask the helpline about checking "
           "your devices."),
        content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Nor can it keep the diary from someone who knows or guesses your password, or who forces you to unlock "
           "it."),
        content));
    auto* protection = new QPushButton(tr("What Daymark can and cannot &protect you from…"), content);
    protection->setObjectName(QStringLiteral("safetyProtectionButton"));
    connect(protection, &QPushButton::clicked, this, [this] { showProtectionDialog(this); });
    auto* protectionRow = new QHBoxLayout;
    protectionRow->addWidget(protection);
    protectionRow->addStretch(1);
    column->addLayout(protectionRow);

    column->addWidget(pageLayout::makeHeading(tr("Keeping the diary safe"), content));
    column->addWidget(pageLayout::makeParagraph(
        tr("Choose a password nobody could guess and that you do not use anywhere else. There is no way to recover a "
           "forgotten password, so keep a backup copy and write the password down somewhere only you can reach. "
           "Write entries soon after things happen, in your own words, and keep the originals of messages, "
           "photos and recordings."),
        content));
    auto* emergencyCopy = new QPushButton(tr("Save a copy with a &different password…"), content);
    emergencyCopy->setObjectName(QStringLiteral("safetyEmergencyCopyButton"));
    emergencyCopy->setToolTip(tr("A complete copy for someone you trust or a safe place, in case you forget your "
                                 "password"));
    connect(emergencyCopy, &QPushButton::clicked, this, &SafetyPanel::emergencyCopyRequested);
    auto* emergencyCopyRow = new QHBoxLayout;
    emergencyCopyRow->addWidget(emergencyCopy);
    emergencyCopyRow->addStretch(1);
    column->addLayout(emergencyCopyRow);
    column->addStretch(1);

    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace daymark::ui
