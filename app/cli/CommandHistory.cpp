// daymark-cli history DIARY ID [--json]: every version of an incident, with when and why it changed.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "IncidentPrinter.h"
#include "References.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "evidence/JournalEntry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace daymark::cli {
namespace {

// The history entry of docs/cli-json.md.
QJsonObject toJson(const diary::IncidentVersion& v)
{
    return QJsonObject{
        {QStringLiteral("version"), v.version},
        {QStringLiteral("journalRecord"), v.seq},
        {QStringLiteral("action"), v.action},
        {QStringLiteral("at"), evidence::JournalEntry::timeText(v.at)},
        {QStringLiteral("reason"), v.reason.isEmpty() ? QJsonValue() : QJsonValue(v.reason)},
        {QStringLiteral("incident"), diary::json::toJson(v.incident)},
    };
}

} // namespace

int runHistory(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show every version of an incident: when it was recorded, each amendment with its reason and what "
                "changed, deletions and restorations. Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    context.parse(parser, arguments, 2);
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    const QUuid id = resolveIncident(*diary, parser.positionalArguments().at(1));
    const auto versions = recordLookup([&] { return diary->incidents().history(id); });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& v : versions)
            array.append(toJson(v));
        context.printJson(array);
    } else {
        IncidentPrinter(*diary).writeHistory(context.out(), versions);
    }
    return kOk;
}

} // namespace daymark::cli
