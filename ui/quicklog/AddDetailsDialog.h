// "Add details" after a quick log: what happened and where, saved as an amendment (the quick log stays in the
// history, as the journal requires). "More details…" hands what was typed to the full incident editor.
#pragma once

#include <QDialog>
#include <QUuid>

class QLineEdit;
class QPlainTextEdit;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class InlineMessage;

class AddDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // `diary` must stay open while the dialog is; the window deletes the dialog when it locks.
    AddDetailsDialog(diary::Diary& diary, const QUuid& incident, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void saved(const QUuid& incident);
    // The person wants the full editor; `details` and `place` are what they typed here, not yet saved.
    void fullEditorRequested(const QUuid& incident, const QString& details, const QString& place);

private:
    diary::Diary& m_diary;
    QUuid m_incident;
    QPlainTextEdit* m_details;
    QLineEdit* m_place;
    InlineMessage* m_error;
};

} // namespace daymark::ui
