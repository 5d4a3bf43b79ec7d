// daymark-cli people DIARY add|list|show|amend: the stalker(s), witnesses, officers and support workers.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "PersonOptions.h"
#include "References.h"
#include "Subcommands.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"

#include <QJsonArray>

namespace daymark::cli {
namespace {

QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why the details change (required)."),
                              QStringLiteral("TEXT"));
}

QCommandLineOption includeDeletedOption()
{
    return QCommandLineOption(QStringLiteral("include-deleted"), Cli::tr("Deleted people as well."));
}

std::vector<SubcommandInfo> subcommands()
{
    auto fields = personFieldOptions();
    auto amend = fields;
    amend.push_back(reasonOption());
    return {
        {QStringLiteral("add"), Cli::tr("add a person (--name required); prints the id"), fields},
        {QStringLiteral("list"), Cli::tr("list people, stalkers first"), {includeDeletedOption()}},
        {QStringLiteral("show"), Cli::tr("show one person: ID is a name, id or id prefix"), {}},
        {QStringLiteral("amend"), Cli::tr("change a person's details: ID, field options and --reason"), amend},
    };
}

// A parser for one subcommand: DIARY, the subcommand, `positional` (if any), --password-file, --json and `options`.
void setUp(QCommandLineParser& parser, const QString& description, const QString& sub, const QString& positional,
           const std::vector<QCommandLineOption>& options)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(sub, Cli::tr("The subcommand."));
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, Cli::tr("The person: a name, id or id prefix."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    for (const QCommandLineOption& option : options)
        parser.addOption(option);
}

void printRecord(CliContext& context, const QCommandLineParser& parser, const diary::PersonRecord& record)
{
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(diary::json::toJson(record));
    else
        writePerson(context.out(), record);
}

} // namespace

int runPeople(CliContext& context, const QStringList& arguments)
{
    const auto subs = subcommands();
    const QString sub =
        findSubcommand(context, arguments,
                       Cli::tr("The people in the diary: the stalker(s) first, witnesses, police officers and "
                               "support workers."),
                       subs);
    QCommandLineParser parser;
    if (sub == QLatin1String("add")) {
        setUp(parser, Cli::tr("Add a person. Prints the new id, or with --json the person as a JSON object."), sub, {},
              subs[0].options);
        context.parse(parser, arguments, 2);
        diary::Person person;
        if (parser.value(QStringLiteral("name")).trimmed().isEmpty())
            throw Error(Error::Kind::InvalidInput,
                        Cli::tr("--name is missing. Give a name, or a description such as \"unknown man in the blue "
                                "car\"."));
        applyPersonFields(parser, person);
        const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
        const auto record = diary->people().add(person);
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(diary::json::toJson(record));
        else
            context.out() << record.person.id.toString(QUuid::WithoutBraces) << '\n';
        return kOk;
    }
    if (sub == QLatin1String("list")) {
        setUp(parser, Cli::tr("List the people in the diary, stalkers first, then by name. Never writes."), sub, {},
              subs[1].options);
        context.parse(parser, arguments, 2);
        const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
        const auto records = diary->people().list(parser.isSet(QStringLiteral("include-deleted")));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& record : records)
                array.append(diary::json::toJson(record));
            context.printJson(array);
        } else {
            for (const auto& record : records)
                context.out() << personLine(record) << '\n';
            if (records.empty())
                context.out() << Cli::tr("No people yet. Add one with 'daymark-cli people DIARY add --name NAME'.")
                              << '\n';
        }
        return kOk;
    }
    if (sub == QLatin1String("show")) {
        setUp(parser, Cli::tr("Show one person in full. Never writes."), sub, QStringLiteral("ID"), subs[2].options);
        context.parse(parser, arguments, 3);
        const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
        const QUuid id = resolvePerson(*diary, QStringLiteral("ID"), parser.positionalArguments().at(2));
        const auto record = recordLookup([&] { return diary->people().get(id); });
        printRecord(context, parser, record);
        if (!parser.isSet(QStringLiteral("json"))) {
            diary::IncidentFilter filter;
            filter.person = id;
            context.out() << Cli::tr("Incidents involving or witnessed by them: %1 (see 'list --person').")
                                 .arg(diary->incidents().count(filter))
                          << '\n';
        }
        return kOk;
    }
    setUp(parser,
          Cli::tr("Amend a person's details; the earlier version is kept. A list option (--alias, --phone, ...) "
                  "replaces the whole list; one empty value clears it. An empty text value clears that field."),
          sub, QStringLiteral("ID"), subs[3].options);
    context.parse(parser, arguments, 3);
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("--reason is missing. Say why this person's details are being amended."));
    if (!anyPersonFieldGiven(parser))
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("Nothing to amend: give at least one field to change, e.g. --phone NUMBER."));
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
    const QUuid id = resolvePerson(*diary, QStringLiteral("ID"), parser.positionalArguments().at(2));
    diary::Person person = recordLookup([&] { return diary->people().get(id); }).person;
    applyPersonFields(parser, person);
    printRecord(context, parser, diary->people().amend(person, parser.value(QStringLiteral("reason"))));
    return kOk;
}

} // namespace daymark::cli
