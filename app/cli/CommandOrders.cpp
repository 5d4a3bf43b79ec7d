// daymark-cli orders DIARY add|list|show|amend: protection orders, their conditions and recorded breaches.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "OrderOptions.h"
#include "References.h"
#include "Subcommands.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "evidence/JournalEntry.h"

#include <QJsonArray>

namespace daymark::cli {
namespace {

QCommandLineOption includeDeletedOption()
{
    return QCommandLineOption(QStringLiteral("include-deleted"), Cli::tr("Deleted orders as well."));
}

std::vector<SubcommandInfo> subcommands()
{
    return {
        {QStringLiteral("add"), Cli::tr("add an order with its conditions; prints the id"), orderFieldOptions(false)},
        {QStringLiteral("list"), Cli::tr("list the orders"), {includeDeletedOption()}},
        {QStringLiteral("show"), Cli::tr("show an order, its conditions and the possible breaches of each"), {}},
        {QStringLiteral("amend"), Cli::tr("change an order (e.g. varied by the court): ID, options and --reason"),
         orderFieldOptions(true)},
    };
}

void setUp(QCommandLineParser& parser, const QString& description, const QString& sub, bool takesId,
           const std::vector<QCommandLineOption>& options)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(sub, Cli::tr("The subcommand."));
    if (takesId)
        parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The order: its id or the first 6+ characters."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    for (const QCommandLineOption& option : options)
        parser.addOption(option);
}

// The order as in docs/cli-json.md, with the possible breaches recorded against it.
QJsonObject toJson(const diary::OrderRecord& record, const std::vector<diary::RecordedBreach>& breaches)
{
    QJsonObject object = diary::json::toJson(record);
    QJsonArray array;
    for (const diary::RecordedBreach& b : breaches)
        array.append(QJsonObject{{QStringLiteral("condition"), b.condition},
                                 {QStringLiteral("incidentNumber"), b.incidentNumber},
                                 {QStringLiteral("incident"), b.incident.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("start"), diary::json::isoWithOffset(b.start)},
                                 {QStringLiteral("summary"), b.summary}});
    object.insert(QStringLiteral("recordedBreaches"), array);
    return object;
}

int show(CliContext& context, const QCommandLineParser& parser, diary::Diary& diary, const QUuid& id)
{
    auto& orders = diary.orders();
    const auto record = recordLookup([&] { return orders.get(id); });
    const auto breaches = orders.breaches(id);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(toJson(record, breaches));
    else
        writeOrder(context.out(), diary, record, breaches);
    return kOk;
}

} // namespace

int runOrders(CliContext& context, const QStringList& arguments)
{
    const auto subs = subcommands();
    const QString sub =
        findSubcommand(context, arguments, Cli::tr("Protection orders, their conditions and recorded breaches."), subs);
    QCommandLineParser parser;
    if (sub == QLatin1String("add")) {
        setUp(parser, Cli::tr("Add a protection order. Prints the new id, or with --json the order as JSON."), sub,
              false, subs[0].options);
        context.parse(parser, arguments, 2);
        diary::ProtectionOrder order;
        applyOrderFields(parser, order);
        const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
        applyOrderLinks(parser, *diary, order);
        const auto record = diary->orders().add(order);
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(toJson(record, {}));
        else
            context.out() << record.order.id.toString(QUuid::WithoutBraces) << '\n';
        return kOk;
    }
    if (sub == QLatin1String("list")) {
        setUp(parser, Cli::tr("List the protection orders, oldest recorded first. Never writes."), sub, false,
              subs[1].options);
        context.parse(parser, arguments, 2);
        const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
        const auto records = diary->orders().list(parser.isSet(QStringLiteral("include-deleted")));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& record : records)
                array.append(toJson(record, diary->orders().breaches(record.order.id)));
            context.printJson(array);
        } else {
            for (const auto& record : records)
                context.out() << orderLine(record) << '\n';
            if (records.empty())
                context.out() << Cli::tr("No protection orders yet.") << '\n';
        }
        return kOk;
    }
    if (sub == QLatin1String("show")) {
        setUp(parser,
              Cli::tr("Show an order with its conditions and, under each, the incidents recorded as "
                      "possible breaches of it. Never writes."),
              sub, true, subs[2].options);
        context.parse(parser, arguments, 3);
        const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
        return show(context, parser, *diary,
                    resolveOrder(*diary, QStringLiteral("ID"), parser.positionalArguments().at(2)));
    }
    setUp(parser, Cli::tr("Amend an order; the earlier version is kept. An empty value clears a field."), sub, true,
          subs[3].options);
    context.parse(parser, arguments, 3);
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("--reason is missing. Say why the order is being amended, e.g. varied by the court."));
    if (!anyOrderFieldGiven(parser))
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("Nothing to amend: give at least one field to change, e.g. --expires DATE."));
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
    const QUuid id = resolveOrder(*diary, QStringLiteral("ID"), parser.positionalArguments().at(2));
    diary::ProtectionOrder order = recordLookup([&] { return diary->orders().get(id); }).order;
    applyOrderFields(parser, order);
    applyOrderLinks(parser, *diary, order);
    diary->orders().amend(order, parser.value(QStringLiteral("reason")));
    return show(context, parser, *diary, id);
}

} // namespace daymark::cli
