// The stalking risk screening questions, on the themes UK police and support services ask about (S-DASH), in
// Daymark's own words; and which incidents in the diary bear on each.
#pragma once

#include "insights/EscalationSignals.h"

#include <QString>
#include <span>

namespace daymark::insights {

// What in the diary bears on a question; None when only the person can say.
enum class ScreeningEvidence {
    None,
    Damage,          // incidents of type damage
    FrequentVisits,  // approaches in person in weeks with more than three of them
    FollowedWatched, // following, loitering, seen nearby
    Threats,         // threats
    Violence,        // violence
    ThirdParties,    // contact through other people
    Breaches,        // possible breaches of an order
    Escalation,      // the last four weeks, when incidents are being recorded more often
};

struct ScreeningQuestion
{
    const char* code; // stable: stored in the diary and in JSON
    const char* text; // untranslated; see questionText()
    ScreeningEvidence evidence;
};

std::span<const ScreeningQuestion> screeningQuestions();
const ScreeningQuestion* findScreeningQuestion(const QString& code);
QString questionText(const ScreeningQuestion& question); // translated

// The incidents behind a question, oldest first (`entries` oldest first; only those before `asOf` count).
std::vector<SignalIncident> screeningEvidence(const ScreeningQuestion& question,
                                              const std::vector<diary::TimelineEntry>& entries, const QDateTime& asOf);

} // namespace daymark::insights
