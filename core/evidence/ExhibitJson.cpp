// JSON encoding of exhibits.
#include "evidence/ExhibitJson.h"

#include "evidence/JournalEntry.h"

#include <QJsonArray>

namespace daymark::evidence::json {
namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(JournalEntry::timeText(t)) : QJsonValue();
}

QDateTime time(const QJsonValue& v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

std::optional<double> number(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject toJson(const Exhibit& e)
{
    QJsonArray incidents;
    for (const QUuid& id : e.incidents)
        incidents.append(id.toString(QUuid::WithoutBraces));
    const MediaMetadata& m = e.metadata;
    const QJsonObject metadata{
        // The camera's local time, as EXIF stores it (no zone): "yyyy-MM-ddTHH:mm:ss".
        {QStringLiteral("captured"),
         m.captured.isValid() ? QJsonValue(m.captured.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))) : QJsonValue()},
        {QStringLiteral("cameraMake"), orNull(m.cameraMake)},
        {QStringLiteral("cameraModel"), orNull(m.cameraModel)},
        {QStringLiteral("latitude"), orNull(m.latitude)},
        {QStringLiteral("longitude"), orNull(m.longitude)},
        {QStringLiteral("altitude"), orNull(m.altitude)},
        {QStringLiteral("width"), m.width ? QJsonValue(m.width) : QJsonValue()},
        {QStringLiteral("height"), m.height ? QJsonValue(m.height) : QJsonValue()},
        {QStringLiteral("durationMs"), m.durationMs ? QJsonValue(double(*m.durationMs)) : QJsonValue()},
    };
    return QJsonObject{
        {QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("label"), e.label},
        {QStringLiteral("originalName"), e.originalName},
        {QStringLiteral("size"), double(e.size)},
        {QStringLiteral("mediaType"), e.mediaType},
        {QStringLiteral("sha256"), e.sha256},
        {QStringLiteral("fileModified"), timeOrNull(e.fileModified)},
        {QStringLiteral("fileCreated"), timeOrNull(e.fileCreated)},
        {QStringLiteral("howObtained"), orNull(e.howObtained)},
        {QStringLiteral("description"), orNull(e.description)},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("incidents"), incidents},
    };
}

QJsonObject toJson(const ExhibitRecord& r)
{
    QJsonObject o = toJson(r.exhibit);
    o.insert(QStringLiteral("number"), r.number);
    o.insert(QStringLiteral("addedAt"), timeOrNull(r.addedAt));
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("deleted"), r.deleted);
    o.insert(QStringLiteral("deletionReason"), orNull(r.deletionReason));
    return o;
}

Exhibit exhibitFromJson(const QJsonObject& o)
{
    Exhibit e;
    e.id = QUuid::fromString(o.value(QLatin1String("id")).toString());
    e.label = o.value(QLatin1String("label")).toString();
    e.originalName = o.value(QLatin1String("originalName")).toString();
    e.size = qint64(o.value(QLatin1String("size")).toDouble());
    e.mediaType = o.value(QLatin1String("mediaType")).toString();
    e.sha256 = o.value(QLatin1String("sha256")).toString();
    e.fileModified = time(o.value(QLatin1String("fileModified")));
    e.fileCreated = time(o.value(QLatin1String("fileCreated")));
    e.howObtained = o.value(QLatin1String("howObtained")).toString();
    e.description = o.value(QLatin1String("description")).toString();
    const QJsonObject m = o.value(QLatin1String("metadata")).toObject();
    e.metadata.captured =
        QDateTime::fromString(m.value(QLatin1String("captured")).toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    e.metadata.cameraMake = m.value(QLatin1String("cameraMake")).toString();
    e.metadata.cameraModel = m.value(QLatin1String("cameraModel")).toString();
    e.metadata.latitude = number(m.value(QLatin1String("latitude")));
    e.metadata.longitude = number(m.value(QLatin1String("longitude")));
    e.metadata.altitude = number(m.value(QLatin1String("altitude")));
    e.metadata.width = m.value(QLatin1String("width")).toInt();
    e.metadata.height = m.value(QLatin1String("height")).toInt();
    if (const auto d = number(m.value(QLatin1String("durationMs"))))
        e.metadata.durationMs = qint64(*d);
    for (const QJsonValue& v : o.value(QLatin1String("incidents")).toArray())
        e.incidents << QUuid::fromString(v.toString());
    return e;
}

} // namespace daymark::evidence::json
