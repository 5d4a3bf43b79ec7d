// The first page: create a new diary or open an existing one, or one opened recently (when that list is kept).
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace daymark::ui {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // Shows these diaries (newest first) under "Recently opened"; an empty list hides the section.
    void setRecent(const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void recentChosen(const QString& path);

private:
    QPushButton* m_create;
    QPushButton* m_open;
    QLabel* m_recentTitle;
    QListWidget* m_recent;
};

} // namespace daymark::ui
