// The demo diary: a fictional ex-partner stalking case, recorded the way a person records it (minutes to a day after
// each incident, sometimes amended, twice deleted), escalating over the period. One seeded generator drives every
// choice, every id and every recorded time, so the same seed gives the same diary.
#include "diary/DemoDiary.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "diary/DemoDiaryCast.h"
#include "diary/DemoDiaryText.h"
#include "diary/DemoDiaryTimeline.h"
#include "diary/DemoExhibits.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "evidence/Journal.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <optional>

namespace daymark::diary {
namespace {

using demo::Event;
using demo::kMinute;
using demo::Slot;
using demo::Timeline;
using demo::Zone;

constexpr int kBatch = 2000;     // changes per committed transaction: each commit is an fsync
constexpr int kMaxExhibits = 60; // generated screenshots and photos: enough to try every view, quick to make

// What an incident may breach, before it is mapped to a condition number of the order then in force. The full
// order's conditions come in this order (see DemoDiaryCast.h).
enum class Rule { Contact, HomeZone, Work, Social, Monitor, Parents };

class Generator
{
public:
    Generator(Diary& diary, ManualClock& clock, const DemoOptions& options)
        : m_diary(diary), m_clock(clock), m_rng(options.seed), m_timeline(options.incidents),
          m_diaryNamespace(QUuid::createUuidV5(QUuid(), QStringLiteral("daymark-demo-%1").arg(options.seed)))
    {}

    DemoSummary run();

private:
    void makeCast();
    void apply(const Event& event);
    Incident makeIncident(int index);
    void amendIncident(const QUuid& id);
    QString words(int level);
    std::optional<BreachLink> linkFor(Rule rule, qint64 start) const;

    Diary& m_diary;
    ManualClock& m_clock;
    demo::Random m_rng;
    Timeline m_timeline;
    std::vector<QUuid> m_ids; // of the incidents, as they are made
    std::array<Person, demo::kCastSize> m_people;
    std::array<ProtectionOrder, 2> m_orders; // interim SPO, full SPO
    qint64 m_interimMs = 0, m_fullMs = 0, m_variedMs = 0, m_officerMs = 0;
    QString m_caseReference;
    DemoSummary m_summary;
    QUuid m_diaryNamespace; // seeds the ids of generated exhibits
};

void Generator::makeCast()
{
    std::array<QUuid, demo::kCastSize> ids;
    for (QUuid& id : ids)
        id = m_rng.uuid();
    m_people = demo::cast(ids);
    m_orders = demo::orders({m_rng.uuid(), m_rng.uuid()}, ids[demo::kStalker],
                            m_timeline.dayAt(Timeline::kInterimOrder), m_timeline.dayAt(Timeline::kFullOrder));
    m_interimMs = m_timeline.interimServed();
    m_fullMs = m_timeline.fullServed();
    m_variedMs = m_timeline.orderVaried();
    m_officerMs = m_timeline.officerJoins();
    m_caseReference = QStringLiteral("CL-%1-%2")
                          .arg(m_timeline.dayAt(Timeline::kOfficerJoins).year())
                          .arg(m_rng.between(100000, 999999));
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
    const Slot& s = m_timeline.slots()[size_t(index)];
    const double t = m_timeline.progress(s.start);
    const int level = std::clamp(int(t * 3.0 + (m_rng.unit() - 0.5) * 0.8), 0, 2);
    const Person& him = m_people[demo::kStalker];
    Incident i;
    i.id = m_ids[size_t(index)] = m_rng.uuid();
    i.type = s.type;
    i.start = m_timeline.local(s.start);
    if (s.end)
        i.end = m_timeline.local(s.end);
    i.approximate = s.approximate;
    // A description that fits the time of day: no calls "at my desk" at two in the morning.
    const int hour = i.start.time().hour();
    const bool workHours = i.start.date().dayOfWeek() <= 5 && hour >= 8 && hour < 18, night = hour >= 22 || hour < 6;
    std::vector<const demo::Template*> fitting;
    for (const demo::Template& candidate : demo::templatesFor(s.type))
        if (candidate.when == demo::When::Any || (candidate.when == demo::When::WorkHours && workHours) ||
            (candidate.when == demo::When::Night && night))
            fitting.push_back(&candidate);
    const demo::Template& described = *fitting[size_t(m_rng.below(int(fitting.size())))];
    i.summary = QString::fromUtf8(described.summary);
    i.details = QString::fromUtf8(described.details);

    const auto places = demo::places();
    const bool byCar = i.details.contains(QLatin1String("{vehicle}"));
    const bool saysWhere = i.details.contains(QLatin1String("{place}"));
    demo::Place place = places[size_t(described.place >= 0 ? described.place : m_rng.below(int(places.size())))];
    while (described.place < 0 && byCar && !place.road)
        place = places[size_t(m_rng.below(int(places.size())))];
    if (s.type == T::Breach) // where the order in force forbids him to be: home area, and work once the full order
        place = places[size_t(m_rng.below(s.start >= m_fullMs ? 5 : 3))];
    const bool newCar = t >= Timeline::kNewCar && m_rng.chance(0.5);
    const QString vehicle = newCar ? QStringLiteral("the silver Vauxhall Astra (ZY68 PLT)")
                                   : QStringLiteral("his dark blue VW Golf (ZX19 DMK)");
    // The number, address or handle used: one of his, or a new one.
    QString known, fresh;
    switch (s.type) {
    case T::Call:
    case T::Voicemail:
    case T::Text:
    case T::Threat:
        i.channel = s.type == T::Text ? (m_rng.chance(0.5) ? QStringLiteral("WhatsApp") : QStringLiteral("SMS"))
                                      : QStringLiteral("phone");
        known = s.type == T::Call && m_rng.chance(0.3) ? QStringLiteral("withheld number")
                                                       : him.phones[m_rng.below(int(him.phones.size()))];
        fresh = QStringLiteral("07700 900%1").arg(m_rng.between(100, 999), 3, 10, QLatin1Char('0'));
        break;
    case T::Email:
        i.channel = QStringLiteral("e-mail");
        known = him.emails[m_rng.below(int(him.emails.size()))];
        fresh = QStringLiteral("truth.about.h%1@example.com").arg(m_rng.between(1, 99));
        break;
    case T::SocialMedia:
    case T::Online: {
        static const QString kPlatforms[] = {QStringLiteral("Instagram"), QStringLiteral("Facebook"),
                                             QStringLiteral("TikTok"), QStringLiteral("Snapchat")};
        i.channel = kPlatforms[m_rng.below(4)];
        known = him.handles[0].handle;
        fresh = m_rng.pick(demo::fakeHandles());
        break;
    }
    case T::ThirdParty:
        i.channel = QStringLiteral("Facebook Messenger");
        known = fresh = m_people[demo::kFriend].name;
        break;
    default:
        i.channel = QStringLiteral("in person");
    }
    const QString account = i.details.contains(QLatin1String("{new}")) || m_rng.chance(0.4) ? fresh : known;
    // Said to her face (Lee passing a message on, a threat shouted in the street) or sent by phone or online.
    const bool named = i.details.contains(QLatin1String("{account}")) || i.details.contains(QLatin1String("{new}"));
    const bool faceToFace = demo::inPerson(s.type) || (saysWhere && !named && s.type != T::Text && s.type != T::Online);
    if (faceToFace)
        i.channel = QStringLiteral("in person");
    else if (named || (s.type != T::Online && s.type != T::Other))
        i.account = s.type == T::SocialMedia && !named ? known : account; // he posts as himself
    else
        i.channel.clear();
    if (s.type == T::Call && !i.details.contains(QLatin1String("{words}")))
        i.end.reset(); // only answered calls have a length
    const int minutes = s.end ? int((s.end - s.start) / kMinute) : m_rng.between(10, 45);
    const QString quoted =
        s.type == T::Threat || (level == 2 && m_rng.chance(0.2)) ? m_rng.pick(demo::threats()) : words(level);
    i.details.replace(QLatin1String("{words}"), quoted)
        .replace(QLatin1String("{place}"), QString::fromUtf8(place.text))
        .replace(QLatin1String("{vehicle}"), vehicle)
        .replace(QLatin1String("{account}"), account)
        .replace(QLatin1String("{new}"), account)
        .replace(QLatin1String("{count}"), QString::number(m_rng.between(3, 23)))
        .replace(QLatin1String("{minutes}"), QString::number(std::max(minutes, 1)))
        .replace(QLatin1String("{item}"), m_rng.pick(demo::items()));
    i.details[0] = i.details[0].toUpper();
    // Messages and calls reach her wherever she is; she notes where only sometimes.
    const bool phoned = s.type == T::Call || s.type == T::Text || s.type == T::Voicemail;
    if (faceToFace || described.place >= 0 || saysWhere || (phoned && m_rng.chance(0.25)))
        i.place = QString::fromUtf8(place.text);
    if (m_rng.chance(0.75))
        i.impact = m_rng.pick(demo::impacts(level));
    if (const QString more = m_rng.pick(demo::impacts(level)); m_rng.chance(0.2) && !i.impact.contains(more))
        i.impact += (i.impact.isEmpty() ? QString() : QStringLiteral(" ")) + more;

    if (s.type != T::Other || m_rng.chance(0.5))
        i.people << him.id;
    if (s.type == T::ThirdParty)
        i.people << m_people[demo::kFriend].id;
    if (faceToFace && place.zone == Zone::Home && m_rng.chance(0.2))
        i.witnesses << m_people[demo::kNeighbour].id;
    if (faceToFace && place.zone == Zone::Work && m_rng.chance(0.3))
        i.witnesses << m_people[demo::kColleague].id;
    if (faceToFace && m_rng.chance(0.05))
        i.witnessNotes = m_rng.pick(demo::witnessNotes());
    i.childrenPresent = faceToFace && m_rng.chance(0.12);

    QList<Rule> rules;
    if (!demo::inPerson(s.type) && s.type != T::Online && s.type != T::Other)
        rules << (s.type == T::SocialMedia && i.details.contains(QLatin1String("posted")) ? Rule::Social
                                                                                          : Rule::Contact);
    if (s.type == T::Online || s.type == T::Following)
        rules << Rule::Monitor;
    if (s.type == T::Visit || s.type == T::ItemLeft || s.type == T::Violence)
        rules << Rule::Contact;
    if (faceToFace && place.zone != Zone::None)
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
        i.officer = s.start >= m_officerMs ? m_people[demo::kOfficer].name : QStringLiteral("call handler on 101");
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
    case 0: {
        const QString said = words(std::clamp(int(m_timeline.progress(changed.start.toMSecsSinceEpoch()) * 3), 0, 2));
        if (changed.channel == QLatin1String("in person")) {
            changed.details += QStringLiteral(" He also said: \"%1\"").arg(said);
            reason = QStringLiteral("Remembered the exact words");
        } else {
            changed.details += QStringLiteral(" Then straight after: \"%1\"").arg(said);
            reason = QStringLiteral("Added the second message; I found it when I took the screenshots");
        }
        break;
    }
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
            changed.officer = m_people[demo::kOfficer].name;
            reason = QStringLiteral("Added the police reference PC Dunmore gave me");
            break;
        }
        [[fallthrough]];
    case 3:
        if (!changed.witnesses.contains(m_people[demo::kNeighbour].id)) {
            changed.witnesses << m_people[demo::kNeighbour].id;
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
        Person him = m_diary.people().get(m_people[demo::kStalker].id).person;
        him.vehicles << demo::secondCar();
        m_diary.people().amend(him, QStringLiteral("Janet says he has been driving a silver Astra as well"));
        break;
    }
    case K::AddOrder:
        m_diary.orders().add(m_orders[size_t(e.index)]);
        ++m_summary.orders;
        break;
    case K::VaryOrder: {
        ProtectionOrder order = m_diary.orders().get(m_orders[1].id).order;
        order.conditions << demo::addedCondition();
        m_diary.orders().amend(order, QStringLiteral("Varied by the court on the police's application: condition "
                                                     "6 added after he went to my parents' house"));
        break;
    }
    case K::AddIncident: {
        const IncidentRecord added = m_diary.incidents().add(makeIncident(e.index));
        ++m_summary.incidents;
        if (m_summary.exhibits < kMaxExhibits && demo::wantsExhibit(added.incident, e.index)) {
            const demo::DemoFile file = demo::makeExhibit(added.incident, e.index);
            ImportOptions options;
            options.howObtained = file.howObtained;
            options.id = QUuid::createUuidV5(m_diaryNamespace, QStringLiteral("exhibit-%1").arg(e.index));
            m_diary.exhibits().attachData(added.incident.id, file.bytes, file.name, options);
            ++m_summary.exhibits;
        }
        break;
    }
    case K::Amend:
        amendIncident(m_ids[size_t(e.index)]);
        break;
    case K::Delete:
        m_diary.incidents().remove(
            m_ids[size_t(e.index)],
            m_summary.deletions == 0 ? QStringLiteral("Duplicate - I had already entered this one")
                                     : QStringLiteral("Not sure it was him after all; it may have been someone else"));
        ++m_summary.deletions;
        break;
    case K::Restore:
        m_diary.incidents().restore(m_ids[size_t(e.index)], QStringLiteral("PC Dunmore checked the CCTV: it was him"));
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
    m_timeline.plan(m_rng);
    m_ids.resize(m_timeline.slots().size());
    const qint64 genesis = m_diary.journal().entries(1, 1).front().recordedAt.toMSecsSinceEpoch();
    if (genesis > m_timeline.createdAt().toMSecsSinceEpoch())
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::diary",
                                                "The demo diary was created after the time its data starts. Create "
                                                "it with the clock set to the demo's start time."));
    qint64 last = genesis;
    std::optional<vault::Transaction> batch;
    int inBatch = 0;
    for (const Event& e : m_timeline.events()) {
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
    return Timeline(options.incidents).createdAt();
}

DemoSummary fillDemoDiary(Diary& diary, ManualClock& clock, const DemoOptions& options)
{
    return Generator(diary, clock, options).run();
}

} // namespace daymark::diary
