// daymark-cli delete DIARY ID --reason TEXT: mark an incident deleted. It stays in the history and can be restored.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "References.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"

namespace daymark::cli {

int runDelete(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Delete an incident, with a reason. Nothing is erased: it stays in the history and 'restore' brings "
                "it back.\nExit codes: 0 deleted, 2 bad input (nothing written), 3 wrong password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(
        QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why it is deleted (required)."), QStringLiteral("TEXT")));
    context.parse(parser, arguments, 2);
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("--reason is missing. Say why the entry is being deleted; it can be restored later."));
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
    const QUuid id = resolveIncident(*diary, parser.positionalArguments().at(1));
    const auto record = diary->incidents().remove(id, parser.value(QStringLiteral("reason")));
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(diary::json::toJson(record));
    else
        context.out()
            << Cli::tr("Incident #%1 deleted. It stays in the history; 'restore' brings it back.").arg(record.number)
            << '\n';
    return kOk;
}

} // namespace daymark::cli
