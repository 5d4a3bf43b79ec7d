// Export options: the date and type filters read like list's (--from, --to, --zone, --type), people and orders
// repeatable, and the choices of what leaves the diary.
#include "ExportOptions.h"

#include "CliText.h"
#include "OptionHelpers.h"
#include "References.h"
#include "TimeInput.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/IncidentRepository.h"

namespace daymark::cli {
namespace {

QStringList values(const QCommandLineParser& parser, const char* name)
{
    QStringList result;
    for (const QString& value : parser.values(QLatin1String(name)))
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                result.append(part.trimmed());
    return result;
}

} // namespace

QString ExportOptions::redactableFieldsHelp()
{
    QStringList codes;
    for (report::RedactableField field : report::allRedactableFields())
        codes.append(report::redactableFieldCode(field));
    return codes.join(QStringLiteral(", "));
}

void ExportOptions::addTo(QCommandLineParser& parser, bool bundle)
{
    parser.addOption(valued("from",
                            Cli::tr("Only incidents starting at or after this date (2026-03-01) or time "
                                    "(2026-03-01T21:15)."),
                            "DATE"));
    parser.addOption(valued("to",
                            Cli::tr("Only incidents starting before this time, or on or before this date "
                                    "(the whole day is included)."),
                            "DATE"));
    parser.addOption(valued("zone", Cli::tr("The time zone of --from and --to (default: the system's)."), "IANA"));
    parser.addOption(valued("type", Cli::tr("Only this type (repeatable, or comma-separated: call,text)."), "CODE"));
    parser.addOption(valued(
        "person", Cli::tr("Only incidents involving or witnessed by this person (name or id; repeatable)."), "ID"));
    parser.addOption(
        valued("order", Cli::tr("Only incidents marked as possible breaches of this order (repeatable)."), "ID"));
    parser.addOption(valued("incident",
                            Cli::tr("Exactly these incidents, by number or id (repeatable); the filters above are "
                                    "then ignored."),
                            "ID"));
    parser.addOption(flag("include-notes", Cli::tr("Include private notes (left out unless this is given).")));
    parser.addOption(valued(
        "redact", Cli::tr("Show this kind of detail as [redacted] (repeatable): %1.").arg(redactableFieldsHelp()),
        "FIELD"));
    parser.addOption(valued("redact-text",
                            Cli::tr("Hide these exact words wherever they appear in the text, ignoring case "
                                    "(repeatable), e.g. your own address."),
                            "TEXT"));
    if (bundle)
        parser.addOption(flag("no-exhibits", Cli::tr("Leave the original exhibit files out of the bundle.")));
    parser.addOption(flag("no-history", Cli::tr("Leave out earlier versions of amended incidents.")));
    parser.addOption(flag("screening", Cli::tr("End the PDF with an annex of your latest risk screening answers "
                                               "(left out unless this is given).")));
    parser.addOption(valued("owner", Cli::tr("Whose diary, for the cover page (optional)."), "NAME"));
    parser.addOption(valued("header", Cli::tr("Text at the top of every page, e.g. RESTRICTED."), "TEXT"));
    parser.addOption(valued("paper", Cli::tr("Paper size: a4 (default) or letter."), "SIZE"));
}

report::ExportSelection ExportOptions::parse(const QCommandLineParser& parser)
{
    report::ExportSelection s;
    const QTimeZone zone = parseZone(QStringLiteral("--zone"), parser.value(QStringLiteral("zone")));
    if (parser.isSet(QStringLiteral("from")))
        s.filter.from = parseBound(QStringLiteral("--from"), parser.value(QStringLiteral("from")), zone, false);
    if (parser.isSet(QStringLiteral("to")))
        s.filter.to = parseBound(QStringLiteral("--to"), parser.value(QStringLiteral("to")), zone, true);
    if (s.filter.from.isValid() && s.filter.to.isValid() && s.filter.to <= s.filter.from)
        invalid(Cli::tr("--to is not after --from, so nothing could match. Give a --to later than --from."));
    for (const QString& code : values(parser, "type")) {
        const auto type = diary::typeFromCode(code.toLower());
        if (!type)
            invalid(Cli::tr("--type: '%1' is not an incident type. Use one of: %2.")
                        .arg(code, diary::allTypeCodes().join(QStringLiteral(", "))));
        if (!s.filter.types.contains(*type))
            s.filter.types << *type;
    }
    for (const QString& code : values(parser, "redact")) {
        const auto field = report::redactableFieldFromCode(code.toLower());
        if (!field)
            invalid(Cli::tr("--redact: '%1' is not a detail that can be redacted. Use one of: %2.")
                        .arg(code, redactableFieldsHelp()));
        s.redactedFields.insert(*field);
    }
    for (const QString& text : parser.values(QStringLiteral("redact-text"))) {
        if (text.trimmed().isEmpty())
            invalid(Cli::tr("--redact-text: give the words to hide; empty text hides nothing."));
        s.redactedPhrases.append(text.trimmed());
    }
    s.includePrivateNotes = parser.isSet(QStringLiteral("include-notes"));
    // optionNames(): what was given, without asking about an option export-pdf does not define.
    s.includeExhibitFiles = !parser.optionNames().contains(QStringLiteral("no-exhibits"));
    s.includeHistory = !parser.isSet(QStringLiteral("no-history"));
    s.includeScreening = parser.isSet(QStringLiteral("screening"));
    s.ownerName = parser.value(QStringLiteral("owner")).trimmed();
    s.header = parser.value(QStringLiteral("header")).trimmed();
    const QString paper = parser.value(QStringLiteral("paper")).trimmed().toLower();
    if (paper == QLatin1String("letter"))
        s.paper = report::PaperSize::Letter;
    else if (!paper.isEmpty() && paper != QLatin1String("a4"))
        invalid(Cli::tr("--paper: '%1' is not a paper size. Use a4 or letter.").arg(paper));
    return s;
}

void ExportOptions::resolve(const QCommandLineParser& parser, diary::Diary& diary, report::ExportSelection& s)
{
    for (const QString& person : parser.values(QStringLiteral("person")))
        s.people.append(resolvePerson(diary, QStringLiteral("--person"), person));
    for (const QString& order : parser.values(QStringLiteral("order")))
        s.orders.append(resolveOrder(diary, QStringLiteral("--order"), order));
    for (const QString& incident : values(parser, "incident")) {
        const QUuid id = recordLookup([&] { return resolveIncident(diary, incident); });
        const diary::IncidentRecord record = diary.incidents().get(id);
        if (record.deleted)
            invalid(
                Cli::tr("--incident: incident #%1 is deleted. Restore it first, or leave it out.").arg(record.number));
        if (!s.incidents.contains(id))
            s.incidents.append(id);
    }
}

} // namespace daymark::cli
