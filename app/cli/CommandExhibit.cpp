// daymark-cli exhibit DIARY EXHIBIT [--json]: one exhibit in full, with what was read from the file and its history.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "References.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

namespace daymark::cli {

int runExhibit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show one exhibit: its number, original name, size, media type, SHA-256, how it was obtained, what "
                "was read from the file (capture time, camera, position, duration), the incidents it belongs to and "
                "its history. Deleted exhibits too. Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("EXHIBIT"),
                                 Cli::tr("The exhibit: its number (JS/3 or 3), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    context.parse(parser, arguments, 2);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    const QUuid id = resolveExhibit(*diary, parser.positionalArguments().at(1));
    const auto record = recordLookup([&] { return diary->exhibits().get(id); });
    const ExhibitPrinter printer(*diary);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(printer.jsonWithHistory(record));
    else
        printer.writeDetails(context.out(), record);
    return kOk;
}

} // namespace daymark::cli
