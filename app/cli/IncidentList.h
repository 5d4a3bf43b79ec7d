// Printing a list of incidents (from list or search): a JSON array, or one line each and a count.
#pragma once

#include "diary/Incident.h"

#include <functional>
#include <vector>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

class CliContext;

// `total`, when given, counts every match, so a limited text listing can say how many there are in all.
void writeIncidentList(CliContext& context, diary::Diary& diary, const std::vector<diary::IncidentRecord>& records,
                       bool json, const std::function<qint64()>& total);

} // namespace daymark::cli
