// How an incident reached the person: in person or from a distance, and whether it was at their home or work. The
// rules behind the escalation signals and the screening evidence; docs/insights.md describes them for people.
#pragma once

#include "diary/IncidentRepository.h"

#include <QDate>
#include <QRegularExpression>

namespace daymark::insights {

// An incident's local date and hour: its time as given, in the offset it was given with.
QDate localDate(const diary::TimelineEntry& entry);
int localHour(const diary::TimelineEntry& entry);
QDateTime localTime(const diary::TimelineEntry& entry);

class ContactKinds
{
public:
    ContactKinds(); // reads the translated word lists once

    // Channel "in person" (or "face to face", or their translations).
    bool inPersonChannel(const diary::TimelineEntry& entry) const;
    // Approached face to face: seen nearby, followed, a visit, loitering, violence, or an in-person channel.
    bool approachInPerson(const diary::TimelineEntry& entry) const;
    // Reached from a distance: a call, text, voicemail, e-mail, social media or other online contact, not in person.
    bool remote(const diary::TimelineEntry& entry) const;
    // At the person's home or work: a visit ("turned up at home, work or school"); or, when he was there in person
    // (an approach, an item left, damage), tagged "home" or "work" or with a place that says so ("outside my house",
    // "at work"). A call taken at home does not count: he was not there.
    bool atHomeOrWork(const diary::TimelineEntry& entry) const;

private:
    QStringList m_inPersonChannels;
    QStringList m_homeWorkTags;
    QRegularExpression m_homeWorkPlace;
};

} // namespace daymark::insights
