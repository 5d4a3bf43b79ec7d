// Quick exit: one action — a button always in view, a shortcut (Ctrl+Shift+Q), or Esc pressed twice — that the
// main window answers by hiding everything and locking at once, with no question asked. Someone walking in must
// see nothing of the diary half a second later.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAction;

namespace daymark::ui {

class QuickExit : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDoubleEscMs = 800;

    explicit QuickExit(QObject* parent = nullptr);
    ~QuickExit() override;

    QAction* action() const { return m_action; }

Q_SIGNALS:
    void requested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* m_action;
    QElapsedTimer m_lastEsc;
};

} // namespace daymark::ui
