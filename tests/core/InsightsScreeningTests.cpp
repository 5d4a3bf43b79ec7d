// Risk screening answers: saved with a journal record, amended with history, kept across reopening and across the
// upgrade from schema 3, checked by Diary::check(); evidence from the diary beside each question.
#include "Catch.h"
#include "InsightsTestDiary.h"

#include "common/Error.h"
#include "evidence/Journal.h"
#include "insights/Screening.h"
#include "vault/SchemaMigrations.h"
#include "vault/SqlConnection.h"
#include "vault/Vault.h"

using namespace daymark;
using namespace daymark::test;
using insights::AnswerValue;

namespace {

insights::ScreeningAnnexItem annexItem(diary::Diary& diary, const char* code)
{
    for (auto& item : insights::Screening(diary).annex())
        if (item.code == QLatin1String(code))
            return item;
    FAIL("no such question");
    return {};
}

} // namespace

TEST_CASE("the screening questions have unique codes and text")
{
    QStringList codes;
    for (const auto& q : insights::screeningQuestions()) {
        CHECK_FALSE(codes.contains(QLatin1String(q.code)));
        codes << QLatin1String(q.code);
        CHECK(insights::questionText(q).endsWith(u'?'));
    }
    CHECK(codes.size() >= 11);
    for (const char* theme : {"frightened", "previous-stalking", "property-damage", "frequent-visits", "loitering",
                              "threats", "third-parties-targeted", "violence-to-others", "others-recruited",
                              "substance-mental-health", "violent-past"})
        CHECK(codes.contains(QLatin1String(theme)));
}

TEST_CASE("screening answers are saved, amended with their history, and survive reopening")
{
    InsightsDiary d;
    const qint64 before = d->journal().headSeq();
    insights::Screening screening(*d.diary);
    CHECK(screening.save({{QStringLiteral("frightened"), AnswerValue::Yes, QStringLiteral("  since May ")},
                          {QStringLiteral("weapons"), AnswerValue::DontKnow, {}}}) == 2);
    CHECK(d->journal().headSeq() == before + 2);
    d.clock.advance(86400);
    CHECK(screening.save({{QStringLiteral("weapons"), AnswerValue::Yes, QStringLiteral("He has a shotgun licence")}},
                         QStringLiteral("found out from his sister")) == 1);
    // Saving the same again writes nothing.
    CHECK(screening.save({{QStringLiteral("frightened"), AnswerValue::Yes, QStringLiteral("since May")}}) == 0);
    CHECK(d->journal().headSeq() == before + 3);

    d.reopen();
    insights::Screening reopened(*d.diary);
    const auto latest = reopened.latest();
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].question == QStringLiteral("frightened"));
    CHECK(latest[0].note == QStringLiteral("since May"));
    const auto weapons = reopened.latest(QStringLiteral("weapons"));
    REQUIRE(weapons);
    CHECK(weapons->answer == AnswerValue::Yes);
    CHECK(weapons->version == 2);
    CHECK(weapons->answeredAt == d.clock.nowUtc());
    const auto history = reopened.history(QStringLiteral("weapons"));
    REQUIRE(history.size() == 2);
    CHECK(history[0].answer == AnswerValue::DontKnow);
    CHECK(history[1].reason == QStringLiteral("found out from his sister"));
    CHECK(history[0].answeredAt < history[1].answeredAt);
    CHECK(reopened.history(QStringLiteral("threats")).empty());

    const auto report = d->check();
    INFO(report.problems().join(u'\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("an answer to an unknown question is refused and nothing is written")
{
    InsightsDiary d;
    const qint64 before = d->journal().headSeq();
    CHECK_THROWS_AS(insights::Screening(*d.diary).save({{QStringLiteral("frightened"), AnswerValue::Yes, {}},
                                                        {QStringLiteral("no-such-question"), AnswerValue::No, {}}}),
                    Error);
    CHECK(d->journal().headSeq() == before);
    CHECK(insights::Screening(*d.diary).latest().empty());
}

TEST_CASE("an answer changed behind Daymark's back is found by the check")
{
    InsightsDiary d;
    insights::Screening(*d.diary).save({{QStringLiteral("threats"), AnswerValue::Yes, {}}});
    d->vault().connection().exec("UPDATE screening_answers SET answer = 'no'");
    const auto report = d->check();
    CHECK_FALSE(report.ok());
    CHECK(report.consistency.join(u' ').contains(QStringLiteral("screening answer")));
}

TEST_CASE("the evidence beside a question lists the incidents that bear on it")
{
    InsightsDiary d;
    const qint64 threat = d.add(diary::IncidentType::Threat, day(2));
    d.add(diary::IncidentType::Text, day(3));
    const qint64 damage = d.add(diary::IncidentType::Damage, day(4));
    QList<qint64> visits;
    for (int k = 0; k < 4; ++k) // four visits in the week of 9 March: more than three
        visits << d.add(diary::IncidentType::Visit, day(8 + k));
    d.add(diary::IncidentType::Visit, day(20));  // alone in its week
    d.add(diary::IncidentType::Threat, day(90)); // after now: the evidence looks at what has happened
    d.clock.set(day(60));
    CHECK(annexItem(*d.diary, "threats").evidence == QList<qint64>{threat});
    CHECK(annexItem(*d.diary, "property-damage").evidence == QList<qint64>{damage});
    CHECK(annexItem(*d.diary, "frequent-visits").evidence == visits);
    CHECK(annexItem(*d.diary, "frightened").evidence.isEmpty());
    const auto item = annexItem(*d.diary, "threats");
    CHECK_FALSE(item.answered);
    CHECK_FALSE(item.question.isEmpty());
}

TEST_CASE("a diary from schema 3 gains the screening table on opening and keeps its incidents")
{
    InsightsDiary d;
    d.add(diary::IncidentType::Call, day(1));
    REQUIRE(vault::SchemaMigrations::latestVersion() >= 4);
    // Exactly a schema-3 diary: the same file without the table step 4 adds.
    d->vault().connection().exec("DROP TABLE screening_answers");
    d->vault().connection().exec("PRAGMA user_version = 3");
    d.diary.reset();

    auto readOnlyOptions = fastOptions();
    readOnlyOptions.readOnly = true;
    {
        auto old = diary::Diary::open(d.path, pw("pw"), readOnlyOptions, d.clock);
        CHECK(vault::SchemaMigrations::currentVersion(old->vault().connection()) == 3);
        CHECK(insights::Screening(*old).latest().empty()); // read-only: not upgraded, no answers
        CHECK(old->check().ok());
    }
    d.reopen();
    CHECK(vault::SchemaMigrations::currentVersion(d->vault().connection()) == vault::SchemaMigrations::latestVersion());
    CHECK(d->incidents().count({}) == 1);
    CHECK(insights::Screening(*d.diary).save({{QStringLiteral("loitering"), AnswerValue::No, {}}}) == 1);
    d.reopen();
    CHECK(insights::Screening(*d.diary).latest(QStringLiteral("loitering")));
    CHECK(d->check().ok());
}
