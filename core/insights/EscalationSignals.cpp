// Each signal is one pass over the incidents, oldest first; sentences are whole (no pieces joined) and translated.
#include "insights/EscalationSignals.h"

#include "insights/ContactKinds.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace daymark::insights {
namespace {

using diary::IncidentType;
using diary::TimelineEntry;

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::insights", text);
}

QString day(const QDateTime& local)
{
    return QLocale().toString(local.date(), QLocale::LongFormat);
}

SignalIncident ref(const TimelineEntry& e)
{
    return {e.number, e.id, e.type, localTime(e)};
}

QString number(const SignalIncident& i)
{
    return QStringLiteral("#%1").arg(i.number);
}

// "You recorded one ..., on D." / "You recorded N ..., the first on D1 and the latest on D2."
QString countSentence(const std::vector<SignalIncident>& found, const char* one, const char* many)
{
    if (found.size() == 1)
        return tr(one).arg(day(found.front().start));
    return tr(many).arg(found.size()).arg(day(found.front().start), day(found.back().start));
}

} // namespace

QString signalCode(SignalKind kind)
{
    switch (kind) {
    case SignalKind::FrequencyRising:
        return QStringLiteral("frequency-rising");
    case SignalKind::FirstInPerson:
        return QStringLiteral("first-in-person");
    case SignalKind::FirstThreat:
        return QStringLiteral("first-threat");
    case SignalKind::HomeOrWork:
        return QStringLiteral("home-or-work");
    case SignalKind::OrderBreach:
        return QStringLiteral("order-breach");
    case SignalKind::ThirdParties:
        return QStringLiteral("third-parties");
    }
    return {};
}

FrequencyComparison compareFrequency(const std::vector<TimelineEntry>& entries, const QDateTime& asOf, int weeks)
{
    FrequencyComparison c;
    c.weeks = std::max(1, weeks);
    c.asOf = asOf.toUTC();
    c.recentFrom = c.asOf.addDays(-7 * c.weeks);
    const qint64 end = c.asOf.toMSecsSinceEpoch(), middle = c.recentFrom.toMSecsSinceEpoch();
    const qint64 start = c.recentFrom.addDays(-7 * c.weeks).toMSecsSinceEpoch();
    for (const TimelineEntry& e : entries) {
        if (e.startUtcMs >= middle && e.startUtcMs < end)
            ++c.recent;
        else if (e.startUtcMs >= start && e.startUtcMs < middle)
            ++c.previous;
    }
    c.rising = c.recent >= kRisingMinimum && 2 * c.recent >= 3 * c.previous && c.recent - c.previous >= kRisingMargin;
    return c;
}

std::vector<Signal> findSignals(const std::vector<TimelineEntry>& all, const QDateTime& asOf)
{
    const qint64 end = asOf.toMSecsSinceEpoch();
    const ContactKinds kinds;
    std::vector<Signal> signals;

    const FrequencyComparison frequency = compareFrequency(all, asOf);
    if (frequency.rising) {
        Signal s{SignalKind::FrequencyRising, tr("Incidents recorded more often"), {}, {}};
        const qint64 from = frequency.recentFrom.toMSecsSinceEpoch();
        for (const TimelineEntry& e : all)
            if (e.startUtcMs >= from && e.startUtcMs < end)
                s.incidents.push_back(ref(e));
        const QDateTime lastDay = frequency.asOf.addMSecs(-1).toOffsetFromUtc(
            s.incidents.empty() ? 0 : s.incidents.back().start.offsetFromUtc());
        s.explanation = tr("In the %1 weeks to %2 you recorded %3 incidents; in the %1 weeks before, %4.")
                            .arg(frequency.weeks)
                            .arg(day(lastDay))
                            .arg(frequency.recent)
                            .arg(frequency.previous);
        signals.push_back(std::move(s));
    }

    std::vector<SignalIncident> remoteBefore, threats, homeOrWork, breaches, thirdParties;
    std::optional<SignalIncident> firstInPerson;
    int threatCount = 0, violenceCount = 0;
    for (const TimelineEntry& e : all) {
        if (e.startUtcMs >= end)
            break;
        if (!firstInPerson) {
            if (kinds.approachInPerson(e))
                firstInPerson = ref(e);
            else if (kinds.remote(e))
                remoteBefore.push_back(ref(e));
        }
        if (e.type == IncidentType::Threat || e.type == IncidentType::Violence) {
            threats.push_back(ref(e));
            ++(e.type == IncidentType::Threat ? threatCount : violenceCount);
        }
        if (kinds.atHomeOrWork(e))
            homeOrWork.push_back(ref(e));
        if (e.breach || e.type == IncidentType::Breach)
            breaches.push_back(ref(e));
        if (e.type == IncidentType::ThirdParty)
            thirdParties.push_back(ref(e));
    }

    if (firstInPerson && !remoteBefore.empty()) {
        Signal s{SignalKind::FirstInPerson, tr("Contact in person after contact from a distance"), {}, remoteBefore};
        const QString first =
            tr("On %1 you recorded the first contact in person (%2, %3).")
                .arg(day(firstInPerson->start), number(*firstInPerson), diary::typeShortName(firstInPerson->type));
        const QString before =
            remoteBefore.size() == 1
                ? tr("Before that, the contact you recorded was by phone, message or online: one incident, on %1.")
                      .arg(day(remoteBefore.front().start))
                : tr("Before that, the contact you recorded was by phone, message or online: %1 incidents, the first "
                     "on %2.")
                      .arg(remoteBefore.size())
                      .arg(day(remoteBefore.front().start));
        s.explanation = first + u' ' + before;
        s.incidents.push_back(*firstInPerson);
        signals.push_back(std::move(s));
    }
    if (!threats.empty()) {
        const SignalIncident& first = threats.front();
        Signal s{SignalKind::FirstThreat, tr("Threats or violence recorded"), {}, threats};
        s.explanation = tr("On %1 you recorded the first threat or violence (%2, %3). Threats recorded: %4. "
                           "Violence recorded: %5.")
                            .arg(day(first.start), number(first), diary::typeShortName(first.type))
                            .arg(threatCount)
                            .arg(violenceCount);
        signals.push_back(std::move(s));
    }
    if (!homeOrWork.empty())
        signals.push_back(
            {SignalKind::HomeOrWork, tr("Contact at your home or work"),
             countSentence(
                 homeOrWork,
                 QT_TRANSLATE_NOOP("daymark::insights", "You recorded one incident at your home or work, on %1."),
                 QT_TRANSLATE_NOOP("daymark::insights",
                                   "You recorded %1 incidents at your home or work, the first on %2 and the "
                                   "latest on %3.")),
             homeOrWork});
    if (!breaches.empty())
        signals.push_back(
            {SignalKind::OrderBreach, tr("Possible breaches of an order"),
             countSentence(breaches,
                           QT_TRANSLATE_NOOP("daymark::insights",
                                             "You recorded one possible breach of a protection order, on %1."),
                           QT_TRANSLATE_NOOP("daymark::insights",
                                             "You recorded %1 possible breaches of a protection order, the first on %2 "
                                             "and the latest on %3.")),
             breaches});
    if (!thirdParties.empty())
        signals.push_back(
            {SignalKind::ThirdParties, tr("Other people drawn in"),
             countSentence(thirdParties,
                           QT_TRANSLATE_NOOP("daymark::insights",
                                             "You recorded one incident of contact through other people, on %1."),
                           QT_TRANSLATE_NOOP("daymark::insights",
                                             "You recorded %1 incidents of contact through other people, the first on "
                                             "%2 and the latest on %3.")),
             thirdParties});
    return signals;
}

QString signalAdvice()
{
    return tr("These are patterns in what you recorded, not a judgement of risk. If they worry you, talk to the "
              "police (101) or the National Stalking Helpline (0808 802 0300). If you are in danger now, call 999.");
}

} // namespace daymark::insights
