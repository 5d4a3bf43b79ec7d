// Incident storage: the journal is the record; the incidents table, link tables and search index are its projection.
#include "diary/IncidentRepository.h"

#include "common/Error.h"
#include "diary/DiaryJson.h"
#include "diary/IdPrefix.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstring>

namespace daymark::diary {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

constexpr auto kSelect =
    "SELECT i.number, i.recorded_at, i.changed_at, i.version, i.deleted, i.deletion_reason, i.data, "
    "(SELECT count(*) FROM incident_exhibits e WHERE e.incident = i.id) FROM incidents i ";

IncidentRecord readRecord(const vault::SqlStatement& stmt)
{
    IncidentRecord r;
    r.number = stmt.columnInt(0);
    r.recordedAt = QDateTime::fromString(stmt.columnText(1), Qt::ISODateWithMs);
    r.lastChangedAt = QDateTime::fromString(stmt.columnText(2), Qt::ISODateWithMs);
    r.version = static_cast<int>(stmt.columnInt(3));
    r.deleted = stmt.columnInt(4) != 0;
    r.deletionReason = stmt.columnText(5);
    r.incident = json::incidentFromJson(json::parsePayload(stmt.columnBlob(6)));
    r.exhibitCount = static_cast<int>(stmt.columnInt(7));
    return r;
}

// WHERE clauses from fixed fragments; every value is bound, never spliced into the SQL.
struct Query
{
    QString where;
    QList<std::function<void(vault::SqlStatement&, int)>> binders;

    void add(const char* clause) { where += (where.isEmpty() ? u"WHERE " : u" AND ") + QLatin1String(clause); }
    template <typename T> void add(const char* clause, T value)
    {
        add(clause);
        binders.append([value](vault::SqlStatement& s, int index) { s.bind(index, value); });
    }
    int bindAll(vault::SqlStatement& stmt) const
    {
        int index = 1;
        for (const auto& bind : binders)
            bind(stmt, index++);
        return index;
    }
};

Query buildQuery(const IncidentFilter& f)
{
    Query q;
    if (f.deleted == IncidentFilter::Deleted::Exclude)
        q.add("i.deleted = 0");
    else if (f.deleted == IncidentFilter::Deleted::Only)
        q.add("i.deleted = 1");
    if (f.from.isValid())
        q.add("i.occurred_utc >= ?", evidence::JournalEntry::timeText(f.from));
    if (f.to.isValid())
        q.add("i.occurred_utc < ?", evidence::JournalEntry::timeText(f.to));
    if (!f.types.isEmpty()) {
        QString in = QStringLiteral("i.type IN (");
        for (int k = 0; k < f.types.size(); ++k) {
            in += k ? QStringLiteral(", ?") : QStringLiteral("?");
            q.binders.append([code = typeCode(f.types[k])](vault::SqlStatement& s, int i) { s.bind(i, code); });
        }
        q.where += (q.where.isEmpty() ? u"WHERE " : u" AND ") + in + u')';
    }
    if (!f.person.isNull())
        q.add("i.number IN (SELECT incident FROM incident_people WHERE person = ?)", idText(f.person));
    if (!f.order.isNull())
        q.add("i.number IN (SELECT incident FROM incident_breaches WHERE order_id = ?)", idText(f.order));
    if (f.breach)
        q.add("i.breach = ?", qint64(*f.breach));
    if (f.reported)
        q.add("i.reported = ?", qint64(*f.reported));
    return q;
}

// Words of a search as FTS4 prefix terms, lower-cased so no word can act as an operator (OR, NOT, NEAR).
QString matchExpression(const QString& query)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(query);
    while (it.hasNext())
        terms << it.next().captured().toLower() + u'*';
    return terms.join(u' ');
}

// Incident times are kept to the second (as the JSON stores them), so what is saved is exactly what reads back.
Incident wholeSeconds(Incident incident)
{
    auto truncate = [](QDateTime& t) {
        if (t.isValid())
            t = t.addMSecs(-t.time().msec());
    };
    truncate(incident.start);
    if (incident.end)
        truncate(*incident.end);
    return incident;
}

// Where `key` next occurs in `data` at or after `from` (-1: nowhere). memmem: the entries are scanned once each.
qsizetype find(QByteArrayView data, QByteArrayView key, qsizetype from)
{
    const void* hit = memmem(data.data() + from, size_t(data.size() - from), key.data(), size_t(key.size()));
    return hit ? qsizetype(static_cast<const char*>(hit) - data.data()) : -1;
}

// A top-level text field of a stored incident's compact JSON, found by its key without parsing the whole entry (a
// key pattern cannot occur inside a value: quotes in values are escaped). Keys are sorted, so each search starts
// where the previous key was found (`from`, moved past this one). nullopt when absent or not plain text.
std::optional<QString> jsonText(QByteArrayView data, QByteArrayView key, qsizetype& from)
{
    const qsizetype at = find(data, key, from);
    if (at < 0)
        return std::nullopt;
    const qsizetype value = at + key.size();
    if (data.sliced(value).startsWith("null")) {
        from = value;
        return QString();
    }
    const qsizetype end = value < data.size() ? data.indexOf('"', value + 1) : -1;
    if (end < 0 || data[value] != '"')
        return std::nullopt;
    from = end;
    const QByteArrayView text = data.sliced(value + 1, end - value - 1);
    if (text.contains('\\'))
        return std::nullopt; // escapes: the caller decodes the whole entry
    return QString::fromUtf8(text);
}

// "2026-03-01T21:40:00+01:00" (as isoWithOffset writes every stored start) read by hand: QDateTime's parser would
// cost more than the rest of reading an entry.
bool parseStart(const QString& text, qint64& utcMs, int& offset)
{
    if (text.size() != 25 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || (text[19] != u'+' && text[19] != u'-') || text[22] != u':')
        return false;
    auto num = [&text](int at, int digits) {
        int value = 0;
        for (int k = at; k < at + digits; ++k) {
            if (!text[k].isDigit())
                return -1;
            value = value * 10 + text[k].digitValue();
        }
        return value;
    };
    const QDate day(num(0, 4), num(5, 2), num(8, 2));
    const int h = num(11, 2), m = num(14, 2), sec = num(17, 2), oh = num(20, 2), om = num(23, 2);
    if (!day.isValid() || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59 || oh < 0 || om < 0)
        return false;
    offset = (text[19] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
    utcMs = ((day.toJulianDay() - 2'440'588) * 86'400 + h * 3600 + m * 60 + sec - offset) * qint64(1000);
    return true;
}

TimelineEntry timelineEntry(const vault::SqlStatement& stmt)
{
    TimelineEntry e;
    e.number = stmt.columnInt(0);
    e.id = QUuid::fromString(stmt.columnText(1));
    e.type = typeFromCode(stmt.columnText(2)).value_or(IncidentType::Other);
    e.breach = stmt.columnInt(3) != 0;
    const QByteArray data = stmt.columnBlob(4);
    qsizetype from = 0;
    const auto channel = jsonText(data, "\"channel\":", from);
    const auto place = channel ? jsonText(data, "\"place\":", from) : std::nullopt;
    const auto start = place ? jsonText(data, "\"start\":", from) : std::nullopt;
    const qsizetype tagsAt = start ? find(data, "\"tags\":[", from) : -1;
    const qsizetype tagsEnd = tagsAt < 0 ? -1 : data.indexOf(']', tagsAt);
    // ["a","b"]: plain tags split by hand; anything escaped is left to the whole decode below.
    const QByteArrayView tags =
        tagsEnd < 0 ? QByteArrayView() : QByteArrayView(data).sliced(tagsAt + 8, tagsEnd - tagsAt - 8);
    const bool plainTags = tagsEnd >= 0 && !tags.contains('\\') &&
                           (tags.isEmpty() || (tags.startsWith('"') && tags.endsWith('"') && tags.size() >= 2));
    if (start && parseStart(*start, e.startUtcMs, e.utcOffset) && plainTags) {
        e.channel = *channel;
        e.place = *place;
        if (!tags.isEmpty())
            e.tags = QString::fromUtf8(tags.sliced(1, tags.size() - 2)).split(QStringLiteral("\",\""));
        return e;
    }
    const Incident incident = json::incidentFromJson(json::parsePayload(data));
    e.startUtcMs = incident.start.toMSecsSinceEpoch();
    e.utcOffset = incident.start.offsetFromUtc();
    e.channel = incident.channel;
    e.place = incident.place;
    e.tags = incident.tags;
    return e;
}

} // namespace

IncidentRepository::IncidentRepository(vault::SqlConnection& db, evidence::Journal& journal)
    : m_db(db), m_journal(journal)
{}

void IncidentRepository::validate(const Incident& i)
{
    if (i.summary.trimmed().isEmpty())
        invalid(tr("Summary: say in a few words what happened."));
    if (!i.start.isValid())
        invalid(tr("Start: the time it happened is missing or not a valid date and time."));
    if (i.end && !i.end->isValid())
        invalid(tr("End: not a valid date and time. Leave it out if you do not know it."));
    if (i.end && *i.end < i.start)
        invalid(tr("End: the end is before the start. Give an end after the start, or none."));
    if (i.latitude.has_value() != i.longitude.has_value())
        invalid(tr("Coordinates: give both latitude and longitude, or neither."));
    if (i.latitude && (*i.latitude < -90 || *i.latitude > 90 || *i.longitude < -180 || *i.longitude > 180))
        invalid(tr("Coordinates: latitude must be between -90 and 90 and longitude between -180 and 180."));
    // 0: no such person, 1: in the diary, 2: deleted
    auto personState = [this](const QUuid& id) {
        auto stmt = m_db.prepare("SELECT deleted FROM people WHERE id = ?1");
        stmt.bind(1, idText(id));
        return !stmt.step() ? 0 : stmt.columnInt(0) ? 2 : 1;
    };
    for (const QUuid& p : i.people) {
        if (const int state = personState(p); state == 0)
            invalid(tr("People: there is no person with id %1 in this diary. Add the person first.").arg(idText(p)));
        else if (state == 2)
            invalid(tr("People: the person with id %1 is deleted. Restore them first.").arg(idText(p)));
    }
    for (const QUuid& p : i.witnesses) {
        if (const int state = personState(p); state == 0)
            invalid(tr("Witnesses: there is no person with id %1 in this diary. Add the person first.").arg(idText(p)));
        else if (state == 2)
            invalid(tr("Witnesses: the person with id %1 is deleted. Restore them first.").arg(idText(p)));
    }
    for (const BreachLink& b : i.breaches) {
        auto stmt = m_db.prepare("SELECT data FROM orders WHERE id = ?1 AND deleted = 0");
        stmt.bind(1, idText(b.order));
        if (!stmt.step())
            invalid(tr("Breaches: there is no protection order with id %1 in this diary.").arg(idText(b.order)));
        const ProtectionOrder order = json::orderFromJson(json::parsePayload(stmt.columnBlob(0)));
        if (!order.condition(b.condition))
            invalid(tr("Breaches: the order has no condition number %1.").arg(b.condition));
    }
}

IncidentRecord IncidentRepository::add(Incident incident)
{
    if (incident.id.isNull())
        incident.id = QUuid::createUuid();
    incident = wholeSeconds(incident);
    validate(incident);
    vault::Transaction transaction(m_db);
    auto exists = m_db.prepare("SELECT 1 FROM incidents WHERE id = ?1");
    exists.bind(1, idText(incident.id));
    if (exists.step())
        invalid(tr("An incident with this id already exists."));
    const IncidentRecord record = write(incident, QStringLiteral("create"), {});
    transaction.commit();
    return record;
}

IncidentRecord IncidentRepository::amend(const Incident& changedAsGiven, const QString& reason)
{
    const Incident changed = wholeSeconds(changedAsGiven);
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the entry is being amended; the earlier version is kept beside it."));
    const IncidentRecord current = get(changed.id);
    if (current.deleted)
        invalid(tr("This incident is deleted. Restore it before amending it."));
    if (current.incident == changed)
        invalid(tr("Nothing was changed, so there is nothing to amend."));
    validate(changed);
    vault::Transaction transaction(m_db);
    const IncidentRecord record = write(changed, QStringLiteral("amend"), reason.trimmed());
    transaction.commit();
    return record;
}

IncidentRecord IncidentRepository::remove(const QUuid& id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the entry is being deleted. It can be restored later."));
    const IncidentRecord current = get(id);
    if (current.deleted)
        invalid(tr("This incident is already deleted."));
    vault::Transaction transaction(m_db);
    const IncidentRecord record = write(current.incident, QStringLiteral("delete"), reason.trimmed());
    transaction.commit();
    return record;
}

IncidentRecord IncidentRepository::restore(const QUuid& id, const QString& reason)
{
    const IncidentRecord current = get(id);
    if (!current.deleted)
        invalid(tr("This incident is not deleted, so there is nothing to restore."));
    vault::Transaction transaction(m_db);
    const IncidentRecord record = write(current.incident, QStringLiteral("restore"), reason.trimmed());
    transaction.commit();
    return record;
}

IncidentRecord IncidentRepository::write(const Incident& incident, const QString& action, const QString& reason)
{
    const QByteArray data = json::payload(json::toJson(incident));
    const evidence::JournalEntry entry =
        m_journal.append(action, QStringLiteral("incident"), idText(incident.id), reason, data);
    const QString at = evidence::JournalEntry::timeText(entry.recordedAt);
    const QString occurred = evidence::JournalEntry::timeText(incident.start);
    if (action == QLatin1String("create")) {
        auto insert = m_db.prepare("INSERT INTO incidents(id, type, occurred_utc, recorded_at, changed_at, version, "
                                   "deleted, reported, breach, data) VALUES (?1, ?2, ?3, ?4, ?4, 1, 0, ?5, ?6, ?7)");
        insert.bind(1, idText(incident.id))
            .bind(2, typeCode(incident.type))
            .bind(3, occurred)
            .bind(4, at)
            .bind(5, qint64(incident.reportedToPolice))
            .bind(6, qint64(!incident.breaches.isEmpty()))
            .bind(7, data)
            .run();
        // A new incident: its number is the row just inserted, and it has nothing indexed yet to clear. Built here
        // rather than read back, since an import writes tens of thousands of these in one go.
        IncidentRecord record;
        record.incident = incident;
        record.number = m_db.lastInsertRowId();
        record.recordedAt = entry.recordedAt;
        record.lastChangedAt = entry.recordedAt;
        index(record.number, incident, IndexMode::New);
        return record;
    } else {
        auto update = m_db.prepare(
            "UPDATE incidents SET type = ?2, occurred_utc = ?3, changed_at = ?4, "
            "version = version + ?5, deleted = ?6, deletion_reason = ?7, reported = ?8, breach = ?9, data = ?10 "
            "WHERE id = ?1");
        const bool deleting = action == QLatin1String("delete");
        update.bind(1, idText(incident.id))
            .bind(2, typeCode(incident.type))
            .bind(3, occurred)
            .bind(4, at)
            .bind(5, qint64(action == QLatin1String("amend")))
            .bind(6, qint64(deleting))
            .bind(7, deleting ? reason : QString())
            .bind(8, qint64(incident.reportedToPolice))
            .bind(9, qint64(!incident.breaches.isEmpty()))
            .bind(10, data)
            .run();
    }
    if (action == QLatin1String("amend")) {
        auto numberOf = m_db.prepare("SELECT number FROM incidents WHERE id = ?1");
        numberOf.bind(1, idText(incident.id));
        numberOf.step();
        index(numberOf.columnInt(0), incident, IndexMode::Replace);
    }
    return get(incident.id);
}

void IncidentRepository::index(qint64 number, const Incident& incident, IndexMode mode)
{
    // A new number has no rows yet; the full-text DELETE in particular costs a statement preparation inside SQLite
    // for each call.
    if (mode == IndexMode::Replace) {
        auto clearPeople = m_db.prepare("DELETE FROM incident_people WHERE incident = ?1");
        clearPeople.bind(1, number).run();
        auto clearBreaches = m_db.prepare("DELETE FROM incident_breaches WHERE incident = ?1");
        clearBreaches.bind(1, number).run();
        auto clearText = m_db.prepare("DELETE FROM incident_text WHERE docid = ?1");
        clearText.bind(1, number).run();
    }
    auto addPerson =
        m_db.prepare("INSERT OR IGNORE INTO incident_people(incident, person, witness) VALUES (?1, ?2, ?3)");
    QStringList names;
    auto nameOf = m_db.prepare("SELECT data FROM people WHERE id = ?1");
    auto link = [&](const QUuid& id, bool witness) {
        addPerson.bind(1, number).bind(2, idText(id)).bind(3, qint64(witness)).run();
        nameOf.bind(1, idText(id));
        if (nameOf.step()) {
            const Person p = json::personFromJson(json::parsePayload(nameOf.columnBlob(0)));
            names << p.name << p.aliases;
        }
        nameOf.reset();
    };
    for (const QUuid& id : incident.people)
        link(id, false);
    for (const QUuid& id : incident.witnesses)
        link(id, true);
    auto addBreach =
        m_db.prepare("INSERT OR IGNORE INTO incident_breaches(incident, order_id, condition) VALUES (?1, ?2, ?3)");
    for (const BreachLink& b : incident.breaches)
        addBreach.bind(1, number).bind(2, idText(b.order)).bind(3, qint64(b.condition)).run();

    auto addText = m_db.prepare("INSERT INTO incident_text(docid, summary, details, place, people, tags, notes) VALUES "
                                "(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    addText.bind(1, number)
        .bind(2, incident.summary)
        .bind(3, QStringList{incident.details, incident.channel, incident.account, incident.impact,
                             incident.witnessNotes, incident.policeReference, incident.officer}
                     .join(u'\n'))
        .bind(4, incident.place)
        .bind(5, names.join(u' '))
        .bind(6, incident.tags.join(u' '))
        .bind(7, incident.notes)
        .run();
}

void IncidentRepository::reindexPerson(const QUuid& person)
{
    auto stmt = m_db.prepare("SELECT DISTINCT i.number, i.data FROM incidents i JOIN incident_people p "
                             "ON p.incident = i.number WHERE p.person = ?1");
    stmt.bind(1, idText(person));
    std::vector<std::pair<qint64, Incident>> affected;
    while (stmt.step())
        affected.emplace_back(stmt.columnInt(0), json::incidentFromJson(json::parsePayload(stmt.columnBlob(1))));
    for (const auto& [number, incident] : affected)
        index(number, incident, IndexMode::Replace);
}

std::optional<IncidentRecord> IncidentRepository::find(const QUuid& id)
{
    auto stmt = m_db.prepare((QLatin1String(kSelect) + u"WHERE i.id = ?1").toUtf8().constData());
    stmt.bind(1, idText(id));
    if (!stmt.step())
        return std::nullopt;
    return readRecord(stmt);
}

IncidentRecord IncidentRepository::get(const QUuid& id)
{
    auto found = find(id);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("There is no incident with id %1 in this diary.").arg(idText(id)));
    return *found;
}

QUuid IncidentRepository::resolve(const QString& reference)
{
    static const QRegularExpression number(QStringLiteral("^#?(\\d{1,12})$"));
    if (const auto m = number.match(reference.trimmed()); m.hasMatch()) {
        auto stmt = m_db.prepare("SELECT id FROM incidents WHERE number = ?1");
        stmt.bind(1, m.captured(1).toLongLong());
        if (stmt.step())
            return QUuid::fromString(stmt.columnText(0));
        // Not a number in use: an id can also begin with six or more digits.
        if (reference.trimmed().startsWith(u'#') || m.captured(1).size() < 6)
            throw Error(Error::Kind::NotFound, tr("There is no incident number %1 in this diary.").arg(m.captured(1)));
    }
    if (const auto id = resolveIdPrefix(m_db, "incidents", reference,
                                        {tr("No incident in this diary has an id starting '%1'."),
                                         tr("More than one incident has an id starting '%1'. Give more of the id.")}))
        return *id;
    invalid(
        tr("'%1' is not an incident number or id. Use the number shown by 'list' (e.g. 12) or the id.").arg(reference));
}

std::vector<IncidentRecord> IncidentRepository::list(const IncidentFilter& filter, int limit, int offset)
{
    const Query q = buildQuery(filter);
    auto stmt = m_db.prepare(
        (QLatin1String(kSelect) + q.where + u" ORDER BY i.occurred_utc DESC, i.number DESC LIMIT ? OFFSET ?")
            .toUtf8()
            .constData());
    const int next = q.bindAll(stmt);
    stmt.bind(next, qint64(limit)).bind(next + 1, qint64(offset));
    std::vector<IncidentRecord> out;
    while (stmt.step())
        out.push_back(readRecord(stmt));
    return out;
}

qint64 IncidentRepository::count(const IncidentFilter& filter)
{
    const Query q = buildQuery(filter);
    auto stmt = m_db.prepare((u"SELECT count(*) FROM incidents i " + q.where).toUtf8().constData());
    q.bindAll(stmt);
    return stmt.step() ? stmt.columnInt(0) : 0;
}

std::vector<TimelineEntry> IncidentRepository::timeline(const IncidentFilter& filter)
{
    const Query q = buildQuery(filter);
    auto stmt = m_db.prepare((u"SELECT i.number, i.id, i.type, i.breach, i.data FROM incidents i " + q.where +
                              u" ORDER BY i.occurred_utc, i.number")
                                 .toUtf8()
                                 .constData());
    q.bindAll(stmt);
    std::vector<TimelineEntry> out;
    while (stmt.step())
        out.push_back(timelineEntry(stmt));
    return out;
}

std::vector<IncidentRecord> IncidentRepository::search(const QString& query, const IncidentFilter& filter, int limit,
                                                       int offset)
{
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return {};
    Query q = buildQuery(filter);
    q.add("i.number IN (SELECT docid FROM incident_text WHERE incident_text MATCH ?)", match);
    auto stmt = m_db.prepare(
        (QLatin1String(kSelect) + q.where + u" ORDER BY i.occurred_utc DESC, i.number DESC LIMIT ? OFFSET ?")
            .toUtf8()
            .constData());
    const int next = q.bindAll(stmt);
    stmt.bind(next, qint64(limit)).bind(next + 1, qint64(offset));
    std::vector<IncidentRecord> out;
    while (stmt.step())
        out.push_back(readRecord(stmt));
    return out;
}

std::vector<IncidentVersion> IncidentRepository::history(const QUuid& id)
{
    std::vector<IncidentVersion> versions;
    int version = 0;
    for (const evidence::JournalEntry& e : m_journal.entriesFor(idText(id))) {
        if (e.entity != QLatin1String("incident"))
            continue;
        if (e.action == QLatin1String("create") || e.action == QLatin1String("amend"))
            ++version;
        versions.push_back(
            {version, e.seq, e.action, e.recordedAt, e.reason, json::incidentFromJson(json::parsePayload(e.payload))});
    }
    if (versions.empty())
        throw Error(Error::Kind::NotFound, tr("There is no incident with id %1 in this diary.").arg(idText(id)));
    return versions;
}

} // namespace daymark::diary
