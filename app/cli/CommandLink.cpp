// daymark-cli link DIARY EXHIBIT INCIDENT: an existing exhibit also belongs to another incident.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "References.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

namespace daymark::cli {

int runLink(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Link an exhibit that is already in the diary to another incident as well (the same photo can show "
                "two incidents). The exhibit keeps its number.\n"
                "Exit codes: 0 linked, 2 bad input (nothing written), 3 wrong password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("EXHIBIT"),
                                 Cli::tr("The exhibit: its number (JS/3 or 3), id, or id prefix."));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    context.parse(parser, arguments, 3);
    const QStringList positionals = parser.positionalArguments();
    const auto diary = context.openDiary(parser, positionals.at(0), false);
    const QUuid exhibit = resolveExhibit(*diary, positionals.at(1));
    const QUuid incident = resolveIncident(*diary, positionals.at(2));
    const ExhibitPrinter printer(*diary);
    const auto record = diary->exhibits().link(exhibit, incident);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(printer.json(record));
    else
        context.out() << Cli::tr("Exhibit %1 now belongs to %2.")
                             .arg(record.exhibit.label, printer.incidentNumbers(record.exhibit.incidents))
                      << '\n';
    return kOk;
}

} // namespace daymark::cli
