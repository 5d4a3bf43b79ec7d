// daymark-cli add DIARY --type CODE --at TIME --summary TEXT ...: record a new incident; prints its id.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "IncidentOptions.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"

namespace daymark::cli {

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Record a new incident. Prints its id, or with --json the incident as a JSON object.\n"
                "Exit codes: 0 recorded, 2 bad input (nothing written), 3 wrong password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    const IncidentOptions fields(IncidentOptions::Mode::Add);
    fields.addTo(parser);
    context.parse(parser, arguments, 1);

    diary::Incident incident;
    fields.applyFields(parser, incident); // before asking for the password: a typo costs nothing
    const QString path = parser.positionalArguments().at(0);
    const auto diary = context.openDiary(parser, path, false);
    fields.applyLinks(parser, *diary, incident);
    const diary::IncidentRecord record = diary->incidents().add(incident);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(diary::json::toJson(record));
    else
        context.out() << record.incident.id.toString(QUuid::WithoutBraces) << '\n';
    return kOk;
}

} // namespace daymark::cli
