// Details are selectable, so a support worker can copy the diary's identifier.
#include "pages/DiaryPage.h"

#include "common/Error.h"
#include "vault/Vault.h"
#include "widgets/PageLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QLabel* makeDetail(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DiaryPage::DiaryPage(QWidget* parent)
    : QWidget(parent), m_title(pageLayout::makeTitle(QString(), this)),
      m_fileName(makeDetail(QStringLiteral("diaryFileName"), this)),
      m_folder(makeDetail(QStringLiteral("diaryFolder"), this)), m_diaryId(makeDetail(QStringLiteral("diaryId"), this)),
      m_format(makeDetail(QStringLiteral("diaryFormat"), this)),
      m_lock(new QPushButton(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock the diary"), this))
{
    setObjectName(QStringLiteral("diaryPage"));
    m_title->setObjectName(QStringLiteral("diaryTitle"));
    m_lock->setObjectName(QStringLiteral("diaryLockButton"));

    auto* column = pageLayout::makeColumn(this);
    column->addWidget(m_title);
    column->addWidget(pageLayout::makeParagraph(tr("Your diary is unlocked."), this));

    auto* details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->setLabelAlignment(Qt::AlignLeft);
    details->addRow(tr("File:"), m_fileName);
    details->addRow(tr("Folder:"), m_folder);
    details->addRow(tr("Diary identifier:"), m_diaryId);
    details->addRow(tr("File format:"), m_format);
    column->addLayout(details);

    column->addWidget(pageLayout::makeParagraph(
        tr("Lock the diary whenever you step away from the computer (Ctrl+L). It then needs the password again."),
        this));
    column->addWidget(pageLayout::makeParagraph(
        tr("Writing down incidents, the people involved and evidence will be added here in a coming version."), this));
    m_lock->setAutoDefault(true);
    m_lock->setIconSize(QSize(20, 20));
    column->addLayout(pageLayout::makeButtonRow(nullptr, m_lock));
    column->addStretch(1);
    setFocusProxy(m_lock);

    connect(m_lock, &QPushButton::clicked, this, &DiaryPage::lockRequested);
}

void DiaryPage::showDiary(vault::Vault& vault)
{
    const QFileInfo info(vault.path());
    m_title->setText(info.completeBaseName());
    m_title->setAccessibleName(m_title->text());
    m_fileName->setText(info.fileName());
    m_folder->setText(QDir::toNativeSeparators(info.absolutePath()));
    try {
        m_diaryId->setText(vault.diaryId().toString(QUuid::WithoutBraces));
        m_format->setText(tr("version %1").arg(QLocale().toString(vault.schemaVersion())));
    } catch (const Error& error) {
        m_diaryId->setText(error.message()); // the page still shows which diary is open and how to lock it
        m_format->clear();
    }
}

void DiaryPage::clear()
{
    for (QLabel* label : {m_title, m_fileName, m_folder, m_diaryId, m_format})
        label->clear();
    m_title->setAccessibleName({});
}

} // namespace daymark::ui
