// The folder is typed or chosen with the no-trace folder dialog; empty means "beside each diary".
#include "backup/BackupSettingsSection.h"

#include "access/DiaryFileDialog.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace daymark::ui {

BackupSettingsSection::BackupSettingsSection(const AppSettings& settings, QWidget* dialog)
    : QObject(dialog), m_enabled(new QCheckBox(tr("Make an encrypted &backup when a diary is unlocked"), dialog)),
      m_everyUnlock(new QCheckBox(tr("At &every unlock (otherwise at most once a day)"), dialog)),
      m_folder(new QLineEdit(dialog)), m_choose(new QPushButton(tr("C&hoose…"), dialog)), m_keep(new QSpinBox(dialog)),
      m_dialog(dialog)
{
    m_enabled->setObjectName(QStringLiteral("settingsBackups"));
    m_everyUnlock->setObjectName(QStringLiteral("settingsBackupEveryUnlock"));
    m_folder->setObjectName(QStringLiteral("settingsBackupFolder"));
    m_keep->setObjectName(QStringLiteral("settingsBackupsToKeep"));
    m_enabled->setChecked(settings.backupsEnabled());
    m_everyUnlock->setChecked(settings.backupEveryUnlock());
    m_folder->setText(QDir::toNativeSeparators(settings.backupFolder()));
    m_folder->setPlaceholderText(tr("Beside the diary"));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_folder->setClearButtonEnabled(true);
    m_keep->setRange(1, AppSettings::kMaxBackupsToKeep);
    m_keep->setValue(settings.backupsToKeep());
    m_keep->setAccessibleName(tr("Backups to keep"));

    connect(m_enabled, &QCheckBox::toggled, this, &BackupSettingsSection::updateEnabled);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString chosen = DiaryFileDialog::chooseFolder(m_dialog, tr("Keep backups in"),
                                                             QDir::fromNativeSeparators(m_folder->text().trimmed()));
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    updateEnabled();
}

void BackupSettingsSection::addRows(QFormLayout& form)
{
    form.addRow(m_enabled);
    form.addRow(m_everyUnlock);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    // A row of two widgets gets no buddy from the form: the label needs one for its mnemonic (and not to show "&").
    auto* folderLabel = new QLabel(tr("Backup &folder:"), m_dialog);
    folderLabel->setBuddy(m_folder);
    form.addRow(folderLabel, folderRow);
    form.addRow(tr("&Keep the newest:"), m_keep);
    auto* hint = new QLabel(tr("A backup is a complete copy of the diary that opens with its password. Kept on "
                               "another disk or a USB stick, it survives this computer failing."),
                            m_dialog);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form.addRow(QString(), hint);
}

void BackupSettingsSection::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_everyUnlock->setEnabled(on);
    m_folder->setEnabled(on);
    m_choose->setEnabled(on);
    m_keep->setEnabled(on);
}

QString BackupSettingsSection::problem() const
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !m_enabled->isChecked())
        return {};
    const QFileInfo info(folder);
    if (!info.isAbsolute())
        return tr("Give the backup folder in full, starting from the top of the disk, or choose it with Choose….");
    if (info.exists() && !info.isDir())
        return tr("The backup folder's name is taken by a file. Choose a folder.");
    return {};
}

void BackupSettingsSection::save(AppSettings& settings) const
{
    settings.setBackupsEnabled(m_enabled->isChecked());
    settings.setBackupEveryUnlock(m_everyUnlock->isChecked());
    settings.setBackupFolder(QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed())));
    settings.setBackupsToKeep(m_keep->value());
}

} // namespace daymark::ui
