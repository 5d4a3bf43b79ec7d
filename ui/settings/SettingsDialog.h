// Settings: the diary's exhibit initials (when a diary is open), auto-lock, a neutral title, the language and the
// recent-diaries list. Nothing changes until OK; a value that is not right is explained beside it.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class AppSettings;
class BackupSettingsSection;
class InlineMessage;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `diary` may be null (no diary open): the initials are then not offered.
    SettingsDialog(AppSettings& settings, diary::Diary* diary, QWidget* parent = nullptr);

    void accept() override;

    QLineEdit* initialsField() const { return m_initials; }
    QSpinBox* autoLockField() const { return m_autoLock; }
    QCheckBox* neutralTitleBox() const { return m_neutral; }
    QCheckBox* lockOnScreenLockBox() const { return m_lockOnScreenLock; }
    QCheckBox* lockOnMinimiseBox() const { return m_lockOnMinimise; }
    QCheckBox* quickExitPageBox() const { return m_quickExitPage; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* rememberRecentBox() const { return m_remember; }
    BackupSettingsSection* backupSection() const { return m_backups; }

private:
    AppSettings& m_settings;
    diary::Diary* m_diary;
    QLineEdit* m_initials = nullptr;
    QSpinBox* m_autoLock;
    QCheckBox* m_neutral;
    QCheckBox* m_lockOnScreenLock = nullptr;
    QCheckBox* m_lockOnMinimise = nullptr;
    QCheckBox* m_quickExitPage;
    QComboBox* m_language;
    QCheckBox* m_remember;
    QPushButton* m_forget;
    InlineMessage* m_error;
    BackupSettingsSection* m_backups = nullptr;
};

// The languages Daymark can show: code and name in that language ("cy", "Cymraeg"), English first.
QList<std::pair<QString, QString>> availableLanguages();

} // namespace daymark::ui
