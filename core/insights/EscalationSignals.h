// Warning signs in what a diary records, each explained in plain words with the incidents behind it. The words say
// what was recorded; they never judge the risk (docs/insights.md gives the rules).
#pragma once

#include "diary/IncidentRepository.h"

#include <QDateTime>
#include <vector>

namespace daymark::insights {

enum class SignalKind { FrequencyRising, FirstInPerson, FirstThreat, HomeOrWork, OrderBreach, ThirdParties };

QString signalCode(SignalKind kind); // stable, for JSON: "frequency-rising", "first-in-person", ...

struct SignalIncident
{
    qint64 number = 0;
    QUuid id;
    diary::IncidentType type = diary::IncidentType::Other;
    QDateTime start; // local time, in the offset it was given with
};

struct Signal
{
    SignalKind kind = SignalKind::FrequencyRising;
    QString title;                         // a short heading, translated
    QString explanation;                   // what was recorded, in whole sentences, translated
    std::vector<SignalIncident> incidents; // the incidents behind it, oldest first
};

// The last `weeks` weeks before the as-of time against the same length before that.
struct FrequencyComparison
{
    int weeks = 4;
    QDateTime recentFrom; // UTC; the recent window is [recentFrom, asOf)
    QDateTime asOf;       // UTC
    int recent = 0;
    int previous = 0;
    bool rising = false;
};

// Rising means at least kRisingMinimum incidents recently, at least half as many again as before, and at least
// kRisingMargin more: a handful more in a quiet month is not called a rise.
inline constexpr int kRisingMinimum = 5;
inline constexpr int kRisingMargin = 3;
FrequencyComparison compareFrequency(const std::vector<diary::TimelineEntry>& entries, const QDateTime& asOf,
                                     int weeks = 4);

// `entries` oldest first; only those that happened before `asOf` count. Signals in the order of SignalKind.
std::vector<Signal> findSignals(const std::vector<diary::TimelineEntry>& entries, const QDateTime& asOf);

// The same advice under every list of signals: who to talk to, and 999 in danger. Translated.
QString signalAdvice();

} // namespace daymark::insights
