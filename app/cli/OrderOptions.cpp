// Protection order options and text.
#include "OrderOptions.h"

#include "CliText.h"
#include "OptionHelpers.h"
#include "References.h"
#include "TextFormat.h"
#include "TimeInput.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/PersonRepository.h"

namespace daymark::cli {
namespace {

const char* const kFields[] = {"kind",  "court",     "reference",     "respondent",      "made", "served", "expires",
                               "notes", "condition", "add-condition", "remove-condition"};

bool given(const QCommandLineParser& parser, const char* name)
{
    return parser.optionNames().contains(QLatin1String(name)); // isSet() warns about undefined options
}

QString value(const QCommandLineParser& parser, const char* name)
{
    return parser.value(QLatin1String(name)).trimmed();
}

QString kindList()
{
    QStringList codes;
    for (auto kind : {diary::OrderKind::StalkingProtection, diary::OrderKind::InterimStalkingProtection,
                      diary::OrderKind::Restraining, diary::OrderKind::NonMolestation, diary::OrderKind::Other})
        codes << diary::orderKindCode(kind);
    return codes.join(QStringLiteral(", "));
}

// An empty value clears the date.
void setDate(const QCommandLineParser& parser, const char* name, std::optional<QDate>& field)
{
    if (!given(parser, name))
        return;
    if (value(parser, name).isEmpty())
        field.reset();
    else
        field = parseDate(QStringLiteral("--") + QLatin1String(name), value(parser, name));
}

} // namespace

std::vector<QCommandLineOption> orderFieldOptions(bool amending)
{
    auto valued = [](const char* name, const QString& help, const char* valueName) {
        return QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName));
    };
    std::vector<QCommandLineOption> options{
        valued("kind", Cli::tr("spo (default), interim-spo, restraining, non-molestation or other."), "KIND"),
        valued("court", Cli::tr("The court that made it."), "TEXT"),
        valued("reference", Cli::tr("The case number."), "TEXT"),
        valued("respondent", Cli::tr("The person it is against: a name, id or id prefix."), "PERSON"),
        valued("made", Cli::tr("The date it was made (2026-03-31)."), "DATE"),
        valued("served", Cli::tr("The date it was served."), "DATE"),
        valued("expires", Cli::tr("The date it expires."), "DATE"),
        valued("notes", Cli::tr("Notes about the order."), "TEXT"),
    };
    if (amending) {
        options.push_back(
            valued("add-condition", Cli::tr("A new condition, numbered after the others (repeatable)."), "TEXT"));
        options.push_back(valued("remove-condition",
                                 Cli::tr("Remove the condition with this number; refused while it has recorded "
                                         "breaches (repeatable)."),
                                 "N"));
        options.push_back(valued("reason", Cli::tr("Why it is amended, e.g. varied by the court (required)."), "TEXT"));
    } else {
        options.push_back(valued("condition",
                                 Cli::tr("A condition, in the order's words; numbered 1, 2, ... as given "
                                         "(repeatable)."),
                                 "TEXT"));
    }
    return options;
}

bool anyOrderFieldGiven(const QCommandLineParser& parser)
{
    for (const char* name : kFields)
        if (given(parser, name))
            return true;
    return false;
}

void applyOrderFields(const QCommandLineParser& parser, diary::ProtectionOrder& order)
{
    if (given(parser, "kind")) {
        const auto kind = diary::orderKindFromCode(value(parser, "kind").toLower());
        if (!kind)
            invalid(
                Cli::tr("--kind: '%1' is not a kind of order. Use one of: %2.").arg(value(parser, "kind"), kindList()));
        order.kind = *kind;
    }
    if (given(parser, "court"))
        order.court = value(parser, "court");
    if (given(parser, "reference"))
        order.reference = value(parser, "reference");
    if (given(parser, "notes"))
        order.notes = value(parser, "notes");
    setDate(parser, "made", order.made);
    setDate(parser, "served", order.served);
    setDate(parser, "expires", order.expires);
    const auto valuesOf = [&](const char* name) {
        return given(parser, name) ? parser.values(QLatin1String(name)) : QStringList();
    };
    for (const QString& text : valuesOf("condition"))
        if (!text.trimmed().isEmpty())
            order.conditions.append({0, text.trimmed()});
    for (const QString& text : valuesOf("remove-condition")) {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        if (!ok || !order.condition(number))
            invalid(Cli::tr("--remove-condition: the order has no condition number '%1'. See 'orders DIARY show "
                            "ID' for the numbers.")
                        .arg(text));
        order.conditions.removeIf([number](const diary::OrderCondition& c) { return c.number == number; });
    }
    for (const QString& text : valuesOf("add-condition"))
        if (!text.trimmed().isEmpty())
            order.conditions.append({0, text.trimmed()});
}

void applyOrderLinks(const QCommandLineParser& parser, diary::Diary& diary, diary::ProtectionOrder& order)
{
    if (!given(parser, "respondent"))
        return;
    order.respondent = value(parser, "respondent").isEmpty()
                           ? QUuid()
                           : resolvePerson(diary, QStringLiteral("--respondent"), value(parser, "respondent"));
}

QString orderTitle(const diary::ProtectionOrder& order)
{
    return order.reference.isEmpty()
               ? diary::orderKindName(order.kind)
               : Cli::tr("%1, reference %2").arg(diary::orderKindName(order.kind), order.reference);
}

QString orderLine(const diary::OrderRecord& r)
{
    QString line = QStringLiteral("%1  %2").arg(r.order.id.toString(QUuid::WithoutBraces).left(8), orderTitle(r.order));
    if (r.order.expires)
        line += QStringLiteral("  ") + Cli::tr("(expires %1)").arg(longDate(*r.order.expires));
    if (r.deleted)
        line += QStringLiteral(" [%1]").arg(Cli::tr("deleted"));
    return line;
}

void writeOrder(QTextStream& out, diary::Diary& diary, const diary::OrderRecord& r,
                const std::vector<diary::RecordedBreach>& breaches)
{
    const diary::ProtectionOrder& o = r.order;
    out << orderTitle(o) << '\n';
    writeField(out, Cli::tr("Id: %1"), o.id.toString(QUuid::WithoutBraces));
    writeField(out, Cli::tr("Court: %1"), o.court);
    if (!o.respondent.isNull()) {
        const auto person = diary.people().find(o.respondent);
        writeField(out, Cli::tr("Respondent: %1"),
                   person ? person->person.name : o.respondent.toString(QUuid::WithoutBraces));
    }
    if (o.made)
        writeField(out, Cli::tr("Made: %1"), longDate(*o.made));
    if (o.served)
        writeField(out, Cli::tr("Served: %1"), longDate(*o.served));
    if (o.expires)
        writeField(out, Cli::tr("Expires: %1"), longDate(*o.expires));
    writeField(out, Cli::tr("Notes: %1"), o.notes);
    if (r.deleted)
        writeField(out, Cli::tr("Deleted: %1"), Cli::tr("yes"));
    out << (o.conditions.isEmpty() ? Cli::tr("No conditions recorded.") : Cli::tr("Conditions:")) << '\n';
    for (const diary::OrderCondition& c : o.conditions) {
        out << QStringLiteral("  %1. %2").arg(c.number).arg(c.text) << '\n';
        int count = 0;
        for (const diary::RecordedBreach& b : breaches) {
            if (b.condition != c.number)
                continue;
            out << QStringLiteral("     #%1  %2  %3").arg(b.incidentNumber).arg(shortTime(b.start), b.summary) << '\n';
            ++count;
        }
        out << QStringLiteral("     ")
            << (count == 0 ? Cli::tr("No possible breaches recorded.")
                           : Cli::tr("Possible breaches recorded: %1.").arg(count))
            << '\n';
    }
}

} // namespace daymark::cli
