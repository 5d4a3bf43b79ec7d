// The page shown once, on the very first start, before any diary: in plain words what Daymark protects against and
// what it cannot, and where to find help. Also opened later from the Safety page (then without "Don't show again").
#pragma once

#include <QWidget>

class QCheckBox;
class QPushButton;

namespace daymark::ui {

class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { FirstStart, Review };

    explicit FirstRunPage(Mode mode, QWidget* parent = nullptr);

    // In FirstStart mode: whether "Don't show this again" is ticked (it is, at first).
    bool dontShowAgain() const;
    QPushButton* continueButton() const { return m_continue; }

Q_SIGNALS:
    // Continue (or Close, in Review mode) was pressed.
    void finished();

private:
    QCheckBox* m_dontShow = nullptr;
    QPushButton* m_continue;
};

// Opens the page in a dialog of its own (from the Safety page).
void showProtectionDialog(QWidget* parent);

} // namespace daymark::ui
