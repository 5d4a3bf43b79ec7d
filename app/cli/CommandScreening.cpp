// daymark-cli screening DIARY [--answer CODE=yes|no|dont-know [--note TEXT]] [--history CODE] [--json]: the risk
// screening questions with the latest answers and the incidents behind each; answering saves with history.
#include "InsightsCommands.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "evidence/JournalEntry.h"
#include "insights/Screening.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace daymark::cli {
namespace {

QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::vector<insights::AnswerInput> parseAnswers(const QCommandLineParser& parser)
{
    std::vector<insights::AnswerInput> answers;
    const QStringList given = parser.values(QStringLiteral("answer"));
    if (parser.isSet(QStringLiteral("note")) && given.size() != 1)
        throw UsageError{Cli::tr("--note belongs to one answer: give exactly one --answer with it.")};
    for (const QString& text : given) {
        const QString code = text.section(u'=', 0, 0).trimmed();
        const auto value = insights::answerFromCode(text.section(u'=', 1).trimmed());
        if (!value || !text.contains(u'='))
            throw UsageError{
                Cli::tr("--answer: '%1' is not QUESTION=yes, QUESTION=no or QUESTION=dont-know.").arg(text)};
        answers.push_back({code, *value, parser.value(QStringLiteral("note"))});
    }
    return answers;
}

QJsonObject answerJson(const insights::ScreeningAnswer& a)
{
    return {{QStringLiteral("answer"), insights::answerCode(a.answer)},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("answeredAt"), evidence::JournalEntry::timeText(a.answeredAt)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("reason"), a.reason}};
}

int printHistory(CliContext& context, insights::Screening& screening, const QString& code, bool json)
{
    const insights::ScreeningQuestion* question = insights::findScreeningQuestion(code);
    if (!question)
        throw Error(
            Error::Kind::InvalidInput,
            Cli::tr("There is no screening question '%1'. 'daymark-cli screening DIARY' lists the codes.").arg(code));
    const auto history = screening.history(code);
    if (json) {
        QJsonArray answers;
        for (const auto& a : history)
            answers.append(answerJson(a));
        context.printJson(QJsonObject{{QStringLiteral("code"), code},
                                      {QStringLiteral("question"), insights::questionText(*question)},
                                      {QStringLiteral("answers"), answers}});
        return kOk;
    }
    context.out() << insights::questionText(*question) << '\n';
    if (history.empty())
        context.out() << "  " << Cli::tr("Not answered yet.") << '\n';
    for (const auto& a : history)
        context.out() << QStringLiteral("  %1  %2").arg(when(a.answeredAt), insights::answerName(a.answer))
                      << (a.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(a.note)) << '\n';
    return kOk;
}

} // namespace

int runScreening(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The stalking risk screening questions (on the themes police and support services in the UK ask "
                "about) with your latest answers, when you gave them, and the incidents in the diary that bear on "
                "each. --answer saves answers; earlier answers are kept. Talking the questions through with the "
                "police or the National Stalking Helpline (0808 802 0300) helps; in danger, call 999."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("answer"),
                                        Cli::tr("Answer a question: CODE=yes, CODE=no or CODE=dont-know. Repeatable."),
                                        QStringLiteral("CODE=ANSWER")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("note"), Cli::tr("A note kept with the answer."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why an answer changed (optional)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("history"), Cli::tr("Every answer given to one question."),
                                        QStringLiteral("CODE")));
    context.parse(parser, arguments, 1);
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto answers = parseAnswers(parser);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), answers.empty());
    insights::Screening screening(*diary);
    if (!answers.empty()) {
        const int saved = screening.save(answers, parser.value(QStringLiteral("reason")));
        if (!json)
            context.out() << (saved == 1
                                  ? Cli::tr("Saved 1 answer.")
                                  : Cli::tr("Saved %1 answers (unchanged answers are not saved again).").arg(saved))
                          << '\n';
    }
    if (parser.isSet(QStringLiteral("history")))
        return printHistory(context, screening, parser.value(QStringLiteral("history")), json);

    const auto annex = screening.annex();
    if (json) {
        QJsonArray questions;
        for (const auto& item : annex) {
            QJsonArray evidence;
            for (qint64 n : item.evidence)
                evidence.append(n);
            QJsonObject o{{QStringLiteral("code"), item.code},
                          {QStringLiteral("question"), item.question},
                          {QStringLiteral("evidence"), evidence}};
            if (const auto latest = screening.latest(item.code))
                o.insert(QStringLiteral("latest"), answerJson(*latest));
            questions.append(o);
        }
        context.printJson(QJsonObject{{QStringLiteral("questions"), questions}});
        return kOk;
    }
    for (const auto& item : annex) {
        context.out() << item.question << "  [" << item.code << "]\n  "
                      << (item.answered ? Cli::tr("%1, answered %2").arg(item.answer, when(item.answeredAt))
                                        : item.answer);
        if (!item.note.isEmpty())
            context.out() << QStringLiteral(" (%1)").arg(item.note);
        if (!item.evidence.isEmpty())
            context.out() << "  "
                          << Cli::tr("In the diary: %1 incidents, the latest #%2.")
                                 .arg(item.evidence.size())
                                 .arg(item.evidence.last());
        context.out() << "\n";
    }
    return kOk;
}

} // namespace daymark::cli
