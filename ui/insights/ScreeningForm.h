// The risk screening questions as a form: each question with Yes / No / Don't know and a note, what the diary holds
// for it (incident links) and when it was last answered. Saving adds dated answers and never overwrites earlier
// ones; an earlier set of answers can be looked at as it stood on the day it was saved.
#pragma once

#include "insights/Screening.h"

#include <QDateTime>
#include <QUuid>
#include <QWidget>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace daymark::diary {
class Diary;
}

namespace daymark::ui {

class InlineMessage;

// One save: the answers written together (consecutive journal records within a few seconds).
struct ScreeningSave
{
    QDateTime at; // UTC, of its last answer
    qint64 lastSeq = 0;
    int answers = 0;
};

class ScreeningForm : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningForm(QWidget* parent = nullptr);

    // Reads the latest answers and the dates of earlier saves (null empties the form).
    void setDiary(diary::Diary* diary);
    // The incidents behind each question, in the order of insights::screeningQuestions().
    void setEvidence(const std::vector<std::vector<insights::SignalIncident>>& evidence);

    // Saves what is chosen; says what was saved (or what is wrong) in the form. True when saved or unchanged.
    bool save();
    // Shows the answers as they stood after `save` (an entry of saves()).
    void showEarlier(int index);

    QButtonGroup* answers(int question) const { return m_rows.at(std::size_t(question)).answers; }
    QLineEdit* note(int question) const { return m_rows.at(std::size_t(question)).note; }
    QLabel* evidenceLabel(int question) const { return m_rows.at(std::size_t(question)).evidence; }
    QLabel* answeredLabel(int question) const { return m_rows.at(std::size_t(question)).answered; }
    QPushButton* saveButton() const { return m_save; }
    QComboBox* historyBox() const { return m_history; }
    const std::vector<ScreeningSave>& saves() const { return m_saves; }
    InlineMessage* message() const { return m_message; }

Q_SIGNALS:
    void incidentRequested(const QUuid& incident);
    void saved();

private:
    struct Row
    {
        QButtonGroup* answers = nullptr;
        QLineEdit* note = nullptr;
        QLabel* answered = nullptr;
        QLabel* evidence = nullptr;
    };

    void readAnswers();
    void readSaves();

    diary::Diary* m_diary = nullptr;
    std::vector<Row> m_rows;
    std::vector<ScreeningSave> m_saves; // newest first
    QLineEdit* m_reason;
    QPushButton* m_save;
    QComboBox* m_history;
    QPushButton* m_view;
    InlineMessage* m_message;
};

// Every answer ever saved, grouped into saves, newest first.
std::vector<ScreeningSave> screeningSaves(insights::Screening& screening);

} // namespace daymark::ui
