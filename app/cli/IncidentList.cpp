// Incident lists for list and search.
#include "IncidentList.h"

#include "CliContext.h"
#include "CliText.h"
#include "IncidentPrinter.h"
#include "diary/DiaryJson.h"

#include <QJsonArray>

namespace daymark::cli {

void writeIncidentList(CliContext& context, diary::Diary& diary, const std::vector<diary::IncidentRecord>& records,
                       bool json, const std::function<qint64()>& total)
{
    if (json) {
        QJsonArray array;
        for (const auto& record : records)
            array.append(diary::json::toJson(record));
        context.printJson(array);
        return;
    }
    const IncidentPrinter printer(diary);
    for (const auto& record : records)
        context.out() << printer.line(record) << '\n';
    const int shown = static_cast<int>(records.size());
    const qint64 all = total ? total() : shown;
    if (shown == 0)
        context.out() << Cli::tr("No incidents match.") << '\n';
    else if (all > shown)
        context.out() << Cli::tr("Incidents: %1 shown of %2.").arg(shown).arg(all) << '\n';
    else
        context.out() << Cli::tr("Incidents: %1.").arg(shown) << '\n';
}

} // namespace daymark::cli
