// daymark-cli search DIARY QUERY [filters] [--json]: full-text search, newest first.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "FilterOptions.h"
#include "IncidentList.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"

#include <QRegularExpression>
#include <limits>

namespace daymark::cli {

int runSearch(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Search what happened, notes, places, people's names and tags. Every word must match, as a word "
                "or the start of one (\"thr\" finds \"threatened\"). Newest first; the filters of 'list' apply. "
                "Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), Cli::tr("The words to find."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    FilterOptions::addTo(parser);
    context.parse(parser, arguments, 2);
    const QString query = parser.positionalArguments().at(1);
    if (!query.contains(QRegularExpression(QStringLiteral("[\\p{L}\\p{N}]"))))
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("The search has no words to look for. Give at least one word or the start of one."));
    Selection selection = FilterOptions::parse(parser);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    FilterOptions::resolve(parser, *diary, selection);
    const int limit = selection.limit < 0 ? std::numeric_limits<int>::max() : selection.limit;
    const auto records = diary->incidents().search(query, selection.filter, limit, selection.offset);
    writeIncidentList(context, *diary, records, parser.isSet(QStringLiteral("json")), {});
    return kOk;
}

} // namespace daymark::cli
