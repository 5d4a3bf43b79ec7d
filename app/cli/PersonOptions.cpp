// Person options and text.
#include "PersonOptions.h"

#include "CliText.h"
#include "OptionHelpers.h"
#include "TextFormat.h"
#include "common/Error.h"

namespace daymark::cli {
namespace {

const char* const kTextFields[] = {"name", "relationship", "description", "organisation", "notes", "role"};
const char* const kListFields[] = {"alias", "vehicle", "phone", "email", "handle", "address"};

bool given(const QCommandLineParser& parser, const char* name)
{
    return parser.optionNames().contains(QLatin1String(name)); // isSet() warns about undefined options
}

QString value(const QCommandLineParser& parser, const char* name)
{
    return parser.value(QLatin1String(name)).trimmed();
}

QStringList values(const QCommandLineParser& parser, const char* name)
{
    QStringList out;
    for (const QString& v : parser.values(QLatin1String(name)))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

QString roleList()
{
    QStringList codes;
    for (auto role : {diary::PersonRole::Stalker, diary::PersonRole::Witness, diary::PersonRole::Police,
                      diary::PersonRole::Support, diary::PersonRole::Other})
        codes << diary::roleCode(role);
    return codes.join(QStringLiteral(", "));
}

QString vehicleText(const diary::Vehicle& v)
{
    QStringList parts;
    for (const QString& part : {v.colour, v.make, v.model})
        if (!part.isEmpty())
            parts << part;
    const QString car = parts.join(u' ');
    if (v.registration.isEmpty())
        return car;
    return car.isEmpty() ? v.registration : Cli::tr("%1, registration %2").arg(car, v.registration);
}

} // namespace

std::vector<QCommandLineOption> personFieldOptions()
{
    auto valued = [](const char* name, const QString& help, const char* valueName) {
        return QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName));
    };
    return {
        valued("role", Cli::tr("stalker (default), witness, police, support or other."), "ROLE"),
        valued("name", Cli::tr("Their name, or a description such as \"man in the blue car\"."), "TEXT"),
        valued("alias", Cli::tr("Another name they use (repeatable)."), "TEXT"),
        valued("relationship", Cli::tr("How you know them: ex-partner, neighbour, unknown..."), "TEXT"),
        valued("description", Cli::tr("What they look like."), "TEXT"),
        valued("vehicle",
               Cli::tr("A vehicle as make|model|colour|REGISTRATION; leave parts empty when unknown "
                       "(repeatable)."),
               "VEHICLE"),
        valued("phone", Cli::tr("A phone number (repeatable)."), "NUMBER"),
        valued("email", Cli::tr("An e-mail address (repeatable)."), "ADDRESS"),
        valued("handle", Cli::tr("A social-media handle as platform:@name (repeatable)."), "HANDLE"),
        valued("address", Cli::tr("A postal address (repeatable)."), "TEXT"),
        valued("organisation", Cli::tr("Police force, charity or employer."), "TEXT"),
        valued("notes", Cli::tr("Notes about them."), "TEXT"),
    };
}

bool anyPersonFieldGiven(const QCommandLineParser& parser)
{
    for (const char* name : kTextFields)
        if (given(parser, name))
            return true;
    for (const char* name : kListFields)
        if (given(parser, name))
            return true;
    return false;
}

void applyPersonFields(const QCommandLineParser& parser, diary::Person& p)
{
    if (given(parser, "role")) {
        const auto role = diary::roleFromCode(value(parser, "role").toLower());
        if (!role)
            invalid(Cli::tr("--role: '%1' is not a role. Use one of: %2.").arg(value(parser, "role"), roleList()));
        p.role = *role;
    }
    if (given(parser, "name")) {
        if (value(parser, "name").isEmpty())
            invalid(Cli::tr("--name cannot be empty. Give a name, or a description such as \"unknown man in the "
                            "blue car\"."));
        p.name = value(parser, "name");
    }
    if (given(parser, "relationship"))
        p.relationship = value(parser, "relationship");
    if (given(parser, "description"))
        p.description = value(parser, "description");
    if (given(parser, "organisation"))
        p.organisation = value(parser, "organisation");
    if (given(parser, "notes"))
        p.notes = value(parser, "notes");
    if (given(parser, "alias"))
        p.aliases = values(parser, "alias");
    if (given(parser, "phone"))
        p.phones = values(parser, "phone");
    if (given(parser, "email"))
        p.emails = values(parser, "email");
    if (given(parser, "address"))
        p.addresses = values(parser, "address");
    if (given(parser, "vehicle")) {
        p.vehicles.clear();
        for (const QString& text : values(parser, "vehicle")) {
            const QStringList parts = text.split(u'|');
            if (parts.size() > 4)
                invalid(Cli::tr("--vehicle: '%1' has more than four parts. Give make|model|colour|REGISTRATION, "
                                "e.g. \"Ford|Focus|blue|AB12 CDE\".")
                            .arg(text));
            p.vehicles.append({parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed(),
                               parts.value(3).trimmed().toUpper()});
        }
    }
    if (given(parser, "handle")) {
        p.handles.clear();
        for (const QString& text : values(parser, "handle")) {
            const qsizetype colon = text.indexOf(u':');
            const QString handle = colon < 0 ? text : text.mid(colon + 1).trimmed();
            if (handle.isEmpty())
                invalid(Cli::tr("--handle: '%1' has no handle. Give platform:@name, e.g. Instagram:@name.").arg(text));
            p.handles.append({colon < 0 ? QString() : text.left(colon).trimmed(), handle});
        }
    }
}

QString personLine(const diary::PersonRecord& r)
{
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(r.person.id.toString(QUuid::WithoutBraces).left(8))
                       .arg(diary::roleName(r.person.role), -10)
                       .arg(r.person.name);
    if (!r.person.relationship.isEmpty())
        line += QStringLiteral(" (%1)").arg(r.person.relationship);
    if (r.deleted)
        line += QStringLiteral(" [%1]").arg(Cli::tr("deleted"));
    return line;
}

void writePerson(QTextStream& out, const diary::PersonRecord& r)
{
    const diary::Person& p = r.person;
    out << p.name << '\n';
    writeField(out, Cli::tr("Id: %1"), p.id.toString(QUuid::WithoutBraces));
    writeField(out, Cli::tr("Role: %1"), diary::roleName(p.role));
    writeField(out, Cli::tr("Also known as: %1"), p.aliases.join(QStringLiteral(", ")));
    writeField(out, Cli::tr("Relationship: %1"), p.relationship);
    writeField(out, Cli::tr("Description: %1"), p.description);
    for (const diary::Vehicle& v : p.vehicles)
        writeField(out, Cli::tr("Vehicle: %1"), vehicleText(v));
    writeField(out, Cli::tr("Phone: %1"), p.phones.join(QStringLiteral(", ")));
    writeField(out, Cli::tr("E-mail: %1"), p.emails.join(QStringLiteral(", ")));
    for (const diary::Handle& h : p.handles)
        writeField(out, Cli::tr("Handle: %1"),
                   h.platform.isEmpty() ? h.handle : Cli::tr("%1 on %2").arg(h.handle, h.platform));
    for (const QString& address : p.addresses)
        writeField(out, Cli::tr("Address: %1"), address);
    writeField(out, Cli::tr("Organisation: %1"), p.organisation);
    writeField(out, Cli::tr("Notes: %1"), p.notes);
    writeField(out, Cli::tr("Recorded: %1"), recordedTime(r.recordedAt));
    if (r.version > 1)
        writeField(out, Cli::tr("Version: %1"), QString::number(r.version));
    if (r.deleted)
        writeField(out, Cli::tr("Deleted: %1"), Cli::tr("yes"));
}

} // namespace daymark::cli
