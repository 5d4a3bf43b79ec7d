// The password leaves the field as soon as Unlock is pressed: it is copied into a wiped-on-free buffer for the
// worker thread and the field is emptied, whatever the outcome.
#include "pages/UnlockPage.h"

#include "access/DiaryJob.h"
#include "backup/RestoreOffer.h"
#include "widgets/BusyIndicator.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace daymark::ui {

UnlockPage::UnlockPage(DiaryAccess access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_fileName(new QLabel(this)), m_folder(new QLabel(this)),
      m_password(new QLineEdit(this)), m_message(new InlineMessage(InlineMessage::Kind::Error, this)),
      m_busy(new BusyIndicator(this)), m_back(new QPushButton(tr("&Choose another diary"), this)),
      m_unlock(new QPushButton(QIcon(QStringLiteral(":/icons/unlock.svg")), tr("&Unlock"), this)),
      m_job(new DiaryJob(this)), m_offer(new RestoreOffer(this))
{
    setObjectName(QStringLiteral("unlockPage"));
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_back->setObjectName(QStringLiteral("unlockBackButton"));

    auto* column = pageLayout::makeColumn(this);
    column->addWidget(pageLayout::makeTitle(tr("Unlock your diary"), this));

    QFont nameFont = m_fileName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_fileName->setFont(nameFont);
    m_fileName->setTextFormat(Qt::PlainText);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_fileName);
    column->addWidget(m_folder);
    column->addSpacing(8);

    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                    Qt::ImhNoAutoUppercase);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("The password of this diary"));
    column->addLayout(pageLayout::makeLabelledField(tr("&Password"), m_password));
    column->addWidget(m_message);
    column->addWidget(m_busy);

    m_unlock->setAutoDefault(true);
    m_back->setAutoDefault(true);
    column->addLayout(pageLayout::makeButtonRow(m_back, m_unlock));
    column->addStretch(1);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_back);
    setFocusProxy(m_password);

    connect(m_password, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_back, &QPushButton::clicked, this, &UnlockPage::backRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!isBusy())
            Q_EMIT backRequested();
    });
    connect(m_job, &DiaryJob::succeeded, this, [this] {
        setBusy(false);
        m_offer->tellIfRestored();
        Q_EMIT unlocked();
    });
    connect(m_offer, &RestoreOffer::restoreChosen, this, [this] {
        m_message->dismiss();
        setBusy(true);
        m_job->start(m_offer->restoreWork(m_access));
    });
    connect(m_job, &DiaryJob::failed, this, &UnlockPage::showFailure);
}

void UnlockPage::setDiary(const QString& path)
{
    m_path = path;
    const QFileInfo info(path);
    m_fileName->setText(info.fileName());
    m_folder->setText(tr("in %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    m_password->setText(QString());
    m_message->dismiss();
    m_offer->reset();
}

void UnlockPage::setBackupFolder(const QString& folder)
{
    m_offer->setBackupFolder(folder);
}

void UnlockPage::showNote(const QString& text)
{
    m_message->setKind(InlineMessage::Kind::Note);
    m_message->showMessage(text);
}

bool UnlockPage::isBusy() const
{
    return m_job->isRunning();
}

std::unique_ptr<diary::Diary> UnlockPage::takeDiary()
{
    return m_job->takeDiary();
}

void UnlockPage::unlock()
{
    if (isBusy())
        return;
    if (m_password->text().isEmpty()) {
        m_message->setKind(InlineMessage::Kind::Error);
        m_message->showMessage(tr("Type the diary's password, then press Unlock."));
        m_password->setFocus();
        return;
    }
    // Take the only other reference to the text away from the field first, so wiping our copy reaches the memory.
    QString typed = m_password->text();
    m_password->setText(QString());
    crypto::SecureBytes password = crypto::secureUtf8(typed);
    crypto::wipe(typed);

    m_message->dismiss();
    setBusy(true);
    m_job->start([open = m_offer->watch(m_access), options = m_access.options, path = m_path,
                  password = std::move(password)]() { return open(path, password, options); });
}

void UnlockPage::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Unlocking… this takes a moment."));
    else
        m_busy->stop();
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_back->setEnabled(!busy);
}

void UnlockPage::showFailure(Error::Kind kind, const QString& message)
{
    m_message->setKind(InlineMessage::Kind::Error);
    setBusy(false);
    if (kind == Error::Kind::WrongPassword)
        m_message->showMessage(message);
    else
        m_message->showMessage(message, tr("The diary could not be opened."));
    m_password->setText(QString());
    m_password->setFocus();
    if (kind == Error::Kind::Corrupt)
        m_offer->offer(); // asks whether to put back the newest good backup, when there is one
}

} // namespace daymark::ui
