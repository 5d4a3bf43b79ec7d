// daymark-cli show DIARY ID [--json]: one incident in full.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "IncidentPrinter.h"
#include "References.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"

namespace daymark::cli {

int runShow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show one incident in full (deleted ones too). Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    context.parse(parser, arguments, 2);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    const QUuid id = resolveIncident(*diary, parser.positionalArguments().at(1));
    const auto record = recordLookup([&] { return diary->incidents().get(id); });
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(diary::json::toJson(record));
    else
        IncidentPrinter(*diary).writeDetails(context.out(), record);
    return kOk;
}

} // namespace daymark::cli
