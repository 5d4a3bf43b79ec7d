// Plain JSON of the counts and signals: type codes as keys, times in ISO 8601 with their offset.
#include "insights/InsightsJson.h"

#include "diary/DiaryJson.h"
#include "evidence/JournalEntry.h"

#include <QJsonArray>

namespace daymark::insights::json {
namespace {

QJsonObject typeCounts(const TypeCounts& counts)
{
    QJsonObject out;
    for (int t = 0; t < diary::kIncidentTypeCount; ++t)
        if (counts[std::size_t(t)] > 0)
            out.insert(diary::typeCode(diary::typeAt(t)), counts[std::size_t(t)]);
    return out;
}

} // namespace

QJsonObject toJson(const WeeklyCounts& weekly)
{
    QJsonArray weeks;
    for (const WeekCount& w : weekly.weeks)
        weeks.append(QJsonObject{{QStringLiteral("monday"), w.monday.toString(Qt::ISODate)},
                                 {QStringLiteral("isoYear"), w.isoYear},
                                 {QStringLiteral("isoWeek"), w.isoWeek},
                                 {QStringLiteral("total"), w.total},
                                 {QStringLiteral("movingAverage"), qRound(w.movingAverage * 100) / 100.0},
                                 {QStringLiteral("byType"), typeCounts(w.byType)}});
    QJsonArray hours;
    for (const auto& day : weekly.hourByDay) {
        QJsonArray row;
        for (int count : day)
            row.append(count);
        hours.append(row);
    }
    return {{QStringLiteral("averageWeeks"), weekly.averageWeeks},
            {QStringLiteral("total"), weekly.total},
            {QStringLiteral("totals"), typeCounts(weekly.totals)},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("hourByDay"), hours}};
}

QJsonObject toJson(const Signal& signal)
{
    QJsonArray incidents;
    for (const SignalIncident& i : signal.incidents)
        incidents.append(QJsonObject{{QStringLiteral("number"), i.number},
                                     {QStringLiteral("id"), i.id.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("type"), diary::typeCode(i.type)},
                                     {QStringLiteral("start"), diary::json::isoWithOffset(i.start)}});
    return {{QStringLiteral("code"), signalCode(signal.kind)},
            {QStringLiteral("title"), signal.title},
            {QStringLiteral("explanation"), signal.explanation},
            {QStringLiteral("incidents"), incidents}};
}

QJsonObject toJson(const Insights& insights)
{
    QJsonArray signals;
    for (const Signal& s : insights.signals)
        signals.append(toJson(s));
    const FrequencyComparison& f = insights.frequency;
    return {{QStringLiteral("asOf"), evidence::JournalEntry::timeText(insights.asOf)},
            {QStringLiteral("frequency"),
             QJsonObject{{QStringLiteral("weeks"), f.weeks},
                         {QStringLiteral("recentFrom"), evidence::JournalEntry::timeText(f.recentFrom)},
                         {QStringLiteral("recent"), f.recent},
                         {QStringLiteral("previous"), f.previous},
                         {QStringLiteral("rising"), f.rising}}},
            {QStringLiteral("signals"), signals},
            {QStringLiteral("advice"), signalAdvice()},
            {QStringLiteral("weekly"), toJson(insights.weekly)}};
}

} // namespace daymark::insights::json
