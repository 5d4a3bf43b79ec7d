// Fills a new diary with realistic, entirely fictional data: for trying the app, screenshots and benchmarks.
// The same seed gives the same content (people, orders, incidents, amendments and their times).
#pragma once

#include <QtGlobal>

namespace daymark {
class ManualClock;
}

namespace daymark::diary {

class Diary;

struct DemoOptions
{
    int incidents = 300;
    quint32 seed = 1;
};

struct DemoSummary
{
    int people = 0;
    int orders = 0;
    int incidents = 0;
    int amendments = 0;
    int deletions = 0;
};

// `diary` must be new (only its first journal record) and opened with `clock`, which this moves forward as it
// records, so recorded times are realistic (shortly after each incident). Throws Error.
DemoSummary fillDemoDiary(Diary& diary, ManualClock& clock, const DemoOptions& options);

} // namespace daymark::diary
