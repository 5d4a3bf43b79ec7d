// Filter options for list and search.
#include "FilterOptions.h"

#include "CliText.h"
#include "OptionHelpers.h"
#include "References.h"
#include "TimeInput.h"
#include "common/Error.h"

namespace daymark::cli {
namespace {

bool given(const QCommandLineParser& parser, const char* name)
{
    return parser.isSet(QLatin1String(name));
}

void exclusive(const QCommandLineParser& parser, const char* a, const char* b)
{
    if (given(parser, a) && given(parser, b))
        invalid(
            Cli::tr("--%1 and --%2 contradict each other. Give one of them.").arg(QLatin1String(a), QLatin1String(b)));
}

int count(const QCommandLineParser& parser, const char* name)
{
    const QString text = parser.value(QLatin1String(name));
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        invalid(Cli::tr("--%1: '%2' is not a whole number of 0 or more.").arg(QLatin1String(name), text));
    return value;
}

} // namespace

void FilterOptions::addTo(QCommandLineParser& parser)
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
    parser.addOption(
        valued("person", Cli::tr("Only incidents involving or witnessed by this person (name or id)."), "ID"));
    parser.addOption(valued("order", Cli::tr("Only incidents marked as possible breaches of this order."), "ID"));
    parser.addOption(flag("breach", Cli::tr("Only possible breaches of an order.")));
    parser.addOption(flag("no-breach", Cli::tr("Only incidents not marked as a breach.")));
    parser.addOption(flag("reported", Cli::tr("Only incidents reported to the police.")));
    parser.addOption(flag("not-reported", Cli::tr("Only incidents not reported to the police.")));
    parser.addOption(flag("deleted", Cli::tr("Only deleted incidents.")));
    parser.addOption(flag("include-deleted", Cli::tr("Deleted incidents as well.")));
    parser.addOption(valued("limit", Cli::tr("At most N incidents (default: all)."), "N"));
    parser.addOption(valued("offset", Cli::tr("Skip the first N (with --limit, for pages)."), "N"));
}

Selection FilterOptions::parse(const QCommandLineParser& parser)
{
    exclusive(parser, "breach", "no-breach");
    exclusive(parser, "reported", "not-reported");
    exclusive(parser, "deleted", "include-deleted");
    Selection s;
    const QTimeZone zone = parseZone(QStringLiteral("--zone"), parser.value(QStringLiteral("zone")));
    if (given(parser, "from"))
        s.filter.from = parseBound(QStringLiteral("--from"), parser.value(QStringLiteral("from")), zone, false);
    if (given(parser, "to"))
        s.filter.to = parseBound(QStringLiteral("--to"), parser.value(QStringLiteral("to")), zone, true);
    if (s.filter.from.isValid() && s.filter.to.isValid() && s.filter.to <= s.filter.from)
        invalid(Cli::tr("--to is not after --from, so nothing could match. Give a --to later than --from."));
    for (const QString& value : parser.values(QStringLiteral("type"))) {
        for (const QString& code : value.split(u',', Qt::SkipEmptyParts)) {
            const auto type = diary::typeFromCode(code.trimmed().toLower());
            if (!type)
                invalid(Cli::tr("--type: '%1' is not an incident type. Use one of: %2.")
                            .arg(code.trimmed(), diary::allTypeCodes().join(QStringLiteral(", "))));
            if (!s.filter.types.contains(*type))
                s.filter.types << *type;
        }
    }
    if (given(parser, "breach") || given(parser, "no-breach"))
        s.filter.breach = given(parser, "breach");
    if (given(parser, "reported") || given(parser, "not-reported"))
        s.filter.reported = given(parser, "reported");
    if (given(parser, "deleted"))
        s.filter.deleted = diary::IncidentFilter::Deleted::Only;
    else if (given(parser, "include-deleted"))
        s.filter.deleted = diary::IncidentFilter::Deleted::Include;
    if (given(parser, "limit"))
        s.limit = count(parser, "limit");
    if (given(parser, "offset"))
        s.offset = count(parser, "offset");
    return s;
}

void FilterOptions::resolve(const QCommandLineParser& parser, diary::Diary& diary, Selection& selection)
{
    if (given(parser, "person"))
        selection.filter.person =
            resolvePerson(diary, QStringLiteral("--person"), parser.value(QStringLiteral("person")));
    if (given(parser, "order"))
        selection.filter.order = resolveOrder(diary, QStringLiteral("--order"), parser.value(QStringLiteral("order")));
}

} // namespace daymark::cli
