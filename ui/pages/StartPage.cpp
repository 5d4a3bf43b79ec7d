// Two large, plainly worded choices and a word on what Daymark does with the diary.
#include "pages/StartPage.h"

#include "widgets/PageLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QPushButton* makeChoice(const QString& text, const QString& description, const QString& iconPath, QWidget* parent)
{
    auto* button = new QPushButton(QIcon(iconPath), text, parent);
    button->setAutoDefault(true); // Enter presses the focused button, as Space does
    button->setMinimumHeight(button->sizeHint().height() * 2);
    button->setIconSize(QSize(24, 24));
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), m_recentTitle(new QLabel(tr("&Recently opened:"), this)), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto* column = pageLayout::makeColumn(this);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/daymark.svg")).pixmap(QSize(48, 48)));
    logo->setAccessibleName(tr("Daymark logo"));
    titleRow->addWidget(logo);
    titleRow->addWidget(pageLayout::makeTitle(tr("Daymark"), this), 1);
    column->addLayout(titleRow);
    column->addWidget(pageLayout::makeParagraph(
        tr("A private diary of what is happening to you: incidents, the people involved, and the evidence."), this));
    column->addWidget(pageLayout::makeParagraph(
        tr("Your diary is one encrypted file on this computer, locked with a password that only you know. Daymark "
           "sends nothing anywhere."),
        this));
    column->addSpacing(12);

    m_create = makeChoice(tr("&Create a new diary…"),
                          tr("Choose where to keep a new diary and the password that protects it."),
                          QStringLiteral(":/icons/diary-new.svg"), this);
    m_create->setObjectName(QStringLiteral("createDiaryButton"));
    m_open = makeChoice(tr("&Open a diary…"), tr("Choose a diary file (.daymark) and unlock it with its password."),
                        QStringLiteral(":/icons/diary-open.svg"), this);
    m_open->setObjectName(QStringLiteral("openDiaryButton"));
    column->addWidget(m_create);
    column->addWidget(m_open);
    column->addSpacing(12);
    m_recentTitle->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recentDiaries"));
    m_recent->setAccessibleName(tr("Recently opened diaries"));
    m_recent->setMaximumHeight(fontMetrics().height() * 8);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addStretch(1);
    setRecent({});

    connect(m_create, &QPushButton::clicked, this, &StartPage::createRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });
    setFocusProxy(m_create);
}

void StartPage::setRecent(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/diary-open.svg")),
                                tr("%1  (in %2)", "diary name, folder")
                                    .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_recentTitle->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

} // namespace daymark::ui
