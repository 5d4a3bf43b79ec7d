// A panel not built yet: its title and one calm sentence saying what will be there, so nothing pretends to work.
#pragma once

#include <QWidget>

namespace daymark::ui {

class PlaceholderPanel : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPanel(const QString& title, const QString& promise, QWidget* parent = nullptr);
};

} // namespace daymark::ui
