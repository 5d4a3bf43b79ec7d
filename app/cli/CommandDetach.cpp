// daymark-cli detach DIARY EXHIBIT INCIDENT --reason TEXT: an exhibit no longer belongs to an incident. The exhibit,
// its bytes and its number stay; the journal records why.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "References.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

namespace daymark::cli {

int runDetach(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Detach an exhibit from an incident, with a reason. The exhibit keeps its number and contents and "
                "may belong to other incidents; 'exhibit-delete' removes it once it belongs to none.\n"
                "Exit codes: 0 detached, 2 bad input (nothing written), 3 wrong password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("EXHIBIT"),
                                 Cli::tr("The exhibit: its number (JS/3 or 3), id, or id prefix."));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why it is detached (required)."),
                                        QStringLiteral("TEXT")));
    context.parse(parser, arguments, 3);
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("--reason is missing. Say why the exhibit no longer belongs to this incident."));
    const QStringList positionals = parser.positionalArguments();
    const auto diary = context.openDiary(parser, positionals.at(0), false);
    const QUuid exhibit = resolveExhibit(*diary, positionals.at(1));
    const QUuid incident = resolveIncident(*diary, positionals.at(2));
    const ExhibitPrinter printer(*diary);
    const auto record = diary->exhibits().unlink(exhibit, incident, reason);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(printer.json(record));
        return kOk;
    }
    const QString label = record.exhibit.label;
    context.out() << Cli::tr("Exhibit %1 detached from incident %2.").arg(label, printer.incidentNumber(incident))
                  << '\n'
                  << (record.exhibit.incidents.isEmpty()
                          ? Cli::tr("It belongs to no incident now. It stays in the diary until it is deleted with "
                                    "'daymark-cli exhibit-delete DIARY %1 --reason TEXT'.")
                                .arg(label)
                          : Cli::tr("It still belongs to %1.").arg(printer.incidentNumbers(record.exhibit.incidents)))
                  << '\n';
    return kOk;
}

} // namespace daymark::cli
