// The Backups part of Settings: automatic backups on or off, at every unlock or once a day, the folder (beside the
// diary unless one is chosen) and how many to keep. Its rows go into the dialog's own form, so their labels line up
// with the others and the hint gets the height its wrapped text needs.
#pragma once

#include <QObject>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace daymark::ui {

class AppSettings;

class BackupSettingsSection : public QObject
{
    Q_OBJECT

public:
    // The fields are children of `dialog`; addRows() places them.
    BackupSettingsSection(const AppSettings& settings, QWidget* dialog);
    void addRows(QFormLayout& form);

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
    QWidget* m_dialog;
};

} // namespace daymark::ui
