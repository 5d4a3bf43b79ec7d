// daymark-cli restore DIARY ID [--reason TEXT]: undo a deletion.
#include "CliContext.h"

#include "BackupCommands.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "References.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"

namespace daymark::cli {

int runRestore(CliContext& context, const QStringList& arguments)
{
    if (isBackupRestore(arguments))
        return runRestoreBackup(context, arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Restore a deleted incident.\n"
                                             "(restore DIARY alone, or with a backup FILE, puts back a backup: "
                                             "'daymark-cli restore DIARY --help'.)\n"
                                             "Exit codes: 0 restored, 2 bad input (nothing written), 3 wrong "
                                             "password."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The incident: its number from 'list --deleted' (12 or #12), id, or id "
                                         "prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why it is restored (optional)."),
                                        QStringLiteral("TEXT")));
    context.parse(parser, arguments, 2);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
    const QUuid id = resolveIncident(*diary, parser.positionalArguments().at(1));
    const auto record = diary->incidents().restore(id, parser.value(QStringLiteral("reason")));
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(diary::json::toJson(record));
    else
        context.out() << Cli::tr("Incident #%1 restored.").arg(record.number) << '\n';
    return kOk;
}

} // namespace daymark::cli
