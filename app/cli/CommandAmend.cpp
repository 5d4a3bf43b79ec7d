// daymark-cli amend DIARY ID [field options] --reason TEXT: save a new version; the earlier one stays in the history.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "IncidentOptions.h"
#include "References.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"

namespace daymark::cli {

int runAmend(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Amend an incident: only the fields given change, and the earlier version is kept in its history.\n"
        "Clear a text field with an empty value (--details \"\"), a list with one empty value (--tag \"\"), the end "
        "with --clear-end, the coordinates with --clear-coordinates. --person, --witness, --tag and --breach "
        "replace the whole list.\n"
        "Exit codes: 0 amended, 2 bad input or nothing changed (nothing written), 3 wrong password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("reason"),
                                        Cli::tr("Why it is amended (required); kept with the new version."),
                                        QStringLiteral("TEXT")));
    const IncidentOptions fields(IncidentOptions::Mode::Amend);
    fields.addTo(parser);
    context.parse(parser, arguments, 2);

    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("--reason is missing. Say why the entry is being amended; the earlier version is kept "
                            "beside it."));
    if (!fields.anyGiven(parser))
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("Nothing to amend: give at least one field to change, e.g. --summary TEXT or --at TIME."));
    const QString path = parser.positionalArguments().at(0);
    const auto diary = context.openDiary(parser, path, false);
    auto& incidents = diary->incidents();
    const QUuid id = resolveIncident(*diary, parser.positionalArguments().at(1));
    diary::Incident changed = incidents.get(id).incident;
    fields.applyFields(parser, changed);
    fields.applyLinks(parser, *diary, changed);
    const diary::IncidentRecord record = incidents.amend(changed, parser.value(QStringLiteral("reason")));
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(diary::json::toJson(record));
    else
        context.out() << Cli::tr("Incident #%1 amended; this is version %2. The earlier version is kept in its "
                                 "history.")
                             .arg(record.number)
                             .arg(record.version)
                      << '\n';
    return kOk;
}

} // namespace daymark::cli
