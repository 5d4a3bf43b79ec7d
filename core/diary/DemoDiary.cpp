// The demo diary: a fictional ex-partner stalking case, recorded the way a person records it (minutes to a day after
// each incident, sometimes amended, twice deleted), escalating over the period. One seeded generator drives every
// choice, every id and every recorded time, so the same seed gives the same diary.
#include "diary/DemoDiary.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/DemoDiaryText.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <random>

namespace daymark::diary {
namespace {

using demo::Texts;
using demo::Zone;

constexpr int kBatch = 2000; // changes per committed transaction: each commit is an fsync
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// When things happen, as fractions of the period.
constexpr double kOfficerJoins = 0.15, kAdvocateJoins = 0.20, kNewCar = 0.30, kInterimOrder = 0.42, kFullOrder = 0.58,
                 kOrderVaried = 0.80;

QDate lastDay()
{
    return {2026, 10, 31};
}

int periodDays(int incidents)
{
    return std::max(30, int(std::lround(180.0 * std::pow(std::max(incidents, 1) / 300.0, 0.35))));
}

QTimeZone london()
{
    const QTimeZone zone("Europe/London");
    if (!zone.isValid())
        throw Error(Error::Kind::Internal,
                    QCoreApplication::translate("daymark::diary", "The time zone Europe/London is not available. "
                                                                  "Install the time zone data (tzdata)."));
    return zone;
}

// std's distributions differ between standard libraries; mapping the raw bits by hand keeps seeds portable.
class Random
{
public:
    explicit Random(quint32 seed) : m_gen(seed) {}
    int below(int n) { return n <= 0 ? 0 : int((quint64(m_gen()) * quint64(n)) >> 32); }
    int between(int low, int high) { return low + below(high - low + 1); }
    qint64 span(qint64 low, qint64 high) { return low + qint64(unit() * double(high - low)); }
    double unit() { return m_gen() / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    QString pick(Texts texts) { return QString::fromUtf8(texts[size_t(below(int(texts.size())))]); }
    QUuid uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; i += 4)
            qToBigEndian<quint32>(m_gen(), bytes.data() + i);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes);
    }

private:
    std::mt19937 m_gen;
};

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

bool inPerson(IncidentType t)
{
    using T = IncidentType;
    return t == T::Sighting || t == T::Following || t == T::Visit || t == T::Loitering || t == T::ItemLeft ||
           t == T::Damage || t == T::Breach || t == T::Violence;
}

// What an incident may breach, before it is mapped to a condition number of the order then in force.
enum class Rule { Contact, HomeZone, Work, Social, Monitor, Parents };

struct Slot
{
    qint64 start = 0;
    qint64 end = 0; // 0: no end time
    qint64 record = 0;
    IncidentType type = IncidentType::Other;
    bool approximate = false;
};

struct Event
{
    enum class Kind { AddPerson, AmendStalker, AddOrder, VaryOrder, AddIncident, Amend, Delete, Restore };
    qint64 at;
    Kind kind;
    int index;
};

class Generator
{
public:
    Generator(Diary& diary, ManualClock& clock, const DemoOptions& options)
        : m_diary(diary), m_clock(clock), m_count(std::max(0, options.incidents)), m_rng(options.seed),
          m_zone(london()), m_days(periodDays(m_count)), m_firstDay(lastDay().addDays(1 - m_days)),
          m_firstMs(at(m_firstDay, 0))
    {}

    DemoSummary run();

private:
    QDate dayAt(double fraction) const { return m_firstDay.addDays(qint64(fraction * m_days)); }
    qint64 at(QDate day, int minutes) const
    {
        return QDateTime(day.addDays(minutes / 1440), QTime(0, 0).addSecs(minutes % 1440 * 60), m_zone)
            .toMSecsSinceEpoch();
    }
    double progress(qint64 ms) const { return double(ms - m_firstMs) / (double(m_days) * kDay); }
    QDateTime local(qint64 ms) const { return QDateTime::fromMSecsSinceEpoch(ms, m_zone); }

    void makeCast();
    void planIncidents();
    void planEvents();
    void apply(const Event& event);
    Incident makeIncident(int index);
    void amendIncident(const QUuid& id);
    QString words(int level);
    std::optional<BreachLink> linkFor(Rule rule, qint64 start) const;

    Diary& m_diary;
    ManualClock& m_clock;
    int m_count;
    Random m_rng;
    QTimeZone m_zone;
    int m_days;
    QDate m_firstDay;
    qint64 m_firstMs;
    std::vector<Slot> m_slots;
    std::vector<QUuid> m_ids;
    std::vector<Event> m_events;
    std::array<Person, 6> m_people;          // stalker, friend, neighbour, colleague, officer, advocate
    std::array<ProtectionOrder, 2> m_orders; // interim SPO, full SPO
    qint64 m_interimMs = 0, m_fullMs = 0, m_variedMs = 0, m_officerMs = 0;
    QString m_caseReference;
    DemoSummary m_summary;
};

void Generator::makeCast()
{
    const auto id = [this] { return m_rng.uuid(); };
    m_people[0] = {id(),
                   PersonRole::Stalker,
                   QStringLiteral("Mark Ellison"),
                   {QStringLiteral("Marky"), QStringLiteral("M. Daniels"), QStringLiteral("Danny E")},
                   QStringLiteral("ex-partner (together 2019-2023)"),
                   QStringLiteral("White man, 38, about 6'1\", stocky; short dark-brown hair greying at the sides, "
                                  "beard, scar through left eyebrow. Usually a navy padded jacket and a black beanie."),
                   {{QStringLiteral("Volkswagen"), QStringLiteral("Golf"), QStringLiteral("dark blue"),
                     QStringLiteral("ZX19 DMK")}},
                   {QStringLiteral("07700 900142"), QStringLiteral("07700 900387")},
                   {QStringLiteral("mark.ellison@example.com"), QStringLiteral("m.ellison.photo@example.org")},
                   {{QStringLiteral("Instagram"), QStringLiteral("@mde.lens")},
                    {QStringLiteral("Facebook"), QStringLiteral("Mark Ellison")},
                    {QStringLiteral("TikTok"), QStringLiteral("@marky_e_88")}},
                   {QStringLiteral("Flat 3, 27 Quarry Lane, Linmouth")},
                   {},
                   QStringLiteral("Police have his date of birth. He has a key to my old flat.")};
    m_people[1] = {id(),
                   PersonRole::Stalker,
                   QStringLiteral("Lee Carver"),
                   {QStringLiteral("Leeroy")},
                   QStringLiteral("Mark's friend; passes his messages on"),
                   QStringLiteral("White man, about 35, shaved head, tattoo on his neck."),
                   {},
                   {QStringLiteral("07700 900457")},
                   {QStringLiteral("lee.carver@example.com")},
                   {{QStringLiteral("Facebook"), QStringLiteral("Lee Carver")}},
                   {},
                   {},
                   {}};
    m_people[2] = {id(),
                   PersonRole::Witness,
                   QStringLiteral("Janet Okoro"),
                   {},
                   QStringLiteral("neighbour (no. 12)"),
                   {},
                   {},
                   {QStringLiteral("07700 900528")},
                   {},
                   {},
                   {QStringLiteral("12 Ashgrove Road, Ferndale, Linmouth")},
                   {},
                   QStringLiteral("Has a doorbell camera facing the road.")};
    m_people[3] = {id(),
                   PersonRole::Witness,
                   QStringLiteral("Tom Whitfield"),
                   {},
                   QStringLiteral("colleague"),
                   {},
                   {},
                   {QStringLiteral("07700 900613")},
                   {QStringLiteral("tom.whitfield@example.com")},
                   {},
                   {},
                   QStringLiteral("Harbourside Logistics"),
                   {}};
    m_people[4] = {id(),
                   PersonRole::Police,
                   QStringLiteral("PC 4127 Rachel Dunmore"),
                   {},
                   QStringLiteral("officer in the case"),
                   {},
                   {},
                   {QStringLiteral("07700 900731")},
                   {QStringLiteral("rachel.dunmore@police.example.org")},
                   {},
                   {},
                   QStringLiteral("Linmouth Police, Public Protection Unit"),
                   {}};
    m_people[5] = {id(),
                   PersonRole::Support,
                   QStringLiteral("Priya Sandhu"),
                   {},
                   QStringLiteral("independent stalking advocate"),
                   {},
                   {},
                   {QStringLiteral("07700 900812")},
                   {QStringLiteral("priya.sandhu@advocacy.example.org")},
                   {},
                   {},
                   QStringLiteral("Linmouth Stalking Advocacy Service"),
                   QStringLiteral("Meets me on Tuesdays.")};

    const QUuid respondent = m_people[0].id;
    const QString court = QStringLiteral("Linmouth Magistrates' Court");
    const QString contact = QStringLiteral("Must not contact Hannah Price directly or indirectly by any means, "
                                           "including by phone, text, e-mail, social media or through another person.");
    const QString zone = QStringLiteral("Must not enter Ashgrove Road, Ferndale, or the area bounded by Mill Lane, "
                                        "Station Parade and Quayside Road shown on the map attached to the order.");
    const QString social = QStringLiteral("Must not post or share any material about Hannah Price on any social-media "
                                          "platform, or ask anyone else to do so.");
    const QDate interim = dayAt(kInterimOrder), full = dayAt(kFullOrder);
    m_orders[0] = {id(),
                   OrderKind::InterimStalkingProtection,
                   court,
                   QStringLiteral("LM/SPO/%1/0417").arg(interim.year()),
                   respondent,
                   interim,
                   interim.addDays(1),
                   full.addDays(2),
                   {{0, contact}, {0, zone}, {0, social}},
                   QStringLiteral("Until the full hearing.")};
    m_orders[1] = {id(),
                   OrderKind::StalkingProtection,
                   court,
                   QStringLiteral("LM/SPO/%1/0532").arg(full.year()),
                   respondent,
                   full,
                   full.addDays(2),
                   full.addYears(2),
                   {{0, contact},
                    {0, zone},
                    {0, QStringLiteral("Must not go to Harbourside Business Park, Linmouth, or wait within 200 "
                                       "metres of its entrance.")},
                    {0, social},
                    {0, QStringLiteral("Must not follow, watch or monitor Hannah Price, including by a tracking "
                                       "device, app or account.")}},
                   QStringLiteral("Made for two years. Breach is a criminal offence: call 999.")};
    m_interimMs = at(interim.addDays(1), 19 * 60);
    m_fullMs = at(full.addDays(2), 18 * 60 + 30);
    m_variedMs = at(dayAt(kOrderVaried), 18 * 60);
    m_officerMs = at(dayAt(kOfficerJoins), 17 * 60 + 45);
    m_caseReference = QStringLiteral("CL-%1-%2").arg(dayAt(kOfficerJoins).year()).arg(m_rng.between(100000, 999999));
}

// Days spread with density rising 1 + 4t (three times as many in the last quarter as in the first), each with a type
// weighted by how far the campaign has gone, a time of day that suits the type, and when it is written down.
void Generator::planIncidents()
{
    m_slots.resize(size_t(m_count));
    const QDate breachesFrom = dayAt(kInterimOrder).addDays(2);
    std::vector<QDate> days(m_slots.size());
    for (int i = 0; i < m_count; ++i) {
        const double u = (i + m_rng.unit()) / m_count;
        const double t = (std::sqrt(1 + 24 * u) - 1) / 4;
        days[size_t(i)] = m_firstDay.addDays(std::min(qint64(t * m_days), qint64(m_days - 1)));
        double total = 0;
        std::array<double, std::size(kWeights)> weights{};
        for (size_t k = 0; k < std::size(kWeights); ++k) {
            const bool allowed = kWeights[k].type != IncidentType::Breach || days[size_t(i)] >= breachesFrom;
            weights[k] = allowed ? kWeights[k].early + (kWeights[k].late - kWeights[k].early) * t : 0;
            total += weights[k];
        }
        double r = m_rng.unit() * total;
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
        for (int type = 0; type < kIncidentTypeCount; ++type) {
            for (int tries = 0; seen[size_t(type)] == 0 && tries < 10'000; ++tries) {
                const int i = m_count / 2 + m_rng.below(m_count - m_count / 2);
                if (seen[size_t(m_slots[size_t(i)].type)] > 1 &&
                    (typeAt(type) != IncidentType::Breach || days[size_t(i)] >= breachesFrom)) {
                    --seen[size_t(m_slots[size_t(i)].type)];
                    m_slots[size_t(i)].type = typeAt(type);
                    ++seen[size_t(type)];
                }
            }
        }
    }
    for (int i = 0; i < m_count; ++i) {
        Slot& s = m_slots[size_t(i)];
        const QDate day = days[size_t(i)];
        if (s.type == IncidentType::Damage || s.type == IncidentType::ItemLeft) {
            // Found in the morning; it happened some time overnight.
            s.approximate = true;
            s.start = at(day, m_rng.between(22 * 4, 25 * 4) * 15);
            s.end = at(day.addDays(1), m_rng.between(6 * 60 + 30, 7 * 60 + 50));
        } else if (inPerson(s.type)) {
            static constexpr int kWindows[][2] = {{435, 540}, {720, 840}, {1005, 1140}, {1140, 1350}};
            const auto& w = kWindows[m_rng.below(4)];
            s.approximate = m_rng.chance(0.15);
            const int minute = m_rng.between(w[0], w[1]);
            s.start = at(day, s.approximate ? minute / 15 * 15 : minute);
            if (s.type == IncidentType::Loitering || m_rng.chance(0.3))
                s.end = s.start + m_rng.between(5, 150) * kMinute;
        } else {
            static constexpr int kWindows[][2] = {{0, 180}, {390, 510}, {510, 1080}, {1080, 1439}};
            const auto& w = kWindows[std::min(3, m_rng.below(5))]; // evenings twice as likely
            s.start = at(day, m_rng.between(w[0], w[1])) + m_rng.below(60) * 1000;
            if (s.type == IncidentType::Call && m_rng.chance(0.25))
                s.end = s.start + m_rng.between(20, 360) * 1000;
        }
        const double r = m_rng.unit();
        const qint64 delay = r < 0.45  ? m_rng.span(2 * kMinute, 40 * kMinute)
                             : r < 0.8 ? m_rng.span(40 * kMinute, 5 * kHour)
                                       : m_rng.span(5 * kHour, 22 * kHour);
        s.record = (s.end ? s.end : s.start) + delay / 1000 * 1000;
    }
}

void Generator::planEvents()
{
    using K = Event::Kind;
    const qint64 created = at(m_firstDay.addDays(-1), 20 * 60 + 30);
    for (int p = 0; p < 4; ++p)
        m_events.push_back({created + (p + 1) * 4 * kMinute, K::AddPerson, p});
    m_events.push_back({m_officerMs, K::AddPerson, 4});
    m_events.push_back({at(dayAt(kAdvocateJoins), 13 * 60 + 10), K::AddPerson, 5});
    m_events.push_back({at(dayAt(kNewCar), 21 * 60 + 5), K::AmendStalker, 0});
    m_events.push_back({m_interimMs, K::AddOrder, 0});
    m_events.push_back({m_fullMs, K::AddOrder, 1});
    m_events.push_back({m_variedMs, K::VaryOrder, 1});
    bool amended = false;
    for (int i = 0; i < m_count; ++i) {
        const qint64 record = m_slots[size_t(i)].record;
        m_events.push_back({record, K::AddIncident, i});
        if (m_rng.chance(0.03) || (!amended && i == m_count - 1 && m_count >= 10)) {
            m_events.push_back({record + m_rng.span(kHour, 10 * kDay), K::Amend, i});
            amended = true;
        }
    }
    if (m_count >= 10) {
        const int duplicate = m_count * 35 / 100, mistaken = m_count * 70 / 100;
        m_events.push_back({m_slots[size_t(duplicate)].record + m_rng.span(kHour, 3 * kDay), K::Delete, duplicate});
        const qint64 deleted = m_slots[size_t(mistaken)].record + m_rng.span(kHour, 3 * kDay);
        m_events.push_back({deleted, K::Delete, mistaken});
        m_events.push_back({deleted + m_rng.span(5 * kDay, 9 * kDay), K::Restore, mistaken});
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
}

QString Generator::words(int level)
{
    const QString opener = m_rng.pick(demo::openers(level));
    QString middle = m_rng.pick(demo::middles(level));
    if (opener.endsWith(u'.') || opener.endsWith(u'?'))
        middle[0] = middle[0].toUpper();
    const QString closer = m_rng.pick(demo::closers(level));
    const QString said = opener + u' ' + middle;
    return closer.isEmpty() ? said : said + u' ' + closer;
}

std::optional<BreachLink> Generator::linkFor(Rule rule, qint64 start) const
{
    if (start >= m_fullMs && (rule != Rule::Parents || start >= m_variedMs))
        return BreachLink{m_orders[1].id, int(rule) + 1}; // the full order's conditions follow Rule's order
    if (start >= m_interimMs && start < m_fullMs) {
        if (rule == Rule::Contact)
            return BreachLink{m_orders[0].id, 1};
        if (rule == Rule::HomeZone)
            return BreachLink{m_orders[0].id, 2};
        if (rule == Rule::Social)
            return BreachLink{m_orders[0].id, 3};
    }
    return std::nullopt;
}

Incident Generator::makeIncident(int index)
{
    using T = IncidentType;
    const Slot& s = m_slots[size_t(index)];
    const double t = progress(s.start);
    const int level = std::clamp(int(t * 3.0 + (m_rng.unit() - 0.5) * 0.8), 0, 2);
    const Person& him = m_people[0];
    Incident i;
    i.id = m_ids[size_t(index)] = m_rng.uuid();
    i.type = s.type;
    i.start = local(s.start);
    if (s.end)
        i.end = local(s.end);
    i.approximate = s.approximate;
    const demo::TypeText text = demo::textFor(s.type);
    i.summary = m_rng.pick(text.summaries);
    i.details = m_rng.pick(text.details);

    demo::Place place = demo::places()[size_t(m_rng.below(int(demo::places().size())))];
    if (s.type == T::Breach) // a breach happens where the order forbids him to be
        place = demo::places()[size_t(s.start >= m_fullMs ? m_rng.below(5) : m_rng.below(3))];
    const bool newCar = t >= kNewCar && m_rng.chance(0.5);
    const QString vehicle = newCar ? QStringLiteral("the silver Vauxhall Astra (ZY68 PLT)")
                                   : QStringLiteral("his dark blue VW Golf (ZX19 DMK)");
    QString account;
    switch (s.type) {
    case T::Call:
    case T::Voicemail:
    case T::Text:
    case T::Threat:
        i.channel = s.type == T::Text ? (m_rng.chance(0.5) ? QStringLiteral("WhatsApp") : QStringLiteral("SMS"))
                                      : QStringLiteral("phone");
        account = m_rng.chance(0.6)
                      ? him.phones[m_rng.below(2)]
                      : QStringLiteral("07700 900%1").arg(m_rng.between(100, 999), 3, 10, QLatin1Char('0'));
        if (s.type == T::Call && m_rng.chance(0.3))
            account = QStringLiteral("withheld number");
        break;
    case T::Email:
        i.channel = QStringLiteral("e-mail");
        account = m_rng.chance(0.6) ? him.emails[m_rng.below(2)]
                                    : QStringLiteral("truth.about.h%1@example.com").arg(m_rng.between(1, 99));
        break;
    case T::SocialMedia:
    case T::Online: {
        static const QString kPlatforms[] = {QStringLiteral("Instagram"), QStringLiteral("Facebook"),
                                             QStringLiteral("TikTok"), QStringLiteral("Snapchat")};
        i.channel = kPlatforms[m_rng.below(4)];
        account = m_rng.chance(0.3) ? him.handles[0].handle : m_rng.pick(demo::fakeHandles());
        break;
    }
    case T::ThirdParty:
        i.channel = QStringLiteral("Facebook Messenger");
        account = QStringLiteral("Lee Carver");
        break;
    default:
        i.channel = QStringLiteral("in person");
    }
    if (!inPerson(s.type) && s.type != T::Other)
        i.account = account;
    const int minutes = s.end ? int((s.end - s.start) / kMinute) : m_rng.between(10, 45);
    const QString quoted =
        s.type == T::Threat || (level == 2 && m_rng.chance(0.2)) ? m_rng.pick(demo::threats()) : words(level);
    i.details.replace(QLatin1String("{words}"), quoted)
        .replace(QLatin1String("{place}"), QString::fromUtf8(place.text))
        .replace(QLatin1String("{vehicle}"), vehicle)
        .replace(QLatin1String("{account}"), account)
        .replace(QLatin1String("{count}"), QString::number(m_rng.between(3, 23)))
        .replace(QLatin1String("{minutes}"), QString::number(std::max(minutes, 1)))
        .replace(QLatin1String("{item}"), m_rng.pick(demo::items()));
    i.place = QString::fromUtf8(place.text);
    if (m_rng.chance(0.75))
        i.impact = m_rng.pick(demo::impacts(level));
    if (m_rng.chance(0.2))
        i.impact += (i.impact.isEmpty() ? QString() : QStringLiteral(" ")) + m_rng.pick(demo::impacts(level));

    if (s.type != T::Other || m_rng.chance(0.5))
        i.people << him.id;
    if (s.type == T::ThirdParty)
        i.people << m_people[1].id;
    if (inPerson(s.type) && place.zone == Zone::Home && m_rng.chance(0.2))
        i.witnesses << m_people[2].id;
    if (inPerson(s.type) && place.zone == Zone::Work && m_rng.chance(0.3))
        i.witnesses << m_people[3].id;
    if (inPerson(s.type) && m_rng.chance(0.05))
        i.witnessNotes = m_rng.pick(demo::witnessNotes());
    i.childrenPresent = inPerson(s.type) && m_rng.chance(0.12);

    QList<Rule> rules;
    if (!inPerson(s.type) && s.type != T::Online && s.type != T::Other)
        rules << (s.type == T::SocialMedia && i.details.contains(QLatin1String("posted")) ? Rule::Social
                                                                                          : Rule::Contact);
    if (s.type == T::Online || s.type == T::Following)
        rules << Rule::Monitor;
    if (s.type == T::Visit || s.type == T::ItemLeft || s.type == T::Violence)
        rules << Rule::Contact;
    if (inPerson(s.type) && place.zone != Zone::None)
        rules << (place.zone == Zone::Home ? Rule::HomeZone : place.zone == Zone::Work ? Rule::Work : Rule::Parents);
    for (const Rule rule : rules)
        if (const auto link = linkFor(rule, s.start); link && (s.type == T::Breach || m_rng.chance(0.9)))
            i.breaches << *link;

    const bool serious = s.type == T::Threat || s.type == T::Violence || s.type == T::Damage || s.type == T::Breach;
    i.reportedToPolice = m_rng.chance(0.04 + 0.2 * t + (serious ? 0.5 : 0) + (i.breaches.isEmpty() ? 0 : 0.35));
    if (i.reportedToPolice) {
        const bool sameCase = s.start >= m_officerMs && m_rng.chance(0.6);
        i.policeReference =
            sameCase ? m_caseReference
                     : QStringLiteral("CL-%1-%2").arg(i.start.date().year()).arg(m_rng.between(100000, 999999));
        i.officer = s.start >= m_officerMs ? m_people[4].name : QStringLiteral("call handler on 101");
    }
    if (m_rng.chance(0.1))
        i.notes = m_rng.pick(demo::privateNotes());
    for (int n = m_rng.below(3); n > 0; --n)
        if (const QString tag = m_rng.pick(demo::tagsFor(s.type)); !i.tags.contains(tag))
            i.tags << tag;
    return i;
}

void Generator::amendIncident(const QUuid& id)
{
    IncidentRecord current = m_diary.incidents().get(id);
    if (current.deleted)
        return;
    Incident changed = current.incident;
    QString reason;
    switch (m_rng.below(6)) {
    case 0:
        changed.details += QStringLiteral(" He also said: \"%1\"").arg(words(m_rng.below(3)));
        reason = QStringLiteral("Remembered the exact words");
        break;
    case 1: {
        const int earlier = m_rng.between(2, 25) * 60;
        changed.start = changed.start.addSecs(-earlier);
        if (changed.end)
            changed.end = changed.end->addSecs(-earlier);
        changed.approximate = false;
        reason = changed.channel == QLatin1String("in person")
                     ? QStringLiteral("Corrected the time after checking the doorbell camera")
                     : QStringLiteral("Corrected the time after checking the call log");
        break;
    }
    case 2:
        if (!changed.reportedToPolice) {
            changed.reportedToPolice = true;
            changed.policeReference = m_caseReference;
            changed.officer = m_people[4].name;
            reason = QStringLiteral("Added the police reference PC Dunmore gave me");
            break;
        }
        [[fallthrough]];
    case 3:
        if (!changed.witnesses.contains(m_people[2].id)) {
            changed.witnesses << m_people[2].id;
            reason = QStringLiteral("Added Janet as a witness - she saw it from her window");
            break;
        }
        [[fallthrough]];
    case 4:
        changed.impact += QStringLiteral(" Since then I have been sleeping with the bedroom door locked.");
        reason = QStringLiteral("Added how it affected me, after talking to Priya");
        break;
    default:
        changed.tags << QStringLiteral("evidence-saved");
        changed.notes = QStringLiteral("Screenshots copied to the USB stick Priya gave me.");
        reason = QStringLiteral("Noted where the screenshots are kept");
    }
    m_diary.incidents().amend(changed, reason);
    ++m_summary.amendments;
}

void Generator::apply(const Event& e)
{
    using K = Event::Kind;
    switch (e.kind) {
    case K::AddPerson:
        m_diary.people().add(m_people[size_t(e.index)]);
        ++m_summary.people;
        break;
    case K::AmendStalker: {
        Person him = m_diary.people().get(m_people[0].id).person;
        him.vehicles << Vehicle{QStringLiteral("Vauxhall"), QStringLiteral("Astra"), QStringLiteral("silver"),
                                QStringLiteral("ZY68 PLT")};
        m_diary.people().amend(him, QStringLiteral("Janet says he has been driving a silver Astra as well"));
        break;
    }
    case K::AddOrder:
        m_diary.orders().add(m_orders[size_t(e.index)]);
        ++m_summary.orders;
        break;
    case K::VaryOrder: {
        ProtectionOrder order = m_diary.orders().get(m_orders[1].id).order;
        order.conditions << OrderCondition{0, QStringLiteral("Must not go to Kestrel Close, Westbury Park (the home "
                                                             "of Hannah Price's parents).")};
        m_diary.orders().amend(order, QStringLiteral("Varied by the court on the police's application: condition "
                                                     "6 added after he went to my parents' house"));
        break;
    }
    case K::AddIncident:
        m_diary.incidents().add(makeIncident(e.index));
        ++m_summary.incidents;
        break;
    case K::Amend:
        amendIncident(m_ids[size_t(e.index)]);
        break;
    case K::Delete:
        m_diary.incidents().remove(
            m_ids[size_t(e.index)],
            m_summary.deletions == 0 ? QStringLiteral("Duplicate - I had already entered this one")
                                     : QStringLiteral("Not him after all: the car belonged to a neighbour's visitor"));
        ++m_summary.deletions;
        break;
    case K::Restore:
        m_diary.incidents().restore(m_ids[size_t(e.index)],
                                    QStringLiteral("PC Dunmore checked the registration: it was his car after all"));
        break;
    }
}

DemoSummary Generator::run()
{
    if (m_diary.journal().headSeq() != 1)
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::diary",
                                                "The demo data can only go into a new, empty diary. Create a new "
                                                "diary for it."));
    makeCast();
    m_ids.resize(size_t(m_count));
    planIncidents();
    planEvents();
    const qint64 genesis = m_diary.journal().entries(1, 1).front().recordedAt.toMSecsSinceEpoch();
    if (!m_events.empty() && genesis > m_events.front().at)
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::diary",
                                                "The demo diary was created after the time its data starts. Create "
                                                "it with the clock set to the demo's start time."));
    qint64 last = genesis;
    std::optional<vault::Transaction> batch;
    int inBatch = 0;
    for (const Event& e : m_events) {
        // Written down in order: what queued up behind a later entry is typed in a minute or so after it.
        last = e.at > last ? e.at : last + m_rng.between(15, 90) * 1000;
        m_clock.set(QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
        if (!batch)
            batch.emplace(m_diary.vault().connection());
        apply(e);
        if (++inBatch == kBatch) {
            batch->commit();
            batch.reset();
            inBatch = 0;
        }
    }
    if (batch)
        batch->commit();
    return m_summary;
}

} // namespace

QDateTime demoDiaryCreatedAt(const DemoOptions& options)
{
    const QDate first = lastDay().addDays(1 - periodDays(std::max(0, options.incidents)));
    return QDateTime(first.addDays(-1), QTime(20, 30), london());
}

DemoSummary fillDemoDiary(Diary& diary, ManualClock& clock, const DemoOptions& options)
{
    return Generator(diary, clock, options).run();
}

} // namespace daymark::diary
