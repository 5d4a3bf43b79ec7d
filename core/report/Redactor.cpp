// Redaction happens once, on the collected values, so the PDF, CSV and JSON writers never see a hidden value.
#include "report/Redactor.h"

#include "diary/Incident.h"
#include "diary/Person.h"
#include "evidence/Exhibit.h"

#include <algorithm>

namespace daymark::report {

Redactor::Redactor(const ExportSelection& selection)
    : m_fields(selection.redactedFields), m_privateNotes(selection.includePrivateNotes)
{
    for (const QString& phrase : selection.redactedPhrases)
        if (!phrase.trimmed().isEmpty())
            m_phrases.append(phrase.trimmed());
    std::sort(m_phrases.begin(), m_phrases.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString Redactor::text(const QString& text) const
{
    QString result = text;
    for (const QString& phrase : m_phrases)
        result.replace(phrase, redactedText(), Qt::CaseInsensitive);
    return result;
}

QString Redactor::field(RedactableField which, const QString& value) const
{
    if (value.isEmpty())
        return value;
    return hides(which) ? redactedText() : text(value);
}

QStringList Redactor::list(RedactableField which, const QStringList& values) const
{
    QStringList result;
    for (const QString& value : values)
        result.append(field(which, value));
    return result;
}

void Redactor::apply(diary::Incident& incident) const
{
    incident.summary = text(incident.summary);
    incident.details = field(RedactableField::Details, incident.details);
    incident.channel = text(incident.channel);
    incident.account = field(RedactableField::Account, incident.account);
    incident.place = field(RedactableField::Place, incident.place);
    if (hides(RedactableField::Coordinates) || hides(RedactableField::Place)) {
        incident.latitude.reset();
        incident.longitude.reset();
    }
    incident.impact = field(RedactableField::Impact, incident.impact);
    incident.witnessNotes = field(RedactableField::WitnessNotes, incident.witnessNotes);
    incident.policeReference = field(RedactableField::PoliceReference, incident.policeReference);
    incident.officer = field(RedactableField::Officer, incident.officer);
    incident.notes = m_privateNotes ? text(incident.notes) : QString();
    for (QString& tag : incident.tags)
        tag = text(tag);
}

void Redactor::apply(diary::Person& person) const
{
    person.name = text(person.name);
    for (QString& alias : person.aliases)
        alias = text(alias);
    person.relationship = text(person.relationship);
    person.description = text(person.description);
    for (diary::Vehicle& vehicle : person.vehicles) {
        vehicle.make = text(vehicle.make);
        vehicle.model = text(vehicle.model);
        vehicle.colour = text(vehicle.colour);
        vehicle.registration = text(vehicle.registration);
    }
    person.phones = list(RedactableField::PersonPhones, person.phones);
    person.emails = list(RedactableField::PersonEmails, person.emails);
    for (diary::Handle& handle : person.handles) {
        handle.platform = text(handle.platform);
        handle.handle = text(handle.handle);
    }
    person.addresses = list(RedactableField::PersonAddresses, person.addresses);
    person.organisation = text(person.organisation);
    person.notes = m_privateNotes ? text(person.notes) : QString();
}

void Redactor::apply(evidence::Exhibit& exhibit) const
{
    exhibit.originalName = text(exhibit.originalName);
    exhibit.description = text(exhibit.description);
    if (hides(RedactableField::Coordinates) || hides(RedactableField::Place)) {
        exhibit.metadata.latitude.reset();
        exhibit.metadata.longitude.reset();
        exhibit.metadata.altitude.reset();
    }
}

} // namespace daymark::report
