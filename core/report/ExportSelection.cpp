// Codes and names of the details an export can redact.
#include "report/ExportSelection.h"

#include <QCoreApplication>

namespace daymark::report {
namespace {

struct FieldInfo
{
    RedactableField field;
    const char* code;
    const char* name;
};

constexpr FieldInfo kFields[] = {
    {RedactableField::Place, "place", QT_TRANSLATE_NOOP("daymark::report", "Where incidents happened")},
    {RedactableField::Coordinates, "coordinates", QT_TRANSLATE_NOOP("daymark::report", "Map positions")},
    {RedactableField::Account, "account",
     QT_TRANSLATE_NOOP("daymark::report", "Numbers, addresses and accounts used in incidents")},
    {RedactableField::Details, "details", QT_TRANSLATE_NOOP("daymark::report", "What happened")},
    {RedactableField::Impact, "impact", QT_TRANSLATE_NOOP("daymark::report", "How it affected you")},
    {RedactableField::WitnessNotes, "witness-notes", QT_TRANSLATE_NOOP("daymark::report", "Notes about witnesses")},
    {RedactableField::Officer, "officer", QT_TRANSLATE_NOOP("daymark::report", "Police officers' names")},
    {RedactableField::PoliceReference, "police-reference", QT_TRANSLATE_NOOP("daymark::report", "Police references")},
    {RedactableField::PersonAddresses, "person-addresses", QT_TRANSLATE_NOOP("daymark::report", "People's addresses")},
    {RedactableField::PersonPhones, "person-phones", QT_TRANSLATE_NOOP("daymark::report", "People's phone numbers")},
    {RedactableField::PersonEmails, "person-emails", QT_TRANSLATE_NOOP("daymark::report", "People's e-mail addresses")},
};

const FieldInfo& info(RedactableField field)
{
    for (const FieldInfo& candidate : kFields)
        if (candidate.field == field)
            return candidate;
    return kFields[0];
}

} // namespace

QList<RedactableField> allRedactableFields()
{
    QList<RedactableField> fields;
    for (const FieldInfo& candidate : kFields)
        fields.append(candidate.field);
    return fields;
}

QString redactableFieldCode(RedactableField field)
{
    return QString::fromLatin1(info(field).code);
}

std::optional<RedactableField> redactableFieldFromCode(const QString& code)
{
    for (const FieldInfo& candidate : kFields)
        if (code == QLatin1String(candidate.code))
            return candidate.field;
    return std::nullopt;
}

QString redactableFieldName(RedactableField field)
{
    return QCoreApplication::translate("daymark::report", info(field).name);
}

QString redactedText()
{
    return QCoreApplication::translate("daymark::report", "[redacted]");
}

} // namespace daymark::report
