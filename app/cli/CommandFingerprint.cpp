// daymark-cli fingerprint DIARY: the short code derived from the journal head, to write down or send to someone.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "diary/Diary.h"
#include "evidence/Journal.h"

#include <QJsonObject>

namespace daymark::cli {

int runFingerprint(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Print the diary's fingerprint: a short code that changes with every change to the diary. Send it "
                "to someone you trust from time to time; it shows the diary existed in that state then. "
                "Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    context.parse(parser, arguments, 1);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    const QString fingerprint = diary->fingerprint();
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                                      {QStringLiteral("journalRecords"), diary->journal().headSeq()}});
    else
        context.out() << fingerprint << '\n';
    return kOk;
}

} // namespace daymark::cli
