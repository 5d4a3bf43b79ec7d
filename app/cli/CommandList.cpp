// daymark-cli list DIARY [filters] [--limit N] [--json]: incidents, newest first.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "FilterOptions.h"
#include "IncidentList.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"

namespace daymark::cli {

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List incidents, newest first (by when they happened). Filters combine: an incident must match "
                "all of them. With --json, a JSON array. Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    FilterOptions::addTo(parser);
    context.parse(parser, arguments, 1);
    Selection selection = FilterOptions::parse(parser);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    FilterOptions::resolve(parser, *diary, selection);
    const auto records = diary->incidents().list(selection.filter, selection.limit, selection.offset);
    writeIncidentList(context, *diary, records, parser.isSet(QStringLiteral("json")),
                      [&] { return diary->incidents().count(selection.filter); });
    return kOk;
}

} // namespace daymark::cli
