// daymark-cli import DIARY --format whatsapp|sms-backup|calls|eml|mbox|csv|telegram|instagram|signal FILE
// [--from NAME-OR-NUMBER] [--group day] [--date-order dmy|mdy|ymd] [--time-zone ZONE] [--no-media] [--dry-run]
// [--json]: one transaction, all or nothing.
#include "ImportCommand.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "ImportReport.h"
#include "InterruptCancel.h"
#include "TerminalProgress.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/PersonRepository.h"
#include "importers/ImportCommitter.h"
#include "importers/WhatsAppParser.h"

#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace daymark::cli {
namespace {

QCommandLineOption option(const char* name, const QString& description, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), description);
}

importers::ImportFormat formatOf(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("format")))
        throw UsageError{Cli::tr("Say what kind of export FILE is with --format (%1).")
                             .arg(importers::formatCodes().join(QStringLiteral(", ")))};
    const QString code = parser.value(QStringLiteral("format")).trimmed().toLower();
    const auto format = importers::formatFromCode(code);
    if (!format)
        throw UsageError{Cli::tr("--format: '%1' is not a format Daymark knows. Use one of: %2.")
                             .arg(code, importers::formatCodes().join(QStringLiteral(", ")))};
    return *format;
}

// The person --from names, when it is the name or id of someone in the diary.
QUuid personNamed(diary::Diary& diary, const QString& text)
{
    try {
        return diary.people().resolve(text);
    } catch (const Error&) {
        return {};
    }
}

// csv: the columns from --column FIELD=NAME (repeatable) and --columns FIELD,FIELD,... (by position), or the guess
// from the header, which is said on stderr so the person can correct it. A mapping that cannot work is refused
// naming the --column to give.
importers::CsvColumnMapping csvMapping(const QCommandLineParser& parser, const QString& file, QTextStream& err)
{
    const QStringList header = importers::csvHeader(file);
    const QStringList codes = importers::CsvColumnMapping::fieldCodes();
    const QString fields = codes.join(QStringLiteral(", "));
    importers::CsvColumnMapping mapping;
    const bool given = parser.isSet(QStringLiteral("column")) || parser.isSet(QStringLiteral("columns"));
    if (parser.isSet(QStringLiteral("columns"))) {
        const QStringList byPosition = parser.value(QStringLiteral("columns")).split(u',');
        if (byPosition.size() > header.size())
            throw UsageError{
                Cli::tr("--columns names %1 columns, but the file has %2.").arg(byPosition.size()).arg(header.size())};
        for (qsizetype k = 0; k < byPosition.size(); ++k) {
            const QString code = byPosition[k].trimmed().toLower();
            if (code.isEmpty() || code == QLatin1String("-"))
                continue; // a column to leave out
            if (!codes.contains(code))
                throw UsageError{
                    Cli::tr("--columns: '%1' is not a field; use %2 (or leave a place empty).").arg(code, fields)};
            mapping.setColumn(code, header[k]);
        }
    }
    for (const QString& pair : parser.values(QStringLiteral("column"))) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString code = pair.left(eq).trimmed().toLower();
        if (eq < 0 || !codes.contains(code))
            throw UsageError{Cli::tr("--column: '%1' should be FIELD=COLUMN, with FIELD one of %2 (such as --column "
                                     "number=\"Phone number\").")
                                 .arg(pair, fields)};
        mapping.setColumn(code, pair.mid(eq + 1).trimmed());
    }
    if (!given) {
        mapping = importers::guessCsvMapping(header);
        QStringList guessed;
        for (const QString& code : codes)
            if (!mapping.column(code).isEmpty())
                guessed << code + u'=' + mapping.column(code);
        err << Cli::tr("Columns guessed from the header of %1: %2 (give --column FIELD=COLUMN to choose others).")
                   .arg(QFileInfo(file).fileName(), guessed.isEmpty() ? Cli::tr("none") : guessed.join(u", "))
            << '\n';
        err.flush();
    }
    if (parser.isSet(QStringLiteral("date-format")))
        mapping.dateFormat = parser.value(QStringLiteral("date-format")).trimmed();
    const QString problem = importers::csvMappingProblem(mapping, header);
    if (problem.isEmpty())
        return mapping;
    const QStringList missing = importers::missingCsvFields(mapping);
    if (!missing.isEmpty())
        throw UsageError{Cli::tr("%1 %2 Give it with --column %3=COLUMN.")
                             .arg(QFileInfo(file).fileName(), problem, missing.front())};
    throw UsageError{Cli::tr("%1 %2").arg(QFileInfo(file).fileName(), problem)};
}

} // namespace

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr(
            "Bring messages and calls from a phone or app export into the diary: each message or call becomes an "
            "incident (or one per day with --group day) with its exact text and time, and the export file itself is "
            "kept as an exhibit that every one of them links to, tagged with the line or element it came from. Media "
            "in a WhatsApp zip or an MMS are attached to their messages. Importing the same or an overlapping export "
            "again adds only what is new. Everything is saved in one go: on any problem, or Ctrl-C, nothing is kept.\n"
            "Formats: whatsapp (the .txt or .zip of WhatsApp's Export chat), sms-backup and calls (the XML files of "
            "SMS Backup & Restore), telegram (result.json of Telegram Desktop's JSON export of a chat or of all "
            "data), instagram (a conversation's message_1.json from Instagram's Download your information, JSON), "
            "signal (a Signal chat exported as text, \"[2019-12-24, 12:23] Name: text\").\n"
            "Exit codes: 0 imported (or nothing new), 1 cancelled, 2 bad input (an export Daymark cannot read, with "
            "the line or element named; dates that could be day/month or month/day without --date-order), 3 wrong "
            "password, 5 missing or unreadable file.") +
        u'\n' +
        Cli::tr("E-mail and call logs: eml (one .eml file, or a folder of them), mbox (a mailbox file, or a folder of "
                "them such as Thunderbird's profile folder): each e-mail becomes an incident with its text, its "
                "headers as received and its attachments as exhibits. csv (a call log from any tool): say which "
                "column holds what with --column or --columns, or take the guess printed from the header."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The export file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(
        option("format", Cli::tr("What FILE is: %1.").arg(importers::formatCodes().join(u", ")), "FORMAT"));
    parser.addOption(option("from",
                            Cli::tr("Keep only the messages and calls of this participant: a name as the export "
                                    "shows it, a phone number in any spelling (07700 900123 matches +44 7700 "
                                    "900123), or a person in the diary (matched by their names and numbers)."),
                            "NAME-OR-NUMBER"));
    parser.addOption(option("group", Cli::tr("'day': one incident per day instead of one per message."), "day"));
    parser.addOption(option("date-order",
                            Cli::tr("WhatsApp: how the phone writes dates, when the file cannot tell: dmy (day "
                                    "first), mdy (month first) or ymd."),
                            "ORDER"));
    parser.addOption(
        option("time-zone",
               Cli::tr("Where the phone's clock was, for WhatsApp's and Signal's times and for days (an IANA name "
                       "such as Europe/London; default: this computer's)."),
               "ZONE"));
    parser.addOption(option("column",
                            Cli::tr("csv: the column for a field, by its header name: date, time (when apart from "
                                    "the date), number, name, direction, duration (repeat for each field)."),
                            "FIELD=COLUMN"));
    parser.addOption(option("columns",
                            Cli::tr("csv: the fields of the columns in order, such as date,number,,direction,duration "
                                    "(an empty place leaves a column out)."),
                            "FIELDS"));
    parser.addOption(option("date-format",
                            Cli::tr("csv: how dates are written: auto (default), dmy, mdy, ymd, unix, unix-ms, or a "
                                    "pattern such as \"dd.MM.yyyy HH:mm\"."),
                            "FORMAT"));
    parser.addOption(option("no-media", Cli::tr("Do not attach the photos and files the export holds.")));
    parser.addOption(option("dry-run", Cli::tr("Read the export and say what would be added; change nothing.")));
    context.parse(parser, arguments, 2);

    const importers::ImportFormat format = formatOf(parser);
    importers::CommitOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.attachMedia = !parser.isSet(QStringLiteral("no-media"));
    options.from = parser.value(QStringLiteral("from")).trimmed();
    if (parser.isSet(QStringLiteral("group"))) {
        if (parser.value(QStringLiteral("group")) != QLatin1String("day"))
            throw UsageError{Cli::tr("--group: only 'day' is available.")};
        options.groupByDay = true;
    }
    options.dateOrder = parser.value(QStringLiteral("date-order")).trimmed().toLower();
    if (!options.dateOrder.isEmpty() && !importers::WhatsAppParser::isDateOrder(options.dateOrder))
        throw UsageError{Cli::tr("--date-order: use dmy (day first), mdy (month first) or ymd.")};
    if (parser.isSet(QStringLiteral("time-zone"))) {
        options.zone = QTimeZone(parser.value(QStringLiteral("time-zone")).trimmed().toUtf8());
        if (!options.zone.isValid())
            throw UsageError{Cli::tr("--time-zone: '%1' is not a time zone this computer knows (try "
                                     "Europe/London).")
                                 .arg(parser.value(QStringLiteral("time-zone")))};
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString file = parser.positionalArguments().at(1);

    // The export is checked before the password is asked for: a wrong file costs no key derivation.
    std::unique_ptr<importers::ImportSource> source;
    try {
        source = std::make_unique<importers::ImportSource>(format, file);
        if (format == importers::ImportFormat::Csv)
            source->setCsvMapping(csvMapping(parser, file, context.err()));
    } catch (const Error& e) {
        throw Error(e.kind(), Cli::tr("The export %1 was not imported. %2").arg(file, e.message()), e.detail());
    }
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), options.dryRun);
    if (!options.from.isEmpty())
        options.fromPerson = personNamed(*diary, options.from);

    InterruptCancel interrupt;
    options.cancel = interrupt.flag();
    TerminalProgress progress(context.err(), Cli::tr("Importing %1: %2% (%3 of %4)"), QFileInfo(file).fileName());
    options.progress = progress.callback();
    importers::CommitResult result;
    try {
        result = importers::ImportCommitter::run(*diary, *source, options);
    } catch (const Error& e) {
        progress.finish();
        if (e.detail() == QLatin1String(importers::ImportCommitter::kDateOrderAmbiguous))
            throw Error(e.kind(),
                        Cli::tr("The export %1 was not imported. %2 Use --date-order dmy or --date-order mdy.")
                            .arg(file, e.message()));
        throw Error(e.kind(), Cli::tr("The export %1 was not imported. %2").arg(file, e.message()), e.detail());
    }
    progress.finish();
    if (json)
        context.printJson(importJson(file, format, result, options.dryRun));
    else
        printImport(context.out(), file, format, result, options.dryRun);
    if (result.summary.dateOrderAmbiguous) { // only a dry run gets here
        context.out().flush();
        context.err() << "daymark-cli: "
                      << Cli::tr("The dates in %1 read both as day/month and as month/day (such as \"%2\"). Say "
                                 "which the phone uses with --date-order dmy or --date-order mdy.")
                             .arg(file, result.summary.ambiguousSample)
                      << '\n';
        return kUsage;
    }
    return kOk;
}

} // namespace daymark::cli
