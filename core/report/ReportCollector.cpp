// Chooses the incidents, then everything they refer to, then redacts: the order keeps hidden values out of
// every writer.
#include "report/ReportCollector.h"

#include "common/Clock.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/OrderRepository.h"
#include "diary/PersonRepository.h"
#include "report/Redactor.h"

#include <QSet>
#include <algorithm>
#include <map>

namespace daymark::report {
namespace {

using diary::IncidentRecord;

std::vector<IncidentRecord> chosenIncidents(diary::Diary& diary, const ExportSelection& selection)
{
    std::vector<IncidentRecord> chosen;
    if (!selection.incidents.isEmpty()) {
        QSet<QUuid> seen;
        for (const QUuid& id : selection.incidents) {
            IncidentRecord record = diary.incidents().get(id);
            if (!record.deleted && !seen.contains(id)) {
                seen.insert(id);
                chosen.push_back(std::move(record));
            }
        }
        return chosen;
    }
    diary::IncidentFilter base = selection.filter;
    base.person = QUuid();
    base.order = QUuid();
    base.deleted = diary::IncidentFilter::Deleted::Exclude;

    // Ids matching one of several people (or orders): the union of one query per person (or order).
    auto matching = [&](const QList<QUuid>& ids, auto set) {
        QSet<QUuid> result;
        for (const QUuid& id : ids) {
            diary::IncidentFilter narrowed = base;
            set(narrowed, id);
            for (const IncidentRecord& record : diary.incidents().list(narrowed, -1))
                result.insert(record.incident.id);
        }
        return result;
    };
    for (const QUuid& person : selection.people)
        diary.people().get(person);
    for (const QUuid& order : selection.orders)
        diary.orders().get(order);
    const QSet<QUuid> byPerson =
        matching(selection.people, [](diary::IncidentFilter& filter, const QUuid& id) { filter.person = id; });
    const QSet<QUuid> byOrder =
        matching(selection.orders, [](diary::IncidentFilter& filter, const QUuid& id) { filter.order = id; });
    for (IncidentRecord& record : diary.incidents().list(base, -1)) {
        const QUuid& id = record.incident.id;
        if ((selection.people.isEmpty() || byPerson.contains(id)) &&
            (selection.orders.isEmpty() || byOrder.contains(id)))
            chosen.push_back(std::move(record));
    }
    return chosen;
}

bool happenedBefore(const IncidentRecord& a, const IncidentRecord& b)
{
    const qint64 at = a.incident.start.toMSecsSinceEpoch();
    const qint64 bt = b.incident.start.toMSecsSinceEpoch();
    return at != bt ? at < bt : a.number < b.number;
}

} // namespace

ReportData collectReport(diary::Diary& diary, const ExportSelection& selection)
{
    const Redactor redactor(selection);
    ReportData data;
    data.selection = selection;
    data.exportedAt = diary.clock().nowUtc();
    data.fingerprint = diary.fingerprint();
    data.publicKeyPem = diary.signingPublicKey();
    data.initials = diary.exhibits().initials();

    std::vector<IncidentRecord> records = chosenIncidents(diary, selection);
    std::sort(records.begin(), records.end(), happenedBefore);

    QSet<QUuid> peopleIds;
    QSet<QUuid> incidentIds;
    std::map<qint64, evidence::ExhibitRecord> exhibits; // by number
    for (IncidentRecord& record : records) {
        ReportIncident item;
        const QUuid id = record.incident.id;
        incidentIds.insert(id);
        for (const QUuid& person : record.incident.people)
            peopleIds.insert(person);
        for (const QUuid& witness : record.incident.witnesses)
            peopleIds.insert(witness);
        if (selection.includeHistory && record.amended()) {
            std::vector<diary::IncidentVersion> versions = diary.incidents().history(id);
            if (!versions.empty())
                versions.pop_back(); // the last is the current version
            for (diary::IncidentVersion& version : versions) {
                redactor.apply(version.incident);
                version.reason = redactor.text(version.reason);
                item.earlier.push_back(std::move(version));
            }
        }
        for (evidence::ExhibitRecord exhibit : diary.exhibits().forIncident(id)) {
            if (exhibit.deleted)
                continue;
            redactor.apply(exhibit.exhibit);
            exhibits.emplace(exhibit.number, exhibit);
            item.exhibits.push_back(std::move(exhibit));
        }
        std::sort(item.exhibits.begin(), item.exhibits.end(),
                  [](const auto& a, const auto& b) { return a.number < b.number; });
        redactor.apply(record.incident);
        record.deletionReason.clear();
        item.record = std::move(record);
        data.incidents.push_back(std::move(item));
    }
    if (!data.incidents.empty()) {
        data.firstIncident = data.incidents.front().record.incident.start;
        data.lastIncident = data.incidents.back().record.incident.start;
    }
    for (auto& entry : exhibits)
        data.exhibits.push_back(std::move(entry.second));

    for (diary::OrderRecord& order : diary.orders().list()) {
        if (!selection.orders.isEmpty() && !selection.orders.contains(order.order.id))
            continue;
        ReportOrder item;
        for (diary::RecordedBreach& breach : diary.orders().breaches(order.order.id)) {
            if (!incidentIds.contains(breach.incident))
                continue;
            breach.summary = redactor.text(breach.summary);
            item.breaches.push_back(std::move(breach));
        }
        std::sort(item.breaches.begin(), item.breaches.end(), [](const auto& a, const auto& b) {
            return a.start != b.start ? a.start < b.start : a.incidentNumber < b.incidentNumber;
        });
        if (!order.order.respondent.isNull())
            peopleIds.insert(order.order.respondent);
        order.order.court = redactor.text(order.order.court);
        order.order.reference = redactor.text(order.order.reference);
        for (diary::OrderCondition& condition : order.order.conditions)
            condition.text = redactor.text(condition.text);
        order.order.notes = selection.includePrivateNotes ? redactor.text(order.order.notes) : QString();
        item.record = std::move(order);
        data.orders.push_back(std::move(item));
    }

    for (diary::PersonRecord& person : diary.people().list()) {
        if (!peopleIds.contains(person.person.id))
            continue;
        redactor.apply(person.person);
        data.people.push_back(std::move(person));
    }
    std::stable_sort(data.people.begin(), data.people.end(), [](const auto& a, const auto& b) {
        return static_cast<int>(a.person.role) < static_cast<int>(b.person.role);
    });
    return data;
}

} // namespace daymark::report
