// Fills a new diary with realistic, entirely fictional data: for trying the app, screenshots and benchmarks.
// The same seed gives the same content (people, orders, incidents, amendments and their times).
#pragma once

#include <QDateTime>

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
    int incidents = 0;  // incidents recorded (including the deleted one)
    int amendments = 0; // amendments of incidents
    int deletions = 0;
    int exhibits = 0; // generated screenshots and photos  // incidents deleted (one of them is later restored)
};

// When a demo diary with these options should be created: a day before the first incident of its period, which
// ends on 31 October 2026 and is longer the more incidents there are (about 6 months for 300, 4 years for 100,000).
// Create the diary with `clock` set to this time, so its first journal record comes before everything filled in.
QDateTime demoDiaryCreatedAt(const DemoOptions& options);

// `diary` must be new (only its first journal record, made no later than demoDiaryCreatedAt) and opened with
// `clock`, which this moves forward as it records, so recorded times are realistic (minutes to a day after each
// incident). Commits in batches of a few thousand changes. Throws Error.
DemoSummary fillDemoDiary(Diary& diary, ManualClock& clock, const DemoOptions& options);

} // namespace daymark::diary
