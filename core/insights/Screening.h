// Answers to the risk screening questions, kept in the diary with their history: each answer is a journal record,
// the screening_answers table holds the latest one per question. Plain values for the UI, the CLI and a PDF annex.
#pragma once

#include "insights/ScreeningQuestions.h"

#include <QDateTime>
#include <QList>
#include <optional>
#include <vector>

namespace daymark::diary {
class Diary;
}

namespace daymark::insights {

enum class AnswerValue { Yes, No, DontKnow };
QString answerCode(AnswerValue value); // "yes", "no", "dont-know"
std::optional<AnswerValue> answerFromCode(const QString& code);
QString answerName(AnswerValue value); // translated

struct ScreeningAnswer
{
    QString question; // the question's code
    AnswerValue answer = AnswerValue::DontKnow;
    QString note;
    QDateTime answeredAt; // when this answer was saved (UTC)
    int version = 1;      // 1 + the number of times the answer was changed
    qint64 seq = 0;       // its journal record
    QString reason;       // why it was changed, when given
};

struct AnswerInput
{
    QString question;
    AnswerValue answer = AnswerValue::DontKnow;
    QString note;
};

// One line of the annex to a PDF: every question, answered or not, with what the diary holds for it.
struct ScreeningAnnexItem
{
    QString code;
    QString question; // translated
    bool answered = false;
    QString answer; // translated ("Yes", "No", "Don't know"), or "Not answered"
    QString note;
    QDateTime answeredAt; // UTC; invalid when not answered
    int version = 0;
    QList<qint64> evidence; // numbers of the incidents behind the question, oldest first
};

class Screening
{
public:
    explicit Screening(diary::Diary& diary);

    // Saves the answers that differ from the latest ones (answer or note), each with its journal record, all in
    // one transaction. Returns how many were saved. Throws Error(InvalidInput) naming an unknown question.
    int save(const std::vector<AnswerInput>& answers, const QString& reason = {});
    // The latest answer to each answered question, in the questions' order.
    std::vector<ScreeningAnswer> latest();
    std::optional<ScreeningAnswer> latest(const QString& question);
    // Every answer given to a question, oldest first (empty when never answered).
    std::vector<ScreeningAnswer> history(const QString& question);
    // Every question with its latest answer and the numbers of the incidents behind it (before `asOf`; invalid:
    // the diary clock's now).
    std::vector<ScreeningAnnexItem> annex(const QDateTime& asOf = {});

private:
    bool hasTable();

    diary::Diary& m_diary;
};

} // namespace daymark::insights
