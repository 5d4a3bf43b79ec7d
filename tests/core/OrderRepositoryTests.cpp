// Tests for diary/OrderRepository: protection orders with numbered conditions that are never reused.
#include "Catch.h"
#include "TestDiary.h"

#include "common/Error.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"

using namespace daymark;
using namespace daymark::diary;
using namespace daymark::test;

TEST_CASE("an order's conditions are numbered and the numbers are never reused")
{
    TestDiary t;
    const auto added = t->orders().add(sampleOrder());
    REQUIRE(added.order.conditions.size() == 2);
    CHECK(added.order.conditions[0].number == 1);
    CHECK(added.order.conditions[1].number == 2);

    auto varied = added.order;
    varied.conditions.removeLast();
    t->orders().amend(varied, QStringLiteral("Varied by the court"));
    varied.conditions.append({0, QStringLiteral("Must not post about her on social media.")});
    const auto again = t->orders().amend(varied, QStringLiteral("Varied again"));
    CHECK(again.order.conditions.last().number == 3);
    CHECK(again.version == 3);
}

TEST_CASE("a condition with recorded breaches cannot be removed")
{
    TestDiary t;
    const auto order = t->orders().add(sampleOrder());
    auto incident = sampleIncident(QStringLiteral("He walked down Elm Grove"));
    incident.type = IncidentType::Breach;
    incident.breaches = {{order.order.id, 2}};
    t->incidents().add(incident);
    auto varied = order.order;
    varied.conditions.removeLast();
    CHECK_THROWS_AS(t->orders().amend(varied, QStringLiteral("Varied")), Error);
    CHECK(t->orders().breaches(order.order.id).size() == 1);
}

TEST_CASE("orders refuse impossible dates, empty conditions and unknown respondents")
{
    TestDiary t;
    auto early = sampleOrder();
    early.expires = QDate(2025, 1, 1);
    CHECK_THROWS_AS(t->orders().add(early), Error);
    auto empty = sampleOrder();
    empty.conditions.append({0, QStringLiteral("  ")});
    CHECK_THROWS_AS(t->orders().add(empty), Error);
    auto ghost = sampleOrder();
    ghost.respondent = QUuid::createUuid();
    CHECK_THROWS_AS(t->orders().add(ghost), Error);
    auto fine = sampleOrder();
    fine.respondent = t->people().add(samplePerson()).person.id;
    CHECK(t->orders().add(fine).order.respondent == fine.respondent);
    CHECK(t->orders().list().size() == 1);
}
