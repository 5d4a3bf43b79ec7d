// Screening answers: the journal first, then the screening_answers row as its projection (as for people and orders).
#include "insights/Screening.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace daymark::insights {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::insights", text);
}

const QString kEntity = QStringLiteral("screening");

// Each question's answers share one journal entity id, the same in every diary.
QString entityId(const QString& question)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("6d1f3b7e-2c4a-4f8e-9b0d-5a7c3e1f9d24"));
    return QUuid::createUuidV5(space, QStringLiteral("screening:") + question).toString(QUuid::WithoutBraces);
}

ScreeningAnswer fromPayload(const QByteArray& payload)
{
    const QJsonObject o = diary::json::parsePayload(payload);
    ScreeningAnswer a;
    a.question = o.value(QLatin1String("question")).toString();
    a.answer = answerFromCode(o.value(QLatin1String("answer")).toString()).value_or(AnswerValue::DontKnow);
    a.note = o.value(QLatin1String("note")).toString();
    return a;
}

} // namespace

QString answerCode(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Yes:
        return QStringLiteral("yes");
    case AnswerValue::No:
        return QStringLiteral("no");
    case AnswerValue::DontKnow:
        break;
    }
    return QStringLiteral("dont-know");
}

std::optional<AnswerValue> answerFromCode(const QString& code)
{
    for (const AnswerValue v : {AnswerValue::Yes, AnswerValue::No, AnswerValue::DontKnow})
        if (code == answerCode(v))
            return v;
    return std::nullopt;
}

QString answerName(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Yes:
        return tr("Yes");
    case AnswerValue::No:
        return tr("No");
    case AnswerValue::DontKnow:
        break;
    }
    return tr("Don't know");
}

Screening::Screening(diary::Diary& diary) : m_diary(diary) {}

bool Screening::hasTable()
{
    // A diary from before the questionnaire, opened read-only, is not upgraded and has no answers.
    auto stmt = m_diary.vault().connection().prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'screening_answers'");
    return stmt.step();
}

int Screening::save(const std::vector<AnswerInput>& answers, const QString& reason)
{
    for (const AnswerInput& a : answers)
        if (!findScreeningQuestion(a.question))
            throw Error(Error::Kind::InvalidInput,
                        tr("There is no screening question '%1'. Use one of the codes 'screening --questions' "
                           "lists.")
                            .arg(a.question));
    auto& db = m_diary.vault().connection();
    vault::Transaction transaction(db);
    int saved = 0;
    for (const AnswerInput& a : answers) {
        const auto current = latest(a.question);
        if (current && current->answer == a.answer && current->note == a.note.trimmed())
            continue;
        const QJsonObject object{{QStringLiteral("question"), a.question},
                                 {QStringLiteral("answer"), answerCode(a.answer)},
                                 {QStringLiteral("note"), a.note.trimmed()}};
        const QByteArray data = diary::json::payload(object);
        const QString id = entityId(a.question);
        const auto entry = m_diary.journal().append(current ? QStringLiteral("amend") : QStringLiteral("create"),
                                                    kEntity, id, reason.trimmed(), data);
        const QString at = evidence::JournalEntry::timeText(entry.recordedAt);
        if (!current) {
            auto insert = db.prepare("INSERT INTO screening_answers(id, question, answer, recorded_at, changed_at, "
                                     "version, data) VALUES (?1, ?2, ?3, ?4, ?4, 1, ?5)");
            insert.bind(1, id).bind(2, a.question).bind(3, answerCode(a.answer)).bind(4, at).bind(5, data).run();
        } else {
            auto update = db.prepare("UPDATE screening_answers SET answer = ?2, changed_at = ?3, "
                                     "version = version + 1, data = ?4 WHERE id = ?1");
            update.bind(1, id).bind(2, answerCode(a.answer)).bind(3, at).bind(4, data).run();
        }
        ++saved;
    }
    transaction.commit();
    return saved;
}

std::optional<ScreeningAnswer> Screening::latest(const QString& question)
{
    if (!hasTable())
        return std::nullopt;
    auto stmt = m_diary.vault().connection().prepare(
        "SELECT changed_at, version, data FROM screening_answers WHERE question = ?1");
    stmt.bind(1, question);
    if (!stmt.step())
        return std::nullopt;
    ScreeningAnswer a = fromPayload(stmt.columnBlob(2));
    a.answeredAt = QDateTime::fromString(stmt.columnText(0), Qt::ISODateWithMs);
    a.version = int(stmt.columnInt(1));
    a.seq = m_diary.journal().entriesFor(entityId(question)).back().seq;
    return a;
}

std::vector<ScreeningAnswer> Screening::latest()
{
    std::vector<ScreeningAnswer> out;
    for (const ScreeningQuestion& q : screeningQuestions())
        if (auto a = latest(QLatin1String(q.code)))
            out.push_back(std::move(*a));
    return out;
}

std::vector<ScreeningAnswer> Screening::history(const QString& question)
{
    std::vector<ScreeningAnswer> out;
    for (const evidence::JournalEntry& e : m_diary.journal().entriesFor(entityId(question))) {
        if (e.entity != kEntity)
            continue;
        ScreeningAnswer a = fromPayload(e.payload);
        a.answeredAt = e.recordedAt;
        a.version = int(out.size()) + 1;
        a.seq = e.seq;
        a.reason = e.reason;
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<ScreeningAnnexItem> Screening::annex(const QDateTime& asOf)
{
    const QDateTime end = asOf.isValid() ? asOf : m_diary.clock().nowUtc();
    const std::vector<diary::TimelineEntry> entries = m_diary.incidents().timeline({});
    std::vector<ScreeningAnnexItem> out;
    for (const ScreeningQuestion& q : screeningQuestions()) {
        ScreeningAnnexItem item;
        item.code = QLatin1String(q.code);
        item.question = questionText(q);
        item.answer = tr("Not answered");
        if (const auto a = latest(item.code)) {
            item.answered = true;
            item.answer = answerName(a->answer);
            item.note = a->note;
            item.answeredAt = a->answeredAt;
            item.version = a->version;
        }
        for (const SignalIncident& i : screeningEvidence(q, entries, end))
            item.evidence << i.number;
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace daymark::insights
