// daymark-cli exhibit-delete DIARY EXHIBIT --reason TEXT: remove an exhibit that belongs to no incident. Its contents
// go; its number (never reused) and its journal records stay.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "References.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

namespace daymark::cli {

int runExhibitDelete(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Delete an exhibit, with a reason, once it belongs to no incident ('detach' first). Its contents are "
                "removed from the diary and cannot be brought back; its number is never used again, and the history "
                "keeps when it was added, its SHA-256 and why it was deleted.\n"
                "Exit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("EXHIBIT"),
                                 Cli::tr("The exhibit: its number (JS/3 or 3), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why it is deleted (required)."), QStringLiteral("TEXT")));
    context.parse(parser, arguments, 2);
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("--reason is missing. Say why the exhibit is being deleted; its contents cannot be "
                            "brought back."));
    const QStringList positionals = parser.positionalArguments();
    const auto diary = context.openDiary(parser, positionals.at(0), false);
    const QUuid id = resolveExhibit(*diary, positionals.at(1));
    const ExhibitPrinter printer(*diary);
    const auto before = diary->exhibits().get(id);
    if (!before.deleted && !before.exhibit.incidents.isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("Exhibit %1 still belongs to %2. Detach it from each first with 'daymark-cli detach DIARY "
                            "%1 INCIDENT --reason TEXT'.")
                        .arg(before.exhibit.label, printer.incidentNumbers(before.exhibit.incidents)));
    const auto record = diary->exhibits().remove(id, reason);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(printer.json(record));
    else
        context.out() << Cli::tr("Exhibit %1 deleted. Its contents are gone from the diary; its number will not be "
                                 "used again and its history is kept.")
                             .arg(record.exhibit.label)
                      << '\n';
    return kOk;
}

} // namespace daymark::cli
