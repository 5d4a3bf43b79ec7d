// The question list and the evidence rules. Codes are part of the file format: never change or reuse one.
#include "insights/ScreeningQuestions.h"

#include "insights/ContactKinds.h"

#include <QCoreApplication>
#include <map>

namespace daymark::insights {
namespace {

using diary::IncidentType;
using diary::TimelineEntry;
using E = ScreeningEvidence;

constexpr ScreeningQuestion kQuestions[] = {
    {"frightened",
     QT_TRANSLATE_NOOP("daymark::insights", "Are you very frightened of this person and of what they might do?"),
     E::None},
    {"previous-stalking",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Before this began, had this person stalked, harassed or abused you, or anyone else?"),
     E::None},
    {"property-damage",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Has this person damaged or destroyed anything belonging to you or to people close to you?"),
     E::Damage},
    {"frequent-visits",
     QT_TRANSLATE_NOOP(
         "daymark::insights",
         "Has this person turned up uninvited where you are (at home, at work or elsewhere) more than three times "
         "in one week?"),
     E::FrequentVisits},
    {"loitering",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Has this person followed you, or waited or hung around near your home, your work or places "
                       "you go?"),
     E::FollowedWatched},
    {"threats",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Has this person threatened to hurt you physically or sexually, or to kill you?"),
     E::Threats},
    {"violence-to-you", QT_TRANSLATE_NOOP("daymark::insights", "Has this person hurt you physically or sexually?"),
     E::Violence},
    {"third-parties-targeted",
     QT_TRANSLATE_NOOP(
         "daymark::insights",
         "Since this began, has this person also gone after people around you: family, children, friends, "
         "colleagues or a new partner?"),
     E::ThirdParties},
    {"violence-to-others",
     QT_TRANSLATE_NOOP("daymark::insights", "As far as you know, has this person been violent towards anyone else?"),
     E::None},
    {"others-recruited",
     QT_TRANSLATE_NOOP(
         "daymark::insights",
         "Has this person got other people to help them: passing on messages, watching you or finding out where "
         "you are?"),
     E::ThirdParties},
    {"substance-mental-health",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "In the past year, has this person had problems with alcohol, drugs or their mental health?"),
     E::None},
    {"violent-past",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Is this person known to have been violent in the past, or to have a record for violence?"),
     E::None},
    {"order-breaches",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Has this person ignored a court order, bail conditions or a warning from the police?"),
     E::Breaches},
    {"escalating",
     QT_TRANSLATE_NOOP("daymark::insights", "Has what this person does become more frequent or more serious lately?"),
     E::Escalation},
    {"former-partner", QT_TRANSLATE_NOOP("daymark::insights", "Were you and this person ever in a relationship?"),
     E::None},
    {"weapons",
     QT_TRANSLATE_NOOP("daymark::insights",
                       "Does this person have access to weapons, or have they talked about using one?"),
     E::None},
    {"life-changed",
     QT_TRANSLATE_NOOP(
         "daymark::insights",
         "Have you changed your daily life because of this person: your routes, your work, where you stay?"),
     E::None},
};

} // namespace

std::span<const ScreeningQuestion> screeningQuestions()
{
    return kQuestions;
}

const ScreeningQuestion* findScreeningQuestion(const QString& code)
{
    for (const ScreeningQuestion& q : kQuestions)
        if (code == QLatin1String(q.code))
            return &q;
    return nullptr;
}

QString questionText(const ScreeningQuestion& question)
{
    return QCoreApplication::translate("daymark::insights", question.text);
}

std::vector<SignalIncident> screeningEvidence(const ScreeningQuestion& question,
                                              const std::vector<TimelineEntry>& entries, const QDateTime& asOf)
{
    const qint64 end = asOf.toMSecsSinceEpoch();
    const ContactKinds kinds;
    auto ref = [](const TimelineEntry& e) { return SignalIncident{e.number, e.id, e.type, localTime(e)}; };
    std::vector<SignalIncident> out;
    auto collect = [&](auto&& keep) {
        for (const TimelineEntry& e : entries)
            if (e.startUtcMs < end && keep(e))
                out.push_back(ref(e));
    };
    auto ofType = [](IncidentType type) { return [type](const TimelineEntry& e) { return e.type == type; }; };
    switch (question.evidence) {
    case E::None:
        break;
    case E::Damage:
        collect(ofType(IncidentType::Damage));
        break;
    case E::FrequentVisits: {
        std::map<QDate, int> perWeek; // Monday -> approaches in person
        for (const TimelineEntry& e : entries)
            if (e.startUtcMs < end && kinds.approachInPerson(e)) {
                const QDate day = localDate(e);
                ++perWeek[day.addDays(1 - day.dayOfWeek())];
            }
        collect([&](const TimelineEntry& e) {
            const QDate day = localDate(e);
            return kinds.approachInPerson(e) && perWeek[day.addDays(1 - day.dayOfWeek())] > 3;
        });
        break;
    }
    case E::FollowedWatched:
        collect([](const TimelineEntry& e) {
            return e.type == IncidentType::Following || e.type == IncidentType::Loitering ||
                   e.type == IncidentType::Sighting;
        });
        break;
    case E::Threats:
        collect(ofType(IncidentType::Threat));
        break;
    case E::Violence:
        collect(ofType(IncidentType::Violence));
        break;
    case E::ThirdParties:
        collect(ofType(IncidentType::ThirdParty));
        break;
    case E::Breaches:
        collect([](const TimelineEntry& e) { return e.breach || e.type == IncidentType::Breach; });
        break;
    case E::Escalation:
        if (const FrequencyComparison f = compareFrequency(entries, asOf); f.rising) {
            const qint64 from = f.recentFrom.toMSecsSinceEpoch();
            collect([from](const TimelineEntry& e) { return e.startUtcMs >= from; });
        }
        break;
    }
    return out;
}

} // namespace daymark::insights
