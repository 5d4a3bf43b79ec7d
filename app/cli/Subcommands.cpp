// Subcommand discovery for people and orders.
#include "Subcommands.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"

#include <QCommandLineParser>
#include <QSet>
#include <cstdlib>

namespace daymark::cli {

QString findSubcommand(CliContext& context, const QStringList& arguments, const QString& description,
                       const std::vector<SubcommandInfo>& subcommands)
{
    QString text = description + u'\n';
    QStringList names;
    for (const SubcommandInfo& sub : subcommands) {
        text += QStringLiteral("\n  %1  %2").arg(sub.name, -8).arg(sub.summary);
        names << sub.name;
    }
    text += u'\n' + Cli::tr("'daymark-cli %1 DIARY SUBCOMMAND --help' describes a subcommand.").arg(arguments.value(0));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(text);
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("SUBCOMMAND"), names.join(u'|'));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show help for this command."));
    parser.addOption(help);
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    QSet<QString> known{QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("password-file"),
                        QStringLiteral("json")};
    for (const SubcommandInfo& sub : subcommands)
        for (const QCommandLineOption& option : sub.options)
            if (!known.contains(option.names().constFirst())) {
                known.insert(option.names().constFirst());
                parser.addOption(option);
            }
    if (!parser.parse(arguments))
        throw UsageError{parser.errorText()};
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() < 2) {
        if (parser.isSet(help)) {
            context.out() << CliContext::helpText(parser, arguments.value(0));
            context.out().flush();
            std::exit(kOk);
        }
        throw UsageError{Cli::tr("Say what to do after the diary: %1.").arg(names.join(QStringLiteral(", ")))};
    }
    if (!names.contains(positionals.at(1)))
        throw UsageError{Cli::tr("'%1' is not something '%2' can do. Use one of: %3.")
                             .arg(positionals.at(1), arguments.value(0), names.join(QStringLiteral(", ")))};
    return positionals.at(1);
}

} // namespace daymark::cli
