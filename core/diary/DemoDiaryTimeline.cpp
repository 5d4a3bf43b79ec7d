// Planning the demo's timeline: incidents grow more frequent and more serious, each at a time of day that suits it,
// written down minutes to a day later; people and orders join at fixed points of the period.
#include "diary/DemoDiaryTimeline.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cmath>

namespace daymark::diary::demo {
namespace {

struct Weight
{
    IncidentType type;
    double early; // relative frequency at the start of the period
    double late;  // ... and at the end
};
constexpr Weight kWeights[] = {
    {IncidentType::Call, 14, 6},      {IncidentType::Text, 20, 8},        {IncidentType::Voicemail, 6, 3},
    {IncidentType::Email, 8, 2},      {IncidentType::SocialMedia, 16, 6}, {IncidentType::Online, 6, 3},
    {IncidentType::Sighting, 3, 10},  {IncidentType::Following, 1, 6},    {IncidentType::Visit, 1, 6},
    {IncidentType::Loitering, 1, 6},  {IncidentType::ItemLeft, 2, 4},     {IncidentType::Damage, 0.2, 4},
    {IncidentType::ThirdParty, 6, 5}, {IncidentType::Threat, 0.5, 7},     {IncidentType::Violence, 0, 0.6},
    {IncidentType::Breach, 0, 10},    {IncidentType::Other, 1.5, 1.5},
};

} // namespace

QUuid Random::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4)
        qToBigEndian<quint32>(m_gen(), bytes.data() + i);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

bool inPerson(IncidentType t)
{
    using T = IncidentType;
    return t == T::Sighting || t == T::Following || t == T::Visit || t == T::Loitering || t == T::ItemLeft ||
           t == T::Damage || t == T::Breach || t == T::Violence;
}

QTimeZone Timeline::london()
{
    const QTimeZone zone("Europe/London");
    if (!zone.isValid())
        throw Error(Error::Kind::Internal,
                    QCoreApplication::translate("daymark::diary", "The time zone Europe/London is not available. "
                                                                  "Install the time zone data (tzdata)."));
    return zone;
}

Timeline::Timeline(int incidents)
    : m_count(std::max(0, incidents)), m_zone(london()),
      m_days(std::max(30, int(std::lround(180.0 * std::pow(std::max(m_count, 1) / 300.0, 0.35))))),
      m_firstDay(QDate(2026, 10, 31).addDays(1 - m_days)), m_firstMs(at(m_firstDay, 0))
{}

qint64 Timeline::at(QDate day, int minutes) const
{
    return QDateTime(day.addDays(minutes / 1440), QTime(0, 0).addSecs(minutes % 1440 * 60), m_zone).toMSecsSinceEpoch();
}

void Timeline::plan(Random& rng)
{
    planSlots(rng);
    planEvents(rng);
}

// Days spread with density rising as 1 + 4t (three times as many in the last quarter as in the first), each with a
// type weighted by how far the campaign has gone, a time of day that suits the type, and when it is written down.
void Timeline::planSlots(Random& rng)
{
    m_slots.resize(size_t(m_count));
    const QDate breachesFrom = dayAt(kInterimOrder).addDays(2);
    std::vector<QDate> days(m_slots.size());
    for (int i = 0; i < m_count; ++i) {
        const double u = (i + rng.unit()) / m_count;
        const double t = (std::sqrt(1 + 24 * u) - 1) / 4;
        days[size_t(i)] = m_firstDay.addDays(std::min(qint64(t * m_days), qint64(m_days - 1)));
        double total = 0;
        std::array<double, std::size(kWeights)> weights{};
        for (size_t k = 0; k < std::size(kWeights); ++k) {
            const bool allowed = kWeights[k].type != IncidentType::Breach || days[size_t(i)] >= breachesFrom;
            weights[k] = allowed ? kWeights[k].early + (kWeights[k].late - kWeights[k].early) * t : 0;
            total += weights[k];
        }
        double r = rng.unit() * total;
        size_t k = 0;
        while (k + 1 < weights.size() && r >= weights[k])
            r -= weights[k++];
        m_slots[size_t(i)].type = kWeights[k].type;
    }
    // Every type at least once when there are enough incidents, taken from a type that occurs more than once.
    if (m_count >= 4 * kIncidentTypeCount) {
        std::array<int, kIncidentTypeCount> seen{};
        for (const Slot& s : m_slots)
            ++seen[size_t(s.type)];
        for (int type = 0; type < kIncidentTypeCount; ++type)
            for (int tries = 0; seen[size_t(type)] == 0 && tries < 10'000; ++tries) {
                Slot& s = m_slots[size_t(m_count / 2 + rng.below(m_count - m_count / 2))];
                if (seen[size_t(s.type)] > 1 &&
                    (typeAt(type) != IncidentType::Breach || days[size_t(&s - m_slots.data())] >= breachesFrom)) {
                    --seen[size_t(s.type)];
                    s.type = typeAt(type);
                    ++seen[size_t(type)];
                }
            }
    }
    for (int i = 0; i < m_count; ++i) {
        Slot& s = m_slots[size_t(i)];
        const QDate day = days[size_t(i)];
        if (s.type == IncidentType::Damage || s.type == IncidentType::ItemLeft) {
            // Found in the morning; it happened some time overnight.
            s.approximate = true;
            s.start = at(day, rng.between(22 * 4, 25 * 4) * 15);
            s.end = at(day.addDays(1), rng.between(6 * 60 + 30, 7 * 60 + 50));
        } else if (inPerson(s.type)) {
            static constexpr int kWindows[][2] = {{435, 540}, {720, 840}, {1005, 1140}, {1140, 1350}};
            const auto& w = kWindows[rng.below(4)]; // school run, lunch, home time, evening
            s.approximate = rng.chance(0.15);
            const int minute = rng.between(w[0], w[1]);
            s.start = at(day, s.approximate ? minute / 15 * 15 : minute);
            if (s.type == IncidentType::Loitering || rng.chance(0.3))
                s.end = s.start + rng.between(5, 150) * kMinute;
        } else {
            static constexpr int kWindows[][2] = {{0, 180}, {390, 510}, {510, 1080}, {1080, 1439}};
            const auto& w = kWindows[std::min(3, rng.below(5))]; // evenings twice as likely
            s.start = at(day, rng.between(w[0], w[1])) + rng.below(60) * 1000;
            if (s.type == IncidentType::Call && rng.chance(0.25))
                s.end = s.start + rng.between(20, 360) * 1000;
        }
        const double r = rng.unit();
        const qint64 delay = r < 0.45  ? rng.span(2 * kMinute, 40 * kMinute)
                             : r < 0.8 ? rng.span(40 * kMinute, 5 * kHour)
                                       : rng.span(5 * kHour, 22 * kHour);
        s.record = (s.end ? s.end : s.start) + delay / 1000 * 1000;
    }
}

void Timeline::planEvents(Random& rng)
{
    using K = Event::Kind;
    const qint64 created = createdAt().toMSecsSinceEpoch();
    for (int p = 0; p < 4; ++p) // the stalker, his friend and the two witnesses, the evening she starts the diary
        m_events.push_back({created + (p + 1) * 4 * kMinute, K::AddPerson, p});
    m_events.push_back({officerJoins(), K::AddPerson, 4});
    m_events.push_back({at(dayAt(kAdvocateJoins), 13 * 60 + 10), K::AddPerson, 5});
    m_events.push_back({at(dayAt(kNewCar), 21 * 60 + 5), K::AmendStalker, 0});
    m_events.push_back({interimServed(), K::AddOrder, 0});
    m_events.push_back({fullServed(), K::AddOrder, 1});
    m_events.push_back({orderVaried(), K::VaryOrder, 1});
    bool amended = false;
    for (int i = 0; i < m_count; ++i) {
        const qint64 record = m_slots[size_t(i)].record;
        m_events.push_back({record, K::AddIncident, i});
        if (rng.chance(0.03) || (!amended && i == m_count - 1 && m_count >= 10)) {
            m_events.push_back({record + rng.span(kHour, 10 * kDay), K::Amend, i});
            amended = true;
        }
    }
    if (m_count >= 10) {
        const int duplicate = m_count * 35 / 100, mistaken = m_count * 70 / 100;
        m_events.push_back({m_slots[size_t(duplicate)].record + rng.span(kHour, 3 * kDay), K::Delete, duplicate});
        const qint64 deleted = m_slots[size_t(mistaken)].record + rng.span(kHour, 3 * kDay);
        m_events.push_back({deleted, K::Delete, mistaken});
        m_events.push_back({deleted + rng.span(5 * kDay, 9 * kDay), K::Restore, mistaken});
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
}

} // namespace daymark::diary::demo
