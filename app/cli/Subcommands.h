// Commands with subcommands after the diary (`people DIARY add ...`, `orders DIARY show ID`): finding which one was
// asked for before building its own parser.
#pragma once

#include <QCommandLineOption>
#include <QStringList>
#include <vector>

namespace daymark::cli {

class CliContext;

struct SubcommandInfo
{
    QString name;
    QString summary;                         // one line for the command's help
    std::vector<QCommandLineOption> options; // what it accepts, so option values are not taken for the subcommand
};

// Returns the subcommand named after DIARY. Prints the command's help and exits for --help without one; throws
// UsageError for a missing or unknown subcommand.
QString findSubcommand(CliContext& context, const QStringList& arguments, const QString& description,
                       const std::vector<SubcommandInfo>& subcommands);

} // namespace daymark::cli
