// CSV rows are built from the same JSON the bundle's incidents.json holds, so both always agree.
#include "report/IncidentCsv.h"

#include "diary/DiaryJson.h"
#include "report/ReportLookup.h"

#include <QJsonArray>
#include <QJsonObject>

namespace daymark::report {
namespace {

const char* const kColumns[] = {
    "number",
    "id",
    "type",
    "typeName",
    "start",
    "end",
    "timeZone",
    "approximate",
    "summary",
    "details",
    "channel",
    "account",
    "place",
    "latitude",
    "longitude",
    "impact",
    "people",
    "witnesses",
    "witnessNotes",
    "childrenPresent",
    "reportedToPolice",
    "policeReference",
    "officer",
    "notes",
    "tags",
    "breaches",
    "exhibits",
    "recordedAt",
    "lastChangedAt",
    "version",
    "amended",
    "earlierVersions",
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString joined(const QStringList& values)
{
    return values.join(QStringLiteral("; "));
}

} // namespace

QStringList incidentCsvColumns(bool privateNotes)
{
    QStringList columns;
    for (const char* column : kColumns)
        if (privateNotes || qstrcmp(column, "notes") != 0)
            columns.append(QLatin1String(column));
    return columns;
}

QString csvField(const QString& value, bool text)
{
    QString field = value;
    if (text && !field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            field.prepend(u'\'');
    }
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

QByteArray incidentsCsv(const ReportData& data)
{
    const bool notes = data.selection.includePrivateNotes;
    const ReportLookup lookup(data);
    QString out;
    QStringList header;
    for (const QString& column : incidentCsvColumns(notes))
        header.append(csvField(column));
    out += header.join(u',') + QStringLiteral("\r\n");

    for (const ReportIncident& item : data.incidents) {
        const diary::IncidentRecord& r = item.record;
        const diary::Incident& i = r.incident;
        const QJsonObject o = diary::json::toJson(r);
        auto str = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
        auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'g', 10) : QString(); };
        QStringList row;
        row << csvField(QString::number(r.number), false) << csvField(str("id"), false) << csvField(str("type"))
            << csvField(diary::typeName(i.type)) << csvField(str("start"), false) << csvField(str("end"), false)
            << csvField(str("timeZone")) << yesNo(i.approximate) << csvField(i.summary) << csvField(i.details)
            << csvField(i.channel) << csvField(i.account) << csvField(i.place) << number(i.latitude)
            << number(i.longitude) << csvField(i.impact) << csvField(joined(lookup.peopleNames(i.people)))
            << csvField(joined(lookup.peopleNames(i.witnesses))) << csvField(i.witnessNotes) << yesNo(i.childrenPresent)
            << yesNo(i.reportedToPolice) << csvField(i.policeReference) << csvField(i.officer);
        if (notes)
            row << csvField(i.notes);
        row << csvField(joined(i.tags)) << csvField(joined(lookup.breachTexts(i.breaches)))
            << csvField(joined(ReportLookup::exhibitLabels(item))) << csvField(str("recordedAt"), false)
            << csvField(str("lastChangedAt"), false) << QString::number(r.version) << yesNo(r.amended())
            << QString::number(item.earlier.size());
        out += row.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace daymark::report
