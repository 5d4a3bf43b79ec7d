// Watches the keyboard and mouse across the whole app and says when they have not been used for a while, so an
// open diary can lock itself. Screen locks and suspend are separate signals (per platform).
#pragma once

#include <QObject>
#include <QTimer>

namespace daymark::ui {

class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    // 0 turns it off.
    void setMinutes(int minutes);
    // For tests: an idle time in milliseconds.
    void setIdleMilliseconds(int milliseconds);
    // Counting runs only while armed (a diary is open).
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    int m_interval = 0;
    bool m_armed = false;
};

} // namespace daymark::ui
