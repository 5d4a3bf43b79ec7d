// daymark-cli initials DIARY [NEW]: show or change the initials in new exhibit numbers (JS/1, JS/2, ...).
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "Initials.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

namespace daymark::cli {

int runInitials(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show the initials used in exhibit numbers (JS in JS/1), or change them. A change applies to new "
                "exhibits only: existing exhibits keep their numbers for life, and running numbers carry on."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("NEW"), Cli::tr("New initials: 1 to 4 letters."),
                                 QStringLiteral("[NEW]"));
    parser.addOption(CliContext::passwordFileOption());
    context.parse(parser, arguments, 1, 2);
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() == 1) {
        const auto diary = context.openDiary(parser, positionals.at(0), true);
        context.out() << diary->exhibits().initials() << '\n';
        return kOk;
    }
    const QString initials = checkedInitials(QStringLiteral("NEW"), positionals.at(1));
    const auto diary = context.openDiary(parser, positionals.at(0), false);
    if (diary->exhibits().initials() == initials) {
        context.out() << Cli::tr("Exhibit numbers already use the initials %1; nothing changed.").arg(initials) << '\n';
        return kOk;
    }
    diary->exhibits().setInitials(initials);
    context.out() << Cli::tr("New exhibits will be numbered %1/N. Existing exhibits keep their numbers.").arg(initials)
                  << '\n';
    return kOk;
}

} // namespace daymark::cli
