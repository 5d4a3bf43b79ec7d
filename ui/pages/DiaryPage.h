// The page of an unlocked diary. For now it says which diary is open and how to lock it; later issues add the
// navigation (Timeline, Incidents, People…) beside it.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace daymark::vault {
class Vault;
}

namespace daymark::ui {

class DiaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiaryPage(QWidget* parent = nullptr);

    // Reads what the page shows from `vault`; keeps no reference to it.
    void showDiary(vault::Vault& vault);
    // Forgets everything shown about the last diary (when it is locked).
    void clear();

Q_SIGNALS:
    void lockRequested();

private:
    QLabel* m_title;
    QLabel* m_fileName;
    QLabel* m_folder;
    QLabel* m_diaryId;
    QLabel* m_format;
    QPushButton* m_lock;
};

} // namespace daymark::ui
