// Everything an export shows, already chosen and redacted: what the PDF writer, the CSV/JSON writers and the
// bundle read. Built by collectReport(); plain values only.
#pragma once

#include "diary/Incident.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/Person.h"
#include "diary/ProtectionOrder.h"
#include "evidence/Exhibit.h"
#include "report/ExportSelection.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace daymark::report {

struct ReportIncident
{
    diary::IncidentRecord record;                  // the current version, redacted
    std::vector<diary::IncidentVersion> earlier;   // earlier versions, oldest first (empty unless amended and asked)
    std::vector<evidence::ExhibitRecord> exhibits; // its exhibits, by number
};

struct ReportOrder
{
    diary::OrderRecord record;
    std::vector<diary::RecordedBreach> breaches; // only those among the included incidents, oldest first
};

struct ReportData
{
    ExportSelection selection;
    QDateTime exportedAt;    // UTC
    QString fingerprint;     // the diary's fingerprint at export time
    QByteArray publicKeyPem; // the diary's Ed25519 signing key (public half)
    QString initials;        // the exhibit producer's initials
    QDateTime firstIncident; // the period covered (invalid when there are no incidents)
    QDateTime lastIncident;

    std::vector<ReportIncident> incidents;         // oldest first (by when they happened, then number)
    std::vector<diary::PersonRecord> people;       // involved in, witnessing, or named in an included order
    std::vector<ReportOrder> orders;               // the chosen orders, or every order when none was chosen
    std::vector<evidence::ExhibitRecord> exhibits; // every exhibit of an included incident, by number
};

} // namespace daymark::report
