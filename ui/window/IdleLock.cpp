// One application-wide event filter: every key press, click, wheel turn or mouse move starts the count again.
#include "window/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace daymark::ui {

IdleLock::IdleLock(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_armed)
            Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    setIdleMilliseconds(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void IdleLock::setIdleMilliseconds(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    restart();
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    restart();
}

void IdleLock::restart()
{
    if (m_armed && m_interval > 0)
        m_timer.start(m_interval);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer.isActive())
            m_timer.start(m_interval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace daymark::ui
