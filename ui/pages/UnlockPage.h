// The lock screen: which diary, its password, Unlock. Unlocking runs off the UI thread with a busy indicator.
#pragma once

#include "access/DiaryAccess.h"
#include "common/Error.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace daymark::ui {

class BusyIndicator;
class RestoreOffer;
class InlineMessage;
class DiaryJob;

class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    UnlockPage(DiaryAccess access, QWidget* parent = nullptr);

    // Shows the diary at `path`, with an empty password field and no message.
    void setDiary(const QString& path);
    const QString& diaryPath() const { return m_path; }
    // A note above the password field (e.g. what happened as the diary locked); cleared by setDiary().
    void showNote(const QString& text);
    bool isBusy() const;
    // Where automatic backups are kept (empty: beside the diary): a damaged diary is offered its newest good one.
    void setBackupFolder(const QString& folder);
    RestoreOffer* restoreOffer() const { return m_offer; }
    // The diary unlocked by the last success; empty once taken.
    std::unique_ptr<diary::Diary> takeDiary();

Q_SIGNALS:
    void unlocked();
    void backRequested();

private:
    void unlock();
    void setBusy(bool busy);
    void showFailure(daymark::Error::Kind kind, const QString& message);

    DiaryAccess m_access;
    QString m_path;
    QLabel* m_fileName;
    QLabel* m_folder;
    QLineEdit* m_password;
    InlineMessage* m_message;
    BusyIndicator* m_busy;
    QPushButton* m_back;
    QPushButton* m_unlock;
    DiaryJob* m_job;
    RestoreOffer* m_offer;
};

} // namespace daymark::ui
