// Creating a new diary: where to keep it, its password (twice, with its strength), and a plain warning that a
// forgotten password cannot be recovered. Creating runs off the UI thread with a busy indicator.
#pragma once

#include "access/DiaryAccess.h"
#include "common/Error.h"

#include <QWidget>
#include <memory>

class QLineEdit;
class QPushButton;

namespace daymark::ui {

class BusyIndicator;
class InlineMessage;
class NewPasswordFields;
class DiaryJob;

class CreatePage : public QWidget
{
    Q_OBJECT

public:
    explicit CreatePage(DiaryAccess access, QWidget* parent = nullptr);

    // An empty form with a suggested location: "Diary.daymark" in the Documents folder, not yet taken.
    void reset();
    // The location field, which a person may also type into; "Choose…" fills it from a file dialog.
    void setLocation(const QString& path);
    QString location() const;
    bool isBusy() const;
    // The diary made by the last success, unlocked; empty once taken.
    std::unique_ptr<diary::Diary> takeDiary();

Q_SIGNALS:
    void created();
    void backRequested();

private:
    void chooseLocation();
    void create();
    // The location as the absolute path of a .daymark file that does not exist yet in a folder that does; empty
    // (with the reason shown) otherwise.
    QString checkedLocation();
    void setBusy(bool busy);
    void showFailure(daymark::Error::Kind kind, const QString& message);

    DiaryAccess m_access;
    QLineEdit* m_location;
    QPushButton* m_choose;
    InlineMessage* m_locationProblem;
    NewPasswordFields* m_passwords;
    InlineMessage* m_message;
    BusyIndicator* m_busy;
    QPushButton* m_back;
    QPushButton* m_create;
    DiaryJob* m_job;
};

} // namespace daymark::ui
