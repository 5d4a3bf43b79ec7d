// Escalation signals on hand-made diaries where the answer is known, and on a demo diary.
#include "Catch.h"
#include "InsightsTestDiary.h"

#include "diary/DemoDiary.h"
#include "insights/EscalationSignals.h"
#include "insights/Insights.h"

using namespace daymark;
using namespace daymark::test;
using diary::IncidentType;
using insights::SignalKind;

namespace {

const insights::Signal* find(const std::vector<insights::Signal>& signals, SignalKind kind)
{
    for (const auto& s : signals)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

QList<qint64> numbers(const insights::Signal& s)
{
    QList<qint64> out;
    for (const auto& i : s.incidents)
        out << i.number;
    return out;
}

const QDateTime kAsOf = day(60, 0).toUTC(); // the signals look at the 8 weeks before day 60

} // namespace

TEST_CASE("incidents recorded more often in the last four weeks are a rising signal, with the numbers")
{
    InsightsDiary d;
    d.add(IncidentType::Text, day(10));
    d.add(IncidentType::Text, day(20));
    QList<qint64> recent;
    for (int k = 0; k < 8; ++k)
        recent << d.add(IncidentType::Call, day(35 + 3 * k));
    const auto signals = insights::findSignals(d.timeline(), kAsOf);
    const auto* rising = find(signals, SignalKind::FrequencyRising);
    REQUIRE(rising);
    CHECK(rising->explanation.contains(QStringLiteral("you recorded 8 incidents; in the 4 weeks before, 2.")));
    CHECK(numbers(*rising) == recent);
    const auto f = insights::compareFrequency(d.timeline(), kAsOf);
    CHECK(f.recent == 8);
    CHECK(f.previous == 2);
}

TEST_CASE("a steady or small number of incidents is not called a rise")
{
    InsightsDiary d;
    for (int k = 0; k < 6; ++k) {
        d.add(IncidentType::Text, day(5 + 4 * k));  // days 5..25: the four weeks before
        d.add(IncidentType::Text, day(33 + 4 * k)); // days 33..53: the last four weeks
    }
    CHECK_FALSE(find(insights::findSignals(d.timeline(), kAsOf), SignalKind::FrequencyRising));
    CHECK(insights::compareFrequency(d.timeline(), kAsOf).recent == 6);

    InsightsDiary quiet; // 4 against none: below the minimum
    for (int k = 0; k < 4; ++k)
        quiet.add(IncidentType::Text, day(40 + k));
    CHECK_FALSE(find(insights::findSignals(quiet.timeline(), kAsOf), SignalKind::FrequencyRising));
}

TEST_CASE("the first threat is named with its date, and every threat is behind the signal")
{
    InsightsDiary d;
    d.add(IncidentType::Text, day(1));
    const qint64 threat = d.add(IncidentType::Threat, day(3));
    const qint64 violence = d.add(IncidentType::Violence, day(9));
    d.add(IncidentType::Threat, day(70)); // after the as-of time: not counted
    const auto signals = insights::findSignals(d.timeline(), kAsOf);
    const auto* signal = find(signals, SignalKind::FirstThreat);
    REQUIRE(signal);
    CHECK(numbers(*signal) == QList<qint64>{threat, violence});
    CHECK(signal->explanation.contains(QStringLiteral("#%1").arg(threat)));
    CHECK(signal->explanation.contains(QStringLiteral("Threats recorded: 1. Violence recorded: 1.")));

    InsightsDiary calm;
    calm.add(IncidentType::Text, day(1));
    CHECK_FALSE(find(insights::findSignals(calm.timeline(), kAsOf), SignalKind::FirstThreat));
}

TEST_CASE("a first contact in person after contact only by phone or online is a signal")
{
    InsightsDiary d;
    const qint64 call = d.add(IncidentType::Call, day(1), QStringLiteral("phone"));
    const qint64 post = d.add(IncidentType::SocialMedia, day(2), QStringLiteral("Instagram"));
    d.add(IncidentType::ItemLeft, day(3)); // neither: does not count either way
    const qint64 seen = d.add(IncidentType::Sighting, day(5));
    d.add(IncidentType::Visit, day(6));
    const auto signals = insights::findSignals(d.timeline(), kAsOf);
    const auto* signal = find(signals, SignalKind::FirstInPerson);
    REQUIRE(signal);
    CHECK(numbers(*signal) == QList<qint64>{call, post, seen});
    CHECK(signal->explanation.contains(QStringLiteral("(#%1, Sighting)").arg(seen)));
    CHECK(signal->explanation.contains(QStringLiteral("2 incidents")));

    // A message delivered by hand counts as in person through its channel.
    InsightsDiary byHand;
    byHand.add(IncidentType::Email, day(1));
    const qint64 handed = byHand.add(IncidentType::Other, day(2), QStringLiteral("In person"));
    const auto handSignals = insights::findSignals(byHand.timeline(), kAsOf);
    const auto* handSignal = find(handSignals, SignalKind::FirstInPerson);
    REQUIRE(handSignal);
    CHECK(numbers(*handSignal).last() == handed);

    InsightsDiary startedInPerson; // in person from the start: no shift to name
    startedInPerson.add(IncidentType::Following, day(1));
    startedInPerson.add(IncidentType::Call, day(2));
    startedInPerson.add(IncidentType::Sighting, day(3));
    CHECK_FALSE(find(insights::findSignals(startedInPerson.timeline(), kAsOf), SignalKind::FirstInPerson));
}

TEST_CASE("breaches of an order, other people drawn in, and contact at home or work are found by their rules")
{
    InsightsDiary d;
    const auto order = d->orders().add(sampleOrder());
    const qint64 breach = d.add(IncidentType::Text, day(1), {}, {}, {}, {{order.order.id, 1}});
    const qint64 breachType = d.add(IncidentType::Breach, day(2));
    const qint64 friendMessage = d.add(IncidentType::ThirdParty, day(3));
    const qint64 visit = d.add(IncidentType::Visit, day(4));
    const qint64 atHouse = d.add(IncidentType::Sighting, day(5), {}, QStringLiteral("Outside my house on Elm Grove"));
    const qint64 tagged =
        d.add(IncidentType::Loitering, day(6), {}, QStringLiteral("car park"), {QStringLiteral("Work")});
    d.add(IncidentType::Call, day(7), QStringLiteral("phone"), QStringLiteral("At home")); // he was not there
    d.add(IncidentType::Sighting, day(8), {}, QStringLiteral("outside my parents' house"));
    const auto signals = insights::findSignals(d.timeline(), kAsOf);
    REQUIRE(find(signals, SignalKind::OrderBreach));
    CHECK(numbers(*find(signals, SignalKind::OrderBreach)) == QList<qint64>{breach, breachType});
    REQUIRE(find(signals, SignalKind::ThirdParties));
    CHECK(numbers(*find(signals, SignalKind::ThirdParties)) == QList<qint64>{friendMessage});
    CHECK(find(signals, SignalKind::ThirdParties)->explanation.contains(QStringLiteral("one incident")));
    REQUIRE(find(signals, SignalKind::HomeOrWork));
    CHECK(numbers(*find(signals, SignalKind::HomeOrWork)) == QList<qint64>{visit, atHouse, tagged});
    CHECK(find(signals, SignalKind::HomeOrWork)->explanation.contains(QStringLiteral("3 incidents")));
}

TEST_CASE("the wording says what was recorded and where to get help, never a verdict")
{
    const QString advice = insights::signalAdvice();
    CHECK(advice.contains(QStringLiteral("0808 802 0300")));
    CHECK(advice.contains(QStringLiteral("999")));
    CHECK(advice.contains(QStringLiteral("not a judgement of risk")));
}

TEST_CASE("a demo diary shows its escalation: contact in person, threats, breaches, home and work", "[demo]")
{
    const diary::DemoOptions options{300, 1};
    QTemporaryDir dir;
    ManualClock clock(diary::demoDiaryCreatedAt(options));
    auto demo = diary::Diary::create(dir.filePath(QStringLiteral("demo.daymark")), pw("demo"), fastOptions(), clock);
    diary::fillDemoDiary(*demo, clock, options);
    insights::InsightsOptions at;
    at.asOf = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    const auto result = insights::computeInsights(*demo, at);
    for (const SignalKind kind : {SignalKind::FirstInPerson, SignalKind::FirstThreat, SignalKind::HomeOrWork,
                                  SignalKind::OrderBreach, SignalKind::ThirdParties}) {
        INFO(insights::signalCode(kind).toStdString());
        REQUIRE(find(result.signals, kind));
        CHECK_FALSE(find(result.signals, kind)->incidents.empty());
    }
    CHECK(result.weekly.total == demo->incidents().count({}));
    // The timeline escalates: the last quarter of the weeks holds more incidents than the first.
    const auto& weeks = result.weekly.weeks;
    REQUIRE(weeks.size() >= 8);
    int early = 0, late = 0;
    for (std::size_t w = 0; w < weeks.size() / 4; ++w) {
        early += weeks[w].total;
        late += weeks[weeks.size() - 1 - w].total;
    }
    CHECK(late > 2 * early);
    // The first month, against nothing before it, counts as a rise.
    at.asOf = QDateTime(weeks.front().monday.addDays(28), QTime(0, 0), Qt::UTC);
    CHECK(find(insights::computeInsights(*demo, at).signals, SignalKind::FrequencyRising));
}
