// Tests for diary/PersonRepository: people with their identifiers, journalled and recoverable.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/DiaryJson.h"
#include "diary/PersonRepository.h"

using namespace daymark;
using namespace daymark::diary;
using namespace daymark::test;

TEST_CASE("a person keeps every detail and round-trips through JSON")
{
    TestDiary t;
    auto p = samplePerson();
    p.handles = {{QStringLiteral("Instagram"), QStringLiteral("@dan.f")}};
    p.emails = {QStringLiteral("dan@example.com")};
    p.addresses = {QStringLiteral("12 Fictional Road, Middlesbrough")};
    p.description = QStringLiteral("Tall, short dark hair, often wears a grey hoodie");
    const auto added = t->people().add(p);
    t.reopen();
    const auto loaded = t->people().get(added.person.id);
    CHECK(loaded.person == added.person);
    CHECK(json::personFromJson(json::toJson(loaded.person)) == loaded.person);
    CHECK(loaded.person.vehicles.at(0).registration == QStringLiteral("AB12 CDE"));
}

TEST_CASE("people are listed stalkers first and found by name or id prefix")
{
    TestDiary t;
    auto witness = samplePerson(QStringLiteral("Aisha Khan"));
    witness.role = PersonRole::Witness;
    t->people().add(witness);
    const auto stalker = t->people().add(samplePerson());
    const auto list = t->people().list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].person.role == PersonRole::Stalker);
    CHECK(t->people().resolve(QStringLiteral("daniel fenwick")) == stalker.person.id);
    CHECK(t->people().resolve(stalker.person.id.toString(QUuid::WithoutBraces).left(7)) == stalker.person.id);
    CHECK_THROWS_AS(t->people().resolve(QStringLiteral("Nobody")), Error);
}

TEST_CASE("a person's amendment needs a reason, and deletion can be undone")
{
    TestDiary t;
    const auto added = t->people().add(samplePerson());
    auto changed = added.person;
    changed.phones << QStringLiteral("07700 900456");
    CHECK_THROWS_AS(t->people().amend(changed, {}), Error);
    CHECK(t->people().amend(changed, QStringLiteral("New number")).version == 2);
    CHECK(t->people().history(added.person.id).size() == 2);
    t->people().remove(added.person.id, QStringLiteral("Added by mistake"));
    CHECK(t->people().list().empty());
    CHECK(t->people().list(true).size() == 1);
    t->people().restore(added.person.id);
    CHECK(t->people().list().size() == 1);
    Person unnamed;
    CHECK_THROWS_AS(t->people().add(unnamed), Error);
    CHECK(t->check().ok());
}
