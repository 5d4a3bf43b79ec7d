// Esc twice is watched application-wide (dialogs included): the first Esc still closes a dialog as usual.
#include "window/QuickExit.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace daymark::ui {

QuickExit::QuickExit(QObject* parent) : QObject(parent), m_action(new QAction(tr("&Quick exit"), this))
{
    m_action->setObjectName(QStringLiteral("quickExitAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    m_action->setToolTip(tr("Hide Daymark and lock the diary at once (Ctrl+Shift+Q, or Esc twice)"));
    connect(m_action, &QAction::triggered, this, &QuickExit::requested);
    QCoreApplication::instance()->installEventFilter(this);
}

QuickExit::~QuickExit()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool QuickExit::eventFilter(QObject* watched, QEvent* event)
{
    // A key press goes to the focus widget first, then to its parents if ignored: count it at the first only.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        QWidget* first = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == first && key->key() == Qt::Key_Escape && !key->isAutoRepeat() &&
            key->modifiers() == Qt::NoModifier) {
            if (m_lastEsc.isValid() && m_lastEsc.elapsed() < kDoubleEscMs) {
                m_lastEsc.invalidate();
                Q_EMIT requested();
                return true;
            }
            m_lastEsc.start();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace daymark::ui
