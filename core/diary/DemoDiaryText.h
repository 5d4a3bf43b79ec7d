// The fixed, entirely fictional English text the demo diary generator draws from: templates for what happened,
// the exact words of messages at three levels of menace, places, impacts and amendment reasons.
#pragma once

#include "diary/IncidentType.h"

#include <span>

namespace daymark::diary::demo {

using Texts = std::span<const char* const>;

// Where something happened. `zone` says which order condition being there can breach; `road` that a car can be there.
enum class Zone { None, Home, Work, Parents };
struct Place
{
    const char* text;
    Zone zone;
    bool road;
};

// One kind of incident, described. `details` may hold {words} (his exact words), {place}, {vehicle}, {account}
// (his, or one of his new ones), {new} (a new one), {count}, {minutes} and {item}; `place` is the index of the place it
// implies, or -1 for any; `when` the time of day it implies (working hours: 8:00-18:00 on a weekday; night:
// 22:00-6:00).
enum class When { Any, WorkHours, Night };
struct Template
{
    const char* summary;
    const char* details;
    int place;
    When when = When::Any;
};
std::span<const Template> templatesFor(IncidentType type);

// The pieces of his messages; `level` 0 pleading and jealous, 1 watching her, 2 threatening.
Texts openers(int level);
Texts middles(int level);
Texts closers(int level);
Texts threats(); // said in person or left on voicemail, late in the period

std::span<const Place> places();
Texts items(); // left on the doorstep or the car
Texts fakeHandles();
Texts impacts(int level);
Texts privateNotes();
Texts tagsFor(IncidentType type);
Texts witnessNotes();

} // namespace daymark::diary::demo
