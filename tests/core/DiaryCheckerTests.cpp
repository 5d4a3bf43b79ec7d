// Editing the diary behind Daymark's back — even with the password, through the standard sqlcipher shell — is found
// by check, which names the first bad record.
#include "Catch.h"
#include "TestDiary.h"

#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"

using namespace daymark;
using namespace daymark::diary;
using namespace daymark::test;

namespace {

// A diary with a little of everything, closed so the shell can edit it.
struct Populated : TestDiary
{
    Populated()
    {
        const auto person = diary->people().add(samplePerson());
        const auto order = diary->orders().add(sampleOrder());
        auto a = sampleIncident(QStringLiteral("First call"));
        a.people = {person.person.id};
        diary->incidents().add(a);
        auto b = sampleIncident(QStringLiteral("Walked down Elm Grove"), london(2026, 2, 28, 17, 5));
        b.breaches = {{order.order.id, 2}};
        const auto added = diary->incidents().add(b);
        auto changed = added.incident;
        changed.impact = QStringLiteral("I stopped walking the dog on my own.");
        diary->incidents().amend(changed, QStringLiteral("Added the impact"));
        REQUIRE(diary->check().ok());
        diary.reset();
    }

    DiaryCheckReport tamper(const char* sql)
    {
        const QString out = sqlcipherShell(path, "pw", sql);
        INFO(out.toStdString());
        reopen();
        return diary->check();
    }
};

} // namespace

TEST_CASE("an untouched diary checks sound, with every journal record counted")
{
    Populated t;
    t.reopen();
    const auto report = t->check();
    CHECK(report.ok());
    CHECK(report.chain.records == 6);
    CHECK(report.fingerprint == t->fingerprint());
}

TEST_CASE("a row edited with the sqlcipher shell is detected and named")
{
    Populated t;
    const auto report =
        t.tamper("UPDATE incidents SET data = replace(data, 'First call', 'No call') WHERE number = 1;");
    CHECK_FALSE(report.ok());
    CHECK(report.chain.ok());
    REQUIRE(report.consistency.size() == 1);
    CHECK(report.consistency[0].contains(QStringLiteral("Incident 1")));
}

TEST_CASE("edits to the plain columns behind the data are detected too")
{
    SECTION("the time")
    {
        Populated t;
        CHECK_FALSE(t.tamper("UPDATE incidents SET occurred_utc = '2025-01-01T00:00:00.000Z' WHERE number = 2;").ok());
    }
    SECTION("the recorded time")
    {
        Populated t;
        CHECK_FALSE(t.tamper("UPDATE incidents SET recorded_at = '2026-02-28T17:06:00.000Z' WHERE number = 2;").ok());
    }
    SECTION("an amendment hidden by resetting the version")
    {
        Populated t;
        CHECK_FALSE(t.tamper("UPDATE incidents SET version = 1 WHERE number = 2;").ok());
    }
    SECTION("a breach link removed")
    {
        Populated t;
        CHECK_FALSE(t.tamper("DELETE FROM incident_breaches;").ok());
    }
    SECTION("a person unlinked")
    {
        Populated t;
        CHECK_FALSE(t.tamper("DELETE FROM incident_people;").ok());
    }
    SECTION("a person's name")
    {
        Populated t;
        CHECK_FALSE(t.tamper("UPDATE people SET name = 'Someone Else';").ok());
    }
    SECTION("an incident removed")
    {
        Populated t;
        const auto report = t.tamper("DELETE FROM incident_breaches; DELETE FROM incident_people; "
                                     "DELETE FROM incidents WHERE number = 1;");
        CHECK_FALSE(report.ok());
        CHECK(report.consistency.join(u' ').contains(QStringLiteral("missing")));
    }
    SECTION("an incident added without a journal record")
    {
        Populated t;
        const auto report = t.tamper("INSERT INTO incidents(id, type, occurred_utc, recorded_at, changed_at, version, "
                                     "deleted, reported, breach, "
                                     "data) SELECT '00000000-0000-4000-8000-000000000001', type, occurred_utc, "
                                     "recorded_at, changed_at, version, "
                                     "deleted, reported, breach, data FROM incidents WHERE number = 1;");
        CHECK_FALSE(report.ok());
        CHECK(report.consistency.join(u' ').contains(QStringLiteral("no record in the journal")));
    }
}

TEST_CASE("a journal record rewritten with the triggers dropped breaks the chain at that record")
{
    Populated t;
    const auto report = t.tamper("DROP TRIGGER journal_no_update; "
                                 "UPDATE journal SET reason = 'Corrected' WHERE seq = 6;");
    CHECK_FALSE(report.ok());
    CHECK(report.chain.firstBadSeq == 6);
    CHECK(report.chain.problem.contains(QStringLiteral("6")));
}

TEST_CASE("a journal record removed breaks the chain where the gap is")
{
    Populated t;
    const auto report = t.tamper("DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = 3;");
    CHECK_FALSE(report.ok());
    CHECK(report.chain.firstBadSeq == 3);
}

TEST_CASE("a rewritten record with its own hash recomputed still breaks the link to the next")
{
    Populated t;
    // Replace record 4's reason and hash but leave record 5's prev_hash: the chain breaks at 5.
    const auto report = t.tamper("DROP TRIGGER journal_no_update; "
                                 "UPDATE journal SET hash = randomblob(32) WHERE seq = 4;");
    CHECK_FALSE(report.ok());
    CHECK((report.chain.firstBadSeq == 4 || report.chain.firstBadSeq == 5));
}
