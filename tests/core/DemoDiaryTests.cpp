// Tests for diary/DemoDiary: the generated diary is repeatable from its seed, complete, escalating and sound.
#include "Catch.h"
#include "TestVault.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <memory>

using namespace daymark;
using namespace daymark::diary;
using daymark::test::fastOptions;
using daymark::test::pw;

namespace {

struct DemoDiary
{
    explicit DemoDiary(int incidents, quint32 seed = 1) : options{incidents, seed}, clock(demoDiaryCreatedAt(options))
    {
        diary = Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
        summary = fillDemoDiary(*diary, clock, options);
    }

    std::vector<IncidentRecord> incidents(IncidentFilter::Deleted deleted = IncidentFilter::Deleted::Include)
    {
        IncidentFilter filter;
        filter.deleted = deleted;
        return diary->incidents().list(filter, 1'000'000);
    }

    // Everything the diary holds, as the --json output shows it: what must repeat for the same seed.
    QByteArray contents()
    {
        QJsonArray all;
        for (const auto& r : incidents())
            all.append(json::toJson(r));
        for (const auto& r : diary->people().list(true))
            all.append(json::toJson(r));
        for (const auto& r : diary->orders().list(true))
            all.append(json::toJson(r));
        // The journal after its first record (which holds the diary's own random id and public key).
        for (const auto& e : diary->journal().entries(2))
            all.append(QJsonArray{e.seq, evidence::JournalEntry::timeText(e.recordedAt), e.action, e.entity, e.entityId,
                                  e.reason, QString::fromUtf8(e.payload)});
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

    DemoOptions options;
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Diary> diary;
    DemoSummary summary;
};

} // namespace

TEST_CASE("the same seed gives the same demo diary, recorded times included", "[demo]")
{
    DemoDiary first(300, 7);
    DemoDiary second(300, 7);
    const QByteArray contents = first.contents();
    CHECK(contents.size() > 300 * 500);
    CHECK(contents == second.contents());
    CHECK(first.summary.amendments == second.summary.amendments);
    CHECK(first.diary->vault().diaryId() != second.diary->vault().diaryId());
}

TEST_CASE("a different seed gives a different demo diary", "[demo]")
{
    DemoDiary first(100, 1);
    DemoDiary second(100, 2);
    QStringList firstDetails, secondDetails;
    for (const auto& r : first.incidents())
        firstDetails << r.incident.details;
    for (const auto& r : second.incidents())
        secondDetails << r.incident.details;
    CHECK(firstDetails.size() == secondDetails.size());
    CHECK(firstDetails != secondDetails);
    CHECK(first.incidents().front().incident.id != second.incidents().front().incident.id);
}

TEST_CASE("a demo diary holds as many incidents, people and orders as its summary says", "[demo]")
{
    DemoDiary demo(300);
    CHECK(demo.summary.incidents == 300);
    CHECK(demo.diary->incidents().count({}) == 300 - 1); // two deleted, one of them restored
    IncidentFilter all;
    all.deleted = IncidentFilter::Deleted::Include;
    CHECK(demo.diary->incidents().count(all) == 300);
    CHECK(demo.diary->people().list().size() == size_t(demo.summary.people));
    CHECK(demo.summary.people >= 6);
    CHECK(demo.diary->orders().list().size() == size_t(demo.summary.orders));
    CHECK(demo.summary.orders == 2);
}

TEST_CASE("a demo diary of 300 incidents has every type of incident", "[demo]")
{
    DemoDiary demo(300);
    QSet<QString> types;
    for (const auto& r : demo.incidents())
        types.insert(typeCode(r.incident.type));
    CHECK(types.size() == kIncidentTypeCount);
}

TEST_CASE("the demo's people include a stalker with vehicles and aliases, witnesses, an officer and an advocate",
          "[demo]")
{
    DemoDiary demo(50);
    QSet<QString> roles;
    for (const auto& r : demo.diary->people().list())
        roles.insert(roleCode(r.person.role));
    CHECK(roles == QSet<QString>{QStringLiteral("stalker"), QStringLiteral("witness"), QStringLiteral("police"),
                                 QStringLiteral("support")});
    const Person stalker =
        demo.diary->people().get(demo.diary->people().resolve(QStringLiteral("Mark Ellison"))).person;
    CHECK(stalker.role == PersonRole::Stalker);
    CHECK(stalker.vehicles.size() == 2); // the second was added by an amendment
    CHECK(!stalker.aliases.isEmpty());
    for (const QString& phone : stalker.phones)
        CHECK(phone.startsWith(QLatin1String("07700 900")));
    for (const QString& email : stalker.emails)
        CHECK((email.endsWith(QLatin1String("@example.com")) || email.endsWith(QLatin1String("@example.org"))));
}

TEST_CASE("the demo's protection orders have conditions and breaches recorded after they were served", "[demo]")
{
    DemoDiary demo(300);
    const auto orders = demo.diary->orders().list();
    REQUIRE(orders.size() == 2);
    for (const auto& record : orders) {
        const ProtectionOrder& order = record.order;
        CHECK(order.conditions.size() >= 3);
        const auto breaches = demo.diary->orders().breaches(order.id);
        CHECK(!breaches.empty());
        for (const auto& breach : breaches) {
            CHECK(order.condition(breach.condition) != nullptr);
            CHECK(breach.start >= record.recordedAt);
        }
    }
    const auto full = std::find_if(orders.begin(), orders.end(),
                                   [](const OrderRecord& r) { return r.order.kind == OrderKind::StalkingProtection; });
    REQUIRE(full != orders.end());
    CHECK(full->version == 2); // varied by the court
    CHECK(full->order.conditions.size() == 6);
}

TEST_CASE("a demo diary has amendments with reasons, a deletion and a restored deletion", "[demo]")
{
    DemoDiary demo(300);
    CHECK(demo.summary.amendments > 0);
    CHECK(demo.summary.deletions == 2);
    int amended = 0;
    for (const auto& r : demo.incidents())
        if (r.amended()) {
            ++amended;
            const auto history = demo.diary->incidents().history(r.incident.id);
            const auto amendment = std::find_if(history.begin(), history.end(), [](const IncidentVersion& v) {
                return v.action == QLatin1String("amend");
            });
            REQUIRE(amendment != history.end());
            CHECK(!amendment->reason.isEmpty());
            CHECK(amendment->incident != history.front().incident);
        }
    CHECK(amended == demo.summary.amendments);
    IncidentFilter deleted;
    deleted.deleted = IncidentFilter::Deleted::Only;
    const auto tombstones = demo.diary->incidents().list(deleted);
    REQUIRE(tombstones.size() == 1);
    CHECK(!tombstones.front().deletionReason.isEmpty());
    int restored = 0;
    for (const auto& e : demo.diary->journal().entries())
        restored += e.action == QLatin1String("restore");
    CHECK(restored == 1);
}

TEST_CASE("demo incidents become more frequent towards the end of the period", "[demo]")
{
    DemoDiary demo(300);
    const auto incidents = demo.incidents();
    const QDateTime first = incidents.back().incident.start, last = incidents.front().incident.start;
    const qint64 quarter = first.secsTo(last) / 4;
    CHECK(quarter > 30 * 24 * 3600); // 300 incidents span months
    int early = 0, late = 0;
    for (const auto& r : incidents) {
        early += r.incident.start < first.addSecs(quarter);
        late += r.incident.start >= last.addSecs(-quarter);
    }
    CHECK(late > 2 * early);
}

TEST_CASE("demo incidents are in London time and recorded minutes to a day after they happened", "[demo]")
{
    DemoDiary demo(300);
    int soon = 0;
    for (const auto& r : demo.incidents()) {
        CHECK(r.incident.start.timeZone().id() == QByteArray("Europe/London"));
        const QDateTime happened = r.incident.end.value_or(r.incident.start);
        CHECK(r.recordedAt > happened);
        soon += happened.secsTo(r.recordedAt) <= 26 * 3600;
    }
    CHECK(soon > 300 * 95 / 100);
}

TEST_CASE("a demo diary passes its own check", "[demo]")
{
    DemoDiary demo(300);
    const DiaryCheckReport report = demo.diary->check();
    CHECK(report.problems().join(u'\n') == QString());
    CHECK(report.ok());
    CHECK(report.chain.records > 300);
}

TEST_CASE("demo data goes only into a new diary", "[demo]")
{
    DemoDiary demo(20);
    try {
        fillDemoDiary(*demo.diary, demo.clock, demo.options);
        FAIL("a second fill was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::InvalidInput);
    }
    CHECK(demo.diary->incidents().count({}) == 20 - 1);
}

TEST_CASE("a demo diary created after the demo's start time is refused", "[demo]")
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    auto diary = Diary::create(dir.filePath(QStringLiteral("late.daymark")), pw("demo"), fastOptions(), clock);
    CHECK_THROWS_AS(fillDemoDiary(*diary, clock, {}), Error);
    CHECK(diary->journal().headSeq() == 1);
}
