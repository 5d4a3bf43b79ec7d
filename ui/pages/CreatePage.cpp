// The location is checked here before the password leaves its fields, so a taken name or a missing folder does not
// make the person type the password twice again.
#include "pages/CreatePage.h"

#include "access/DiaryFileDialog.h"
#include "access/DiaryJob.h"
#include "password/NewPasswordFields.h"
#include "vault/Vault.h"
#include "widgets/BusyIndicator.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daymark::ui {
namespace {

QString suggestedLocation()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QDir dir(folder);
    const QString base = CreatePage::tr("Diary", "default file name of a new diary");
    QString path = dir.absoluteFilePath(base + QLatin1String(vault::Vault::kExtension));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = dir.absoluteFilePath(CreatePage::tr("%1 %2", "file name and number").arg(base).arg(n) +
                                    QLatin1String(vault::Vault::kExtension));
    return path;
}

QString withExtension(QString path)
{
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    path = QFileInfo(path).absoluteFilePath();
    if (!path.endsWith(QLatin1String(vault::Vault::kExtension), Qt::CaseInsensitive))
        path += QLatin1String(vault::Vault::kExtension);
    return QDir::cleanPath(path);
}

} // namespace

CreatePage::CreatePage(DiaryAccess access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_location(new QLineEdit(this)),
      m_choose(new QPushButton(tr("C&hoose…"), this)),
      m_locationProblem(new InlineMessage(InlineMessage::Kind::Error, this)), m_passwords(new NewPasswordFields(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Error, this)), m_busy(new BusyIndicator(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_create(new QPushButton(tr("&Create the diary"), this)),
      m_job(new DiaryJob(this))
{
    setObjectName(QStringLiteral("createPage"));
    m_location->setObjectName(QStringLiteral("createLocation"));
    m_locationProblem->setObjectName(QStringLiteral("createLocationProblem"));
    m_message->setObjectName(QStringLiteral("createMessage"));
    m_busy->setObjectName(QStringLiteral("createBusy"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_back->setObjectName(QStringLiteral("createBackButton"));

    auto* column = pageLayout::makeColumn(this);
    column->addWidget(pageLayout::makeTitle(tr("Create a new diary"), this));
    column->addWidget(pageLayout::makeParagraph(
        tr("Choose a password that the person you fear could not guess: not a birthday, a name or a place they know "
           "about you."),
        this));

    m_location->setAccessibleName(tr("Where to save the diary"));
    m_location->setAccessibleDescription(tr("The full path of the new diary file, ending in .daymark"));
    m_choose->setAccessibleDescription(tr("Choose where to save the diary in a file dialog"));
    m_choose->setAutoDefault(true);
    column->addLayout(pageLayout::makeLabelledField(tr("&Save the diary as"), m_location, m_choose));
    column->addWidget(m_locationProblem);
    column->addWidget(m_passwords);

    auto* warning = new InlineMessage(InlineMessage::Kind::Note, this);
    warning->setObjectName(QStringLiteral("forgottenPasswordWarning"));
    warning->showMessage(tr("If you forget this password, nobody can open the diary: not you, not the makers of "
                            "Daymark, not the police, not a computer expert. There is no back door. Write the "
                            "password down and keep it somewhere safe that the person you fear cannot reach."),
                         tr("A forgotten password cannot be recovered"));
    column->addWidget(warning);
    column->addWidget(m_message);
    column->addWidget(m_busy);
    m_create->setAutoDefault(true);
    m_back->setAutoDefault(true);
    column->addLayout(pageLayout::makeButtonRow(m_back, m_create));
    column->addStretch(1);

    setTabOrder(m_location, m_choose);
    setTabOrder(m_choose, m_passwords->passwordField());
    setTabOrder(m_passwords->passwordField(), m_passwords->repeatField());
    setTabOrder(m_passwords->repeatField(), m_passwords->lastInput());
    setTabOrder(m_passwords->lastInput(), m_create); // the main action first, then Back
    setTabOrder(m_create, m_back);
    setFocusProxy(m_passwords);

    connect(m_choose, &QPushButton::clicked, this, &CreatePage::chooseLocation);
    connect(m_location, &QLineEdit::returnPressed, this, &CreatePage::create);
    connect(m_location, &QLineEdit::textEdited, m_locationProblem, &InlineMessage::dismiss);
    connect(m_passwords, &NewPasswordFields::submitted, this, &CreatePage::create);
    connect(m_create, &QPushButton::clicked, this, &CreatePage::create);
    connect(m_back, &QPushButton::clicked, this, &CreatePage::backRequested);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!isBusy())
            Q_EMIT backRequested();
    });
    connect(m_job, &DiaryJob::succeeded, this, [this] {
        setBusy(false);
        Q_EMIT created();
    });
    connect(m_job, &DiaryJob::failed, this, &CreatePage::showFailure);
    reset();
}

void CreatePage::reset()
{
    m_passwords->clear();
    m_message->dismiss();
    m_locationProblem->dismiss();
    setLocation(suggestedLocation());
}

void CreatePage::setLocation(const QString& path)
{
    m_location->setText(QDir::toNativeSeparators(path));
    m_locationProblem->dismiss();
}

QString CreatePage::location() const
{
    return QDir::fromNativeSeparators(m_location->text().trimmed());
}

bool CreatePage::isBusy() const
{
    return m_job->isRunning();
}

std::unique_ptr<diary::Diary> CreatePage::takeDiary()
{
    return m_job->takeDiary();
}

void CreatePage::chooseLocation()
{
    const QString current = location().isEmpty() ? suggestedLocation() : withExtension(location());
    const QString chosen = DiaryFileDialog::chooseNewLocation(this, current);
    if (!chosen.isEmpty())
        setLocation(withExtension(chosen));
    m_passwords->setFocus();
}

QString CreatePage::checkedLocation()
{
    const auto refuse = [this](const QString& reason) {
        m_locationProblem->showMessage(reason);
        m_location->setFocus();
        return QString();
    };
    if (location().isEmpty())
        return refuse(tr("Choose where to save the diary."));
    const QString path = withExtension(location());
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return refuse(tr("The folder “%1” does not exist. Choose a folder that exists.")
                          .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists())
        return refuse(tr("There is already a file called “%1” in that folder. Choose another name; Daymark never "
                         "replaces a file.")
                          .arg(info.fileName()));
    m_locationProblem->dismiss();
    return path;
}

void CreatePage::create()
{
    if (isBusy())
        return;
    m_message->dismiss();
    const QString path = checkedLocation();
    if (path.isEmpty() || !m_passwords->validate())
        return;
    setLocation(path);
    setBusy(true);
    m_job->start([access = m_access, path, password = m_passwords->takePassword()]() {
        return access.create(path, password, access.options);
    });
}

void CreatePage::setBusy(bool busy)
{
    if (busy)
        m_busy->start(tr("Creating the diary… this takes a moment."));
    else
        m_busy->stop();
    const std::initializer_list<QWidget*> inputs{m_location, m_choose, m_passwords, m_back, m_create};
    for (QWidget* input : inputs)
        input->setEnabled(!busy);
}

void CreatePage::showFailure(Error::Kind kind, const QString& message)
{
    setBusy(false);
    m_message->showMessage(message, tr("The diary was not created."));
    const bool aboutTheLocation = kind == Error::Kind::AlreadyExists || kind == Error::Kind::ReadOnly ||
                                  kind == Error::Kind::NotFound || kind == Error::Kind::DiskFull ||
                                  kind == Error::Kind::Io;
    if (aboutTheLocation)
        m_location->setFocus();
    else
        m_passwords->setFocus();
}

} // namespace daymark::ui
