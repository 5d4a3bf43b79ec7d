// The Backups part of Settings: automatic backups on or off, at every unlock or once a day, the folder (beside the
// diary unless one is chosen) and how many to keep.
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace daymark::ui {

class AppSettings;

class BackupSettingsSection : public QWidget
{
    Q_OBJECT

public:
    BackupSettingsSection(const AppSettings& settings, QWidget* parent = nullptr);

    // A sentence saying what is wrong (the folder), or empty when the values can be saved.
    QString problem() const;
    void save(AppSettings& settings) const;

    QCheckBox* enabledBox() const { return m_enabled; }
    QCheckBox* everyUnlockBox() const { return m_everyUnlock; }
    QLineEdit* folderField() const { return m_folder; }
    QSpinBox* keepField() const { return m_keep; }

private:
    void updateEnabled();

    QCheckBox* m_enabled;
    QCheckBox* m_everyUnlock;
    QLineEdit* m_folder;
    QPushButton* m_choose;
    QSpinBox* m_keep;
};

} // namespace daymark::ui
