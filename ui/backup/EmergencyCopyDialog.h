// "Save a copy with a different password": where to save it (no-trace save dialog) and its new password (the usual
// new-password fields), then the copy is made and checked off the UI thread. The diary is not changed.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class InlineMessage;
class NewPasswordFields;
class ProgressJob;

class EmergencyCopyDialog : public QDialog
{
    Q_OBJECT

public:
    // `diary` must stay open while the dialog is (the diary page deletes the dialog when it locks).
    EmergencyCopyDialog(diary::Diary& diary, QWidget* parent = nullptr);
    ~EmergencyCopyDialog() override;

    QLineEdit* locationField() const { return m_location; }
    NewPasswordFields* passwordFields() const { return m_password; }
    QPushButton* saveButton() const { return m_save; }
    // The copy made by the last success (empty before).
    const QString& savedPath() const { return m_saved; }

    void accept() override;

Q_SIGNALS:
    void saved(const QString& path);

private:
    void choose();
    QString target() const;

    diary::Diary& m_diary;
    QLineEdit* m_location;
    NewPasswordFields* m_password;
    InlineMessage* m_message;
    QPushButton* m_save;
    ProgressJob* m_job;
    QString m_saved;
};

} // namespace daymark::ui
