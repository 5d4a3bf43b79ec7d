// The fixed, entirely fictional English text the demo diary generator draws from: templates for what happened,
// the exact words of messages at three levels of menace, places, impacts and amendment reasons.
#pragma once

#include "diary/IncidentType.h"

#include <span>

namespace daymark::diary::demo {

using Texts = std::span<const char* const>;

// Where something happened. `zone` says which order condition a visit there can breach.
enum class Zone { None, Home, Work, Parents };
struct Place
{
    const char* text;
    Zone zone;
};

// Templates may hold {words} (his exact words), {place}, {vehicle}, {account}, {count}, {minutes} and {item}.
struct TypeText
{
    Texts summaries;
    Texts details;
};
TypeText textFor(IncidentType type);

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
