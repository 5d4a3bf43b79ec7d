// The first page: create a new diary or open an existing one.
#pragma once

#include <QWidget>

class QPushButton;

namespace daymark::ui {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();

private:
    QPushButton* m_create;
    QPushButton* m_open;
};

} // namespace daymark::ui
