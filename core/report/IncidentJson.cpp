// incidents.json: each incident as docs/cli-json.md describes it, plus the names and labels a reader needs without
// looking ids up, and earlier versions where the export includes history.
#include "report/IncidentJson.h"

#include "diary/DiaryJson.h"
#include "evidence/ExhibitJson.h"
#include "report/ReportLookup.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace daymark::report {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray strings(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QJsonArray ids(const QList<QUuid>& values)
{
    QJsonArray array;
    for (const QUuid& id : values)
        array.append(id.toString(QUuid::WithoutBraces));
    return array;
}

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject selectionJson(const ExportSelection& s)
{
    QJsonArray types;
    for (diary::IncidentType type : s.filter.types)
        types.append(diary::typeCode(type));
    QJsonArray fields;
    for (RedactableField field : allRedactableFields())
        if (s.redactedFields.contains(field))
            fields.append(redactableFieldCode(field));
    int phrases = 0;
    for (const QString& phrase : s.redactedPhrases)
        if (!phrase.trimmed().isEmpty())
            ++phrases;
    return QJsonObject{
        {QStringLiteral("from"),
         orNull(s.filter.from.isValid() ? diary::json::isoWithOffset(s.filter.from) : QString())},
        {QStringLiteral("to"), orNull(s.filter.to.isValid() ? diary::json::isoWithOffset(s.filter.to) : QString())},
        {QStringLiteral("types"), types},
        {QStringLiteral("people"), ids(s.people)},
        {QStringLiteral("orders"), ids(s.orders)},
        {QStringLiteral("incidents"), ids(s.incidents)},
        {QStringLiteral("includePrivateNotes"), s.includePrivateNotes},
        {QStringLiteral("includeExhibitFiles"), s.includeExhibitFiles},
        {QStringLiteral("includeHistory"), s.includeHistory},
        {QStringLiteral("redactedFields"), fields},
        {QStringLiteral("redactedPhraseCount"), phrases},
        {QStringLiteral("paper"), s.paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4")},
    };
}

QByteArray incidentsJson(const ReportData& data, const QHash<QUuid, QString>& exhibitFiles)
{
    const ReportLookup lookup(data);
    QJsonArray incidents;
    for (const ReportIncident& item : data.incidents) {
        const diary::Incident& i = item.record.incident;
        QJsonObject o = diary::json::toJson(item.record);
        o.remove(QStringLiteral("deletionReason"));
        o.remove(QStringLiteral("deleted"));
        if (!data.selection.includePrivateNotes)
            o.remove(QStringLiteral("notes"));
        o.insert(QStringLiteral("typeName"), diary::typeName(i.type));
        o.insert(QStringLiteral("peopleNames"), strings(lookup.peopleNames(i.people)));
        o.insert(QStringLiteral("witnessNames"), strings(lookup.peopleNames(i.witnesses)));
        o.insert(QStringLiteral("breachDescriptions"), strings(lookup.breachTexts(i.breaches)));
        o.insert(QStringLiteral("exhibits"), strings(ReportLookup::exhibitLabels(item)));
        QJsonArray earlier;
        for (const diary::IncidentVersion& version : item.earlier) {
            QJsonObject state = diary::json::toJson(version.incident);
            if (!data.selection.includePrivateNotes)
                state.remove(QStringLiteral("notes"));
            earlier.append(QJsonObject{{QStringLiteral("version"), version.version},
                                       {QStringLiteral("action"), version.action},
                                       {QStringLiteral("recordedAt"), utc(version.at)},
                                       {QStringLiteral("reason"), orNull(version.reason)},
                                       {QStringLiteral("incident"), state}});
        }
        o.insert(QStringLiteral("earlierVersions"), earlier);
        incidents.append(o);
    }

    QJsonArray people;
    for (const diary::PersonRecord& person : data.people) {
        QJsonObject o = diary::json::toJson(person);
        o.remove(QStringLiteral("deleted"));
        if (!data.selection.includePrivateNotes)
            o.remove(QStringLiteral("notes"));
        people.append(o);
    }

    QJsonArray orders;
    for (const ReportOrder& order : data.orders) {
        QJsonObject o = diary::json::toJson(order.record);
        if (!data.selection.includePrivateNotes)
            o.remove(QStringLiteral("notes"));
        QJsonArray breaches;
        for (const diary::RecordedBreach& b : order.breaches)
            breaches.append(QJsonObject{{QStringLiteral("condition"), b.condition},
                                        {QStringLiteral("incidentNumber"), b.incidentNumber},
                                        {QStringLiteral("incident"), b.incident.toString(QUuid::WithoutBraces)},
                                        {QStringLiteral("start"), diary::json::isoWithOffset(b.start)},
                                        {QStringLiteral("summary"), b.summary}});
        o.insert(QStringLiteral("recordedBreaches"), breaches);
        orders.append(o);
    }

    QJsonArray exhibits;
    for (const evidence::ExhibitRecord& exhibit : data.exhibits) {
        QJsonObject o = evidence::json::toJson(exhibit);
        o.remove(QStringLiteral("deleted"));
        o.remove(QStringLiteral("deletionReason"));
        o.insert(QStringLiteral("file"), orNull(exhibitFiles.value(exhibit.exhibit.id)));
        exhibits.append(o);
    }

    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("daymark-incidents")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("exportedAt"), utc(data.exportedAt)},
        {QStringLiteral("fingerprint"), data.fingerprint},
        {QStringLiteral("exhibitInitials"), data.initials},
        {QStringLiteral("selection"), selectionJson(data.selection)},
        {QStringLiteral("redactedText"), redactedText()},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("people"), people},
        {QStringLiteral("orders"), orders},
        {QStringLiteral("exhibits"), exhibits},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace daymark::report
