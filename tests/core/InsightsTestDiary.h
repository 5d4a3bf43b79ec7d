// Hand-made diaries for the insights tests: incidents of a chosen type, time, channel, place and tags.
#pragma once

#include "TestDiary.h"

#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"

namespace daymark::test {

struct InsightsDiary : TestDiary
{
    // Adds an incident and returns its number.
    qint64 add(diary::IncidentType type, const QDateTime& start, const QString& channel = {}, const QString& place = {},
               const QStringList& tags = {}, const QList<diary::BreachLink>& breaches = {})
    {
        diary::Incident i;
        i.type = type;
        i.start = start;
        i.summary = diary::typeShortName(type);
        i.channel = channel;
        i.place = place;
        i.tags = tags;
        i.breaches = breaches;
        return diary->incidents().add(i).number;
    }
    std::vector<diary::TimelineEntry> timeline() { return diary->incidents().timeline({}); }
};

// Midday in London on a day counted from 1 March 2026.
inline QDateTime day(int n, int hour = 12)
{
    return london(2026, 3, 1, hour, 0).addDays(n);
}

} // namespace daymark::test
