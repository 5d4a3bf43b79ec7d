// "Unlocking…": an indeterminate progress bar and a sentence, shown while slow work runs off the UI thread.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace daymark::ui {

class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start(const QString& text);
    void stop();
    bool isBusy() const { return m_busy; }
    QString text() const;

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    bool m_busy = false;
};

} // namespace daymark::ui
