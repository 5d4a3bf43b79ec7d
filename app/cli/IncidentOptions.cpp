// Incident field options: definitions, checks and how each one changes an incident.
#include "IncidentOptions.h"

#include "CliText.h"
#include "OptionHelpers.h"
#include "References.h"
#include "TimeInput.h"
#include "common/Error.h"
#include "diary/Incident.h"

#include <QLocale>

namespace daymark::cli {
namespace {

using diary::Incident;

struct OptionSpec
{
    const char* name;
    const char* valueName; // nullptr: a flag
    const char* help;
    bool amendOnly;
};

// Help texts are translated where the parser is built; QT_TRANSLATE_NOOP marks them for lupdate.
const OptionSpec kSpecs[] = {
    {"type", "CODE",
     QT_TRANSLATE_NOOP("daymark::cli",
                       "What kind of incident: call, text, voicemail, email, social-media, online, sighting, "
                       "following, visit, loitering, item-left, damage, third-party, threat, violence, breach, "
                       "other."),
     false},
    {"at", "TIME",
     QT_TRANSLATE_NOOP("daymark::cli",
                       "When it happened: 2026-03-01T21:15 (in --zone), 2026-03-01T21:15:00+01:00, or now."),
     false},
    {"end", "TIME",
     QT_TRANSLATE_NOOP("daymark::cli", "When it ended: a date and time, or a time of day (21:45) on the start's date."),
     false},
    {"approximate", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "The time is a best guess."), false},
    {"exact", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "The time is not a guess (undoes --approximate)."), true},
    {"zone", "IANA",
     QT_TRANSLATE_NOOP("daymark::cli",
                       "The time zone of --at and --end, e.g. Europe/London (default: the system's; when "
                       "amending: the incident's). Given alone to amend, keeps the clock times in the new zone."),
     false},
    {"summary", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "One line saying what happened."), false},
    {"details", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "What happened in full, the exact words where known."),
     false},
    {"channel", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "Platform or channel: phone, WhatsApp, Instagram..."), false},
    {"account", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "The number, address or handle used."), false},
    {"place", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "Where it happened."), false},
    {"lat", "DEGREES", QT_TRANSLATE_NOOP("daymark::cli", "Latitude of the place (with --lon)."), false},
    {"lon", "DEGREES", QT_TRANSLATE_NOOP("daymark::cli", "Longitude of the place (with --lat)."), false},
    {"clear-coordinates", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "Remove the latitude and longitude."), true},
    {"impact", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "The effect on you: fear, distress, changes to daily life."),
     false},
    {"person", "ID", QT_TRANSLATE_NOOP("daymark::cli", "Someone involved: a name, id or id prefix (repeatable)."),
     false},
    {"witness", "ID", QT_TRANSLATE_NOOP("daymark::cli", "Someone who saw it: a name, id or id prefix (repeatable)."),
     false},
    {"witness-notes", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "Witnesses who are not in the diary's people."), false},
    {"children-present", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "Children were present."), false},
    {"no-children-present", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "No children were present."), true},
    {"reported", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "It was reported to the police."), false},
    {"not-reported", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "It was not reported to the police."), true},
    {"police-ref", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "The police reference number (implies --reported)."),
     false},
    {"officer", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "The officer dealing with it."), false},
    {"notes", "TEXT", QT_TRANSLATE_NOOP("daymark::cli", "Private notes, never exported unless asked."), false},
    {"tag", "TAG", QT_TRANSLATE_NOOP("daymark::cli", "A tag (repeatable)."), false},
    {"breach", "ORDER:CONDITION",
     QT_TRANSLATE_NOOP("daymark::cli", "A possible breach of a protection order's condition, e.g. 3f2a9c:2 "
                                       "(repeatable)."),
     false},
    {"clear-end", nullptr, QT_TRANSLATE_NOOP("daymark::cli", "Remove the end time."), true},
};

QString name(const char* option)
{
    return QLatin1String(option);
}

QString dashed(const char* option)
{
    return QStringLiteral("--") + QLatin1String(option);
}

bool given(const QCommandLineParser& parser, const char* option)
{
    return parser.optionNames().contains(name(option)); // isSet() warns about undefined options
}

void exclusive(const QCommandLineParser& parser, const char* a, const char* b)
{
    if (given(parser, a) && given(parser, b))
        invalid(Cli::tr("%1 and %2 contradict each other. Give one of them.").arg(dashed(a), dashed(b)));
}

void setText(const QCommandLineParser& parser, const char* option, QString& field)
{
    if (given(parser, option))
        field = parser.value(name(option)).trimmed();
}

// A repeatable option's values without empty ones; `--person ""` alone clears the list when amending.
QStringList values(const QCommandLineParser& parser, const char* option)
{
    QStringList out;
    for (const QString& v : parser.values(name(option)))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

std::optional<double> degrees(const QCommandLineParser& parser, const char* option)
{
    const QString text = parser.value(name(option)).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        invalid(Cli::tr("%1: '%2' is not a number. Give degrees as a decimal number, e.g. 51.5074 or -0.1278.")
                    .arg(dashed(option), text));
    return value;
}

QString typeList()
{
    return diary::allTypeCodes().join(QStringLiteral(", "));
}

void applyTimes(const QCommandLineParser& parser, Incident& incident)
{
    const bool zoneGiven = given(parser, "zone");
    const QTimeZone zone = zoneGiven                  ? parseZone(dashed("zone"), parser.value(name("zone")))
                           : incident.start.isValid() ? incident.start.timeZone()
                                                      : QTimeZone::systemTimeZone();
    if (given(parser, "at")) {
        incident.start = parseTime(dashed("at"), parser.value(name("at")), zone);
        if (incident.end)
            incident.end = incident.end->toTimeZone(zone);
    } else if (zoneGiven && incident.start.isValid()) {
        // Only the zone changes: the clock times stay, so a time entered in the wrong zone can be put right.
        incident.start = QDateTime(incident.start.date(), incident.start.time(), zone);
        if (incident.end)
            incident.end = QDateTime(incident.end->date(), incident.end->time(), zone);
    }
    if (given(parser, "clear-end"))
        incident.end.reset();
    if (given(parser, "end")) {
        const QString text = parser.value(name("end"));
        if (text.trimmed().isEmpty())
            incident.end.reset();
        else
            incident.end = parseEndTime(dashed("end"), text, incident.start, zone);
    }
    if (given(parser, "approximate"))
        incident.approximate = true;
    if (given(parser, "exact"))
        incident.approximate = false;
}

} // namespace

void IncidentOptions::addTo(QCommandLineParser& parser) const
{
    for (const OptionSpec& spec : kSpecs) {
        if (spec.amendOnly && m_mode != Mode::Amend)
            continue;
        const QString help = Cli::tr(spec.help);
        parser.addOption(spec.valueName ? QCommandLineOption(name(spec.name), help, QLatin1String(spec.valueName))
                                        : QCommandLineOption(name(spec.name), help));
    }
}

bool IncidentOptions::anyGiven(const QCommandLineParser& parser) const
{
    for (const OptionSpec& spec : kSpecs)
        if ((!spec.amendOnly || m_mode == Mode::Amend) && given(parser, spec.name))
            return true;
    return false;
}

void IncidentOptions::applyFields(const QCommandLineParser& parser, Incident& incident) const
{
    if (m_mode == Mode::Amend) {
        exclusive(parser, "approximate", "exact");
        exclusive(parser, "children-present", "no-children-present");
        exclusive(parser, "reported", "not-reported");
        exclusive(parser, "end", "clear-end");
        exclusive(parser, "lat", "clear-coordinates");
        exclusive(parser, "lon", "clear-coordinates");
    } else {
        if (!given(parser, "type"))
            invalid(Cli::tr("--type is missing. Say what kind of incident it was, one of: %1.").arg(typeList()));
        if (!given(parser, "at"))
            invalid(Cli::tr("--at is missing. Say when it happened, e.g. --at 2026-03-01T21:15 or --at now."));
        if (parser.value(name("summary")).trimmed().isEmpty())
            invalid(Cli::tr("--summary is missing. Say in a few words what happened."));
    }
    if (given(parser, "type")) {
        const QString code = parser.value(name("type")).trimmed().toLower();
        const auto type = diary::typeFromCode(code);
        if (!type)
            invalid(Cli::tr("--type: '%1' is not an incident type. Use one of: %2.")
                        .arg(parser.value(name("type")), typeList()));
        incident.type = *type;
    }
    applyTimes(parser, incident);
    if (given(parser, "summary") && parser.value(name("summary")).trimmed().isEmpty())
        invalid(Cli::tr("--summary cannot be empty. Say in a few words what happened."));
    setText(parser, "summary", incident.summary);
    setText(parser, "details", incident.details);
    setText(parser, "channel", incident.channel);
    setText(parser, "account", incident.account);
    setText(parser, "place", incident.place);
    setText(parser, "impact", incident.impact);
    setText(parser, "witness-notes", incident.witnessNotes);
    setText(parser, "police-ref", incident.policeReference);
    setText(parser, "officer", incident.officer);
    setText(parser, "notes", incident.notes);
    if (given(parser, "clear-coordinates")) {
        incident.latitude.reset();
        incident.longitude.reset();
    }
    if (given(parser, "lat"))
        incident.latitude = degrees(parser, "lat");
    if (given(parser, "lon"))
        incident.longitude = degrees(parser, "lon");
    if (given(parser, "children-present"))
        incident.childrenPresent = true;
    if (given(parser, "no-children-present"))
        incident.childrenPresent = false;
    if (given(parser, "reported") || (given(parser, "police-ref") && !incident.policeReference.isEmpty()))
        incident.reportedToPolice = true;
    if (given(parser, "not-reported"))
        incident.reportedToPolice = false;
    if (given(parser, "tag"))
        incident.tags = values(parser, "tag");
}

void IncidentOptions::applyLinks(const QCommandLineParser& parser, diary::Diary& diary, Incident& incident) const
{
    auto people = [&](const char* option) {
        QList<QUuid> ids;
        for (const QString& reference : values(parser, option)) {
            const QUuid id = resolvePerson(diary, dashed(option), reference);
            if (!ids.contains(id))
                ids << id;
        }
        return ids;
    };
    if (given(parser, "person"))
        incident.people = people("person");
    if (given(parser, "witness"))
        incident.witnesses = people("witness");
    if (given(parser, "breach")) {
        QList<diary::BreachLink> links;
        for (const QString& value : values(parser, "breach")) {
            const qsizetype colon = value.lastIndexOf(u':');
            bool ok = false;
            const int condition = colon > 0 ? value.mid(colon + 1).toInt(&ok) : 0;
            if (!ok || condition <= 0)
                invalid(Cli::tr("--breach: '%1' is not ORDER:CONDITION. Give the order's id (or its first 6 "
                                "characters) and the condition's number, e.g. 3f2a9c:2.")
                            .arg(value));
            const diary::BreachLink link{resolveOrder(diary, dashed("breach"), value.left(colon)), condition};
            if (!links.contains(link))
                links << link;
        }
        incident.breaches = links;
    }
}

} // namespace daymark::cli
