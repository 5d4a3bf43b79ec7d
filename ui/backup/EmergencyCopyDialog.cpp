// The copy gets its own handle on the diary here, on the UI thread; the re-encryption and the check (two key
// derivations and a pass over every page) run behind a progress dialog.
#include "backup/EmergencyCopyDialog.h"

#include "access/DiaryFileDialog.h"
#include "diary/Diary.h"
#include "diary/EmergencyCopy.h"
#include "password/NewPasswordFields.h"
#include "vault/Vault.h"
#include "widgets/InlineMessage.h"
#include "widgets/PageLayout.h"
#include "widgets/ProgressJob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace daymark::ui {

EmergencyCopyDialog::EmergencyCopyDialog(diary::Diary& diary, QWidget* parent)
    : QDialog(parent), m_diary(diary), m_location(new QLineEdit(this)), m_password(new NewPasswordFields(this)),
      m_message(new InlineMessage(InlineMessage::Kind::Error, this)),
      m_save(new QPushButton(tr("&Save the copy"), this)),
      m_job(new ProgressJob(this, tr("Saving the copy with its new password…")))
{
    setObjectName(QStringLiteral("emergencyCopyDialog"));
    setWindowTitle(tr("Save a copy with a different password"));
    m_location->setObjectName(QStringLiteral("emergencyCopyLocation"));
    m_save->setObjectName(QStringLiteral("emergencyCopySave"));
    m_message->setObjectName(QStringLiteral("emergencyCopyMessage"));

    auto* column = new QVBoxLayout(this);
    column->addWidget(pageLayout::makeParagraph(
        tr("This saves a complete copy of your diary that opens with a different password. Give it to someone you "
           "trust, or keep it somewhere safe away from this computer: if you ever forget your password, the copy "
           "still opens. Your diary and its password stay as they are."),
        this));
    column->addWidget(pageLayout::makeParagraph(
        tr("The copy does not change when the diary does, so make a new one from time to time."), this));
    const QFileInfo diaryFile(diary.vault().path());
    m_location->setText(QDir::toNativeSeparators(
        diaryFile.absoluteDir().filePath(tr("%1 copy.daymark").arg(diaryFile.completeBaseName()))));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("emergencyCopyChoose"));
    column->addLayout(pageLayout::makeLabelledField(tr("Save the copy &as"), m_location, choose));
    column->addWidget(pageLayout::makeParagraph(tr("The copy's password (not the diary's own):"), this));
    column->addWidget(m_password);
    column->addWidget(m_message);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    m_save->setDefault(true);
    column->addLayout(pageLayout::makeButtonRow(cancel, m_save));

    connect(choose, &QPushButton::clicked, this, &EmergencyCopyDialog::choose);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EmergencyCopyDialog::accept);
    connect(m_password, &NewPasswordFields::submitted, this, &EmergencyCopyDialog::accept);
    connect(m_job, &ProgressJob::succeeded, this, [this] {
        m_save->setEnabled(true);
        Q_EMIT saved(m_saved);
        auto* note = new QMessageBox(QMessageBox::Information, tr("Copy saved"),
                                     tr("The copy is saved as %1 and passed the full check with its new password. "
                                        "Keep it, and its password, somewhere safe.")
                                         .arg(QDir::toNativeSeparators(m_saved)),
                                     QMessageBox::Ok, parentWidget() ? parentWidget() : this);
        note->setObjectName(QStringLiteral("emergencyCopySavedNote"));
        note->setAttribute(Qt::WA_DeleteOnClose);
        note->setWindowModality(Qt::WindowModal);
        note->open();
        QDialog::accept();
    });
    connect(m_job, &ProgressJob::failed, this, [this](Error::Kind kind, const QString& message) {
        m_save->setEnabled(true);
        m_saved.clear();
        if (kind != Error::Kind::Cancelled)
            m_message->showMessage(message, tr("No copy was saved."));
    });
}

EmergencyCopyDialog::~EmergencyCopyDialog() = default;

void EmergencyCopyDialog::choose()
{
    const QString chosen = DiaryFileDialog::chooseExportLocation(this, tr("Save the copy as"), target(),
                                                                 DiaryFileDialog::tr("Daymark diaries (*.daymark)"));
    if (!chosen.isEmpty())
        m_location->setText(QDir::toNativeSeparators(chosen));
}

QString EmergencyCopyDialog::target() const
{
    QString path = QDir::fromNativeSeparators(m_location->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(vault::Vault::kExtension);
    return path;
}

void EmergencyCopyDialog::accept()
{
    if (m_job->isRunning())
        return;
    m_message->dismiss();
    const QString path = target();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isAbsolute()) {
        m_message->showMessage(tr("Choose where to save the copy: a file name in a folder."));
        m_location->setFocus();
        return;
    }
    if (info.exists()) {
        m_message->showMessage(tr("A file with that name already exists. Choose another name; Daymark never "
                                  "overwrites a file."));
        m_location->setFocus();
        return;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        m_message->showMessage(tr("That folder does not exist. Choose an existing folder."));
        m_location->setFocus();
        return;
    }
    if (!m_password->validate())
        return;
    std::shared_ptr<diary::EmergencyCopy> copy;
    try {
        copy = std::make_shared<diary::EmergencyCopy>(m_diary.vault());
    } catch (const Error& error) {
        m_message->showMessage(error.message(), tr("No copy was saved."));
        return;
    }
    auto password = std::make_shared<crypto::SecureBytes>(m_password->takePassword());
    vault::VaultOptions options;
    options.kdf = m_diary.vault().kdfParams(); // the diary's own strength (tests use fast, insecure settings)
    options.kdfFloor = m_diary.vault().kdfParams().meetsFloor() ? vault::KdfFloor::Enforce
                                                                : vault::KdfFloor::AllowInsecureForTestsOnly;
    m_saved = info.absoluteFilePath();
    m_save->setEnabled(false);
    m_job->start([copy, password, options, path = m_saved](const auto&, const std::atomic<bool>*) {
        copy->save(path, *password, options);
    });
}

} // namespace daymark::ui
