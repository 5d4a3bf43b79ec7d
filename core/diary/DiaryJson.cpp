// JSON encoding of diary values.
#include "diary/DiaryJson.h"

#include "common/Error.h"
#include "common/IsoTimeText.h"
#include "evidence/JournalEntry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace daymark::diary::json {
namespace {

[[noreturn]] void badField(const QString& field, const QString& why)
{
    throw Error(Error::Kind::InvalidInput,
                QCoreApplication::translate("daymark::diary", "The field '%1' is not valid: %2.").arg(field, why));
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const std::optional<QDate>& date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray ids(const QList<QUuid>& list)
{
    QJsonArray out;
    for (const QUuid& id : list)
        out.append(id.toString(QUuid::WithoutBraces));
    return out;
}

QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString())
        badField(QLatin1String(key), QStringLiteral("expected text"));
    return v.toString();
}

bool flag(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return false;
    if (!v.isBool())
        badField(QLatin1String(key), QStringLiteral("expected true or false"));
    return v.toBool();
}

QStringList stringList(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

QUuid uuid(const QString& textValue, const QString& field)
{
    if (textValue.isEmpty())
        return {};
    const QUuid id = QUuid::fromString(textValue);
    if (id.isNull())
        badField(field, QStringLiteral("not an id"));
    return id;
}

QList<QUuid> uuidList(const QJsonObject& o, const char* key)
{
    QList<QUuid> out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
        out << uuid(v.toString(), QLatin1String(key));
    return out;
}

std::optional<double> number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isDouble())
        badField(QLatin1String(key), QStringLiteral("expected a number"));
    return v.toDouble();
}

std::optional<QDate> date(const QJsonObject& o, const char* key)
{
    const QString t = text(o, key);
    if (t.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        badField(QLatin1String(key), QStringLiteral("expected a date like 2026-03-31"));
    return d;
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(evidence::JournalEntry::timeText(t)) : QJsonValue();
}

} // namespace

QString isoWithOffset(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return isoTimeText(time, IsoFraction::Seconds) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDateTime parseIsoTime(const QString& textValue, const QString& timeZoneId)
{
    QDateTime t = QDateTime::fromString(textValue.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (!timeZoneId.isEmpty()) {
        const QTimeZone zone(timeZoneId.toUtf8());
        if (zone.isValid())
            t = t.toTimeZone(zone);
    }
    return t;
}

QByteArray payload(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parsePayload(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(Error::Kind::Corrupt,
                    QCoreApplication::translate("daymark::diary", "A stored record could not be read."),
                    error.errorString());
    return doc.object();
}

QJsonObject toJson(const Incident& i)
{
    QJsonArray breaches;
    for (const BreachLink& b : i.breaches)
        breaches.append(QJsonObject{{QStringLiteral("order"), b.order.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("condition"), b.condition}});
    return QJsonObject{
        {QStringLiteral("id"), i.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), typeCode(i.type)},
        {QStringLiteral("start"), isoWithOffset(i.start)},
        {QStringLiteral("end"), i.end ? QJsonValue(isoWithOffset(*i.end)) : QJsonValue()},
        {QStringLiteral("approximate"), i.approximate},
        {QStringLiteral("timeZone"), orNull(QString::fromUtf8(i.start.timeZone().id()))},
        {QStringLiteral("summary"), i.summary},
        {QStringLiteral("details"), orNull(i.details)},
        {QStringLiteral("channel"), orNull(i.channel)},
        {QStringLiteral("account"), orNull(i.account)},
        {QStringLiteral("place"), orNull(i.place)},
        {QStringLiteral("latitude"), orNull(i.latitude)},
        {QStringLiteral("longitude"), orNull(i.longitude)},
        {QStringLiteral("impact"), orNull(i.impact)},
        {QStringLiteral("people"), ids(i.people)},
        {QStringLiteral("witnesses"), ids(i.witnesses)},
        {QStringLiteral("witnessNotes"), orNull(i.witnessNotes)},
        {QStringLiteral("childrenPresent"), i.childrenPresent},
        {QStringLiteral("reportedToPolice"), i.reportedToPolice},
        {QStringLiteral("policeReference"), orNull(i.policeReference)},
        {QStringLiteral("officer"), orNull(i.officer)},
        {QStringLiteral("notes"), orNull(i.notes)},
        {QStringLiteral("tags"), strings(i.tags)},
        {QStringLiteral("breaches"), breaches},
    };
}

Incident incidentFromJson(const QJsonObject& o)
{
    Incident i;
    i.id = uuid(text(o, "id"), QStringLiteral("id"));
    const auto type = typeFromCode(text(o, "type"));
    if (!type)
        badField(QStringLiteral("type"), QStringLiteral("unknown type '%1'").arg(text(o, "type")));
    i.type = *type;
    const QString zone = text(o, "timeZone");
    i.start = parseIsoTime(text(o, "start"), zone);
    if (!i.start.isValid())
        badField(QStringLiteral("start"), QStringLiteral("expected a time like 2026-03-31T21:15:00+01:00"));
    if (const QString end = text(o, "end"); !end.isEmpty()) {
        i.end = parseIsoTime(end, zone);
        if (!i.end->isValid())
            badField(QStringLiteral("end"), QStringLiteral("expected a time like 2026-03-31T21:45:00+01:00"));
    }
    i.approximate = flag(o, "approximate");
    i.summary = text(o, "summary");
    i.details = text(o, "details");
    i.channel = text(o, "channel");
    i.account = text(o, "account");
    i.place = text(o, "place");
    i.latitude = number(o, "latitude");
    i.longitude = number(o, "longitude");
    i.impact = text(o, "impact");
    i.people = uuidList(o, "people");
    i.witnesses = uuidList(o, "witnesses");
    i.witnessNotes = text(o, "witnessNotes");
    i.childrenPresent = flag(o, "childrenPresent");
    i.reportedToPolice = flag(o, "reportedToPolice");
    i.policeReference = text(o, "policeReference");
    i.officer = text(o, "officer");
    i.notes = text(o, "notes");
    i.tags = stringList(o, "tags");
    for (const QJsonValue& v : o.value(QLatin1String("breaches")).toArray()) {
        const QJsonObject b = v.toObject();
        i.breaches.append({uuid(b.value(QLatin1String("order")).toString(), QStringLiteral("breaches")),
                           b.value(QLatin1String("condition")).toInt()});
    }
    return i;
}

QJsonObject toJson(const Person& p)
{
    QJsonArray vehicles;
    for (const Vehicle& v : p.vehicles)
        vehicles.append(QJsonObject{{QStringLiteral("make"), orNull(v.make)},
                                    {QStringLiteral("model"), orNull(v.model)},
                                    {QStringLiteral("colour"), orNull(v.colour)},
                                    {QStringLiteral("registration"), orNull(v.registration)}});
    QJsonArray handles;
    for (const Handle& h : p.handles)
        handles.append(
            QJsonObject{{QStringLiteral("platform"), orNull(h.platform)}, {QStringLiteral("handle"), h.handle}});
    return QJsonObject{
        {QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("role"), roleCode(p.role)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("aliases"), strings(p.aliases)},
        {QStringLiteral("relationship"), orNull(p.relationship)},
        {QStringLiteral("description"), orNull(p.description)},
        {QStringLiteral("vehicles"), vehicles},
        {QStringLiteral("phones"), strings(p.phones)},
        {QStringLiteral("emails"), strings(p.emails)},
        {QStringLiteral("handles"), handles},
        {QStringLiteral("addresses"), strings(p.addresses)},
        {QStringLiteral("organisation"), orNull(p.organisation)},
        {QStringLiteral("notes"), orNull(p.notes)},
    };
}

Person personFromJson(const QJsonObject& o)
{
    Person p;
    p.id = uuid(text(o, "id"), QStringLiteral("id"));
    const auto role = roleFromCode(text(o, "role"));
    if (!role)
        badField(QStringLiteral("role"), QStringLiteral("unknown role '%1'").arg(text(o, "role")));
    p.role = *role;
    p.name = text(o, "name");
    p.aliases = stringList(o, "aliases");
    p.relationship = text(o, "relationship");
    p.description = text(o, "description");
    for (const QJsonValue& v : o.value(QLatin1String("vehicles")).toArray()) {
        const QJsonObject vo = v.toObject();
        p.vehicles.append({text(vo, "make"), text(vo, "model"), text(vo, "colour"), text(vo, "registration")});
    }
    p.phones = stringList(o, "phones");
    p.emails = stringList(o, "emails");
    for (const QJsonValue& v : o.value(QLatin1String("handles")).toArray()) {
        const QJsonObject ho = v.toObject();
        p.handles.append({text(ho, "platform"), text(ho, "handle")});
    }
    p.addresses = stringList(o, "addresses");
    p.organisation = text(o, "organisation");
    p.notes = text(o, "notes");
    return p;
}

QJsonObject toJson(const ProtectionOrder& order)
{
    QJsonArray conditions;
    for (const OrderCondition& c : order.conditions)
        conditions.append(QJsonObject{{QStringLiteral("number"), c.number}, {QStringLiteral("text"), c.text}});
    return QJsonObject{
        {QStringLiteral("id"), order.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"), orderKindCode(order.kind)},
        {QStringLiteral("court"), orNull(order.court)},
        {QStringLiteral("reference"), orNull(order.reference)},
        {QStringLiteral("respondent"),
         order.respondent.isNull() ? QJsonValue() : QJsonValue(order.respondent.toString(QUuid::WithoutBraces))},
        {QStringLiteral("made"), orNull(order.made)},
        {QStringLiteral("served"), orNull(order.served)},
        {QStringLiteral("expires"), orNull(order.expires)},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("notes"), orNull(order.notes)},
    };
}

ProtectionOrder orderFromJson(const QJsonObject& o)
{
    ProtectionOrder order;
    order.id = uuid(text(o, "id"), QStringLiteral("id"));
    const auto kind = orderKindFromCode(text(o, "kind"));
    if (!kind)
        badField(QStringLiteral("kind"), QStringLiteral("unknown kind '%1'").arg(text(o, "kind")));
    order.kind = *kind;
    order.court = text(o, "court");
    order.reference = text(o, "reference");
    order.respondent = uuid(text(o, "respondent"), QStringLiteral("respondent"));
    order.made = date(o, "made");
    order.served = date(o, "served");
    order.expires = date(o, "expires");
    for (const QJsonValue& v : o.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = v.toObject();
        order.conditions.append({c.value(QLatin1String("number")).toInt(), text(c, "text")});
    }
    order.notes = text(o, "notes");
    return order;
}

QJsonObject toJson(const IncidentRecord& r)
{
    QJsonObject o = toJson(r.incident);
    o.insert(QStringLiteral("number"), r.number);
    o.insert(QStringLiteral("recordedAt"), timeOrNull(r.recordedAt));
    o.insert(QStringLiteral("lastChangedAt"), timeOrNull(r.lastChangedAt));
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("amended"), r.amended());
    o.insert(QStringLiteral("deleted"), r.deleted);
    o.insert(QStringLiteral("deletionReason"), orNull(r.deletionReason));
    o.insert(QStringLiteral("exhibitCount"), r.exhibitCount);
    return o;
}

QJsonObject toJson(const PersonRecord& r)
{
    QJsonObject o = toJson(r.person);
    o.insert(QStringLiteral("recordedAt"), timeOrNull(r.recordedAt));
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("deleted"), r.deleted);
    return o;
}

QJsonObject toJson(const OrderRecord& r)
{
    QJsonObject o = toJson(r.order);
    o.insert(QStringLiteral("recordedAt"), timeOrNull(r.recordedAt));
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("deleted"), r.deleted);
    return o;
}

} // namespace daymark::diary::json
