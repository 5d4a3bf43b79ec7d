// What an export (PDF timeline, evidence bundle) covers and how it is presented. A plain value chosen by the
// person in the Export wizard or by daymark-cli's filter options; nothing goes out that it does not choose.
#pragma once

#include "diary/IncidentFilter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace daymark::report {

// Details that can be hidden in the export text (PDF, CSV, JSON) as "[redacted]". Exhibit files stay original.
enum class RedactableField {
    Place,           // where an incident happened
    Coordinates,     // an incident's latitude and longitude
    Account,         // the number, address or handle used
    Details,         // what happened
    Impact,          // how it affected the person
    WitnessNotes,    // witnesses not in the people list
    Officer,         // the police officer's name
    PoliceReference, // crime or incident reference
    PersonAddresses, // addresses of people
    PersonPhones,    // phone numbers of people
    PersonEmails,    // e-mail addresses of people
};

QList<RedactableField> allRedactableFields();
QString redactableFieldCode(RedactableField field); // "place", "person-addresses", ...
std::optional<RedactableField> redactableFieldFromCode(const QString& code);
QString redactableFieldName(RedactableField field); // translated, for the wizard
QString redactedText();                             // "[redacted]", translated

enum class PaperSize { A4, Letter };

struct ExportSelection
{
    // Which incidents: the filter's dates and types (its person and order are ignored; use the lists below).
    diary::IncidentFilter filter;
    QList<QUuid> people;    // only incidents involving or witnessed by one of these (empty: anyone)
    QList<QUuid> orders;    // only possible breaches of one of these orders (empty: any)
    QList<QUuid> incidents; // picked by hand: when not empty, exactly these, and the filters above are ignored

    bool includePrivateNotes = false; // incidents' and people's private notes
    bool includeExhibitFiles = true;  // the bundle carries the original files of the included exhibits
    bool includeHistory = true;       // earlier versions of amended incidents, with the reasons
    bool includeScreening = false;    // the PDF ends with an annex of the latest risk screening answers

    QSet<RedactableField> redactedFields;
    QStringList redactedPhrases; // exact words (e.g. the person's own address), hidden wherever they appear

    QString ownerName; // whose diary, for the cover; optional
    QString header;    // printed at the top of every page, e.g. "RESTRICTED"; optional
    PaperSize paper = PaperSize::A4;
};

} // namespace daymark::report
