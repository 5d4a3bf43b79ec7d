// People storage: journal first, then the people table as its projection.
#include "diary/PersonRepository.h"

#include "common/Error.h"
#include "diary/DiaryJson.h"
#include "diary/IdPrefix.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"

#include <QCoreApplication>

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

PersonRecord readRecord(const vault::SqlStatement& stmt)
{
    PersonRecord r;
    r.recordedAt = QDateTime::fromString(stmt.columnText(0), Qt::ISODateWithMs);
    r.version = static_cast<int>(stmt.columnInt(1));
    r.deleted = stmt.columnInt(2) != 0;
    r.person = json::personFromJson(json::parsePayload(stmt.columnBlob(3)));
    return r;
}

void validate(const Person& p)
{
    if (p.name.trimmed().isEmpty())
        invalid(tr("Name: give a name, or a description such as \"unknown man in the blue car\"."));
}

} // namespace

PersonRepository::PersonRepository(vault::SqlConnection& db, evidence::Journal& journal,
                                   std::function<void(const QUuid&)> namesChanged)
    : m_db(db), m_journal(journal), m_namesChanged(std::move(namesChanged))
{}

PersonRecord PersonRepository::add(Person person)
{
    if (person.id.isNull())
        person.id = QUuid::createUuid();
    validate(person);
    if (find(person.id))
        invalid(tr("A person with this id already exists."));
    vault::Transaction transaction(m_db);
    const PersonRecord record = write(person, QStringLiteral("create"), {});
    transaction.commit();
    return record;
}

PersonRecord PersonRepository::amend(const Person& changed, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why this person's details are being amended."));
    const PersonRecord current = get(changed.id);
    if (current.person == changed)
        invalid(tr("Nothing was changed, so there is nothing to amend."));
    validate(changed);
    vault::Transaction transaction(m_db);
    const PersonRecord record = write(changed, QStringLiteral("amend"), reason.trimmed());
    if (m_namesChanged && (current.person.name != changed.name || current.person.aliases != changed.aliases))
        m_namesChanged(changed.id);
    transaction.commit();
    return record;
}

PersonRecord PersonRepository::remove(const QUuid& id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why this person is being deleted. They can be restored later."));
    const PersonRecord current = get(id);
    if (current.deleted)
        invalid(tr("This person is already deleted."));
    vault::Transaction transaction(m_db);
    const PersonRecord record = write(current.person, QStringLiteral("delete"), reason.trimmed());
    transaction.commit();
    return record;
}

PersonRecord PersonRepository::restore(const QUuid& id, const QString& reason)
{
    const PersonRecord current = get(id);
    if (!current.deleted)
        invalid(tr("This person is not deleted, so there is nothing to restore."));
    vault::Transaction transaction(m_db);
    const PersonRecord record = write(current.person, QStringLiteral("restore"), reason.trimmed());
    transaction.commit();
    return record;
}

PersonRecord PersonRepository::write(const Person& person, const QString& action, const QString& reason)
{
    const QByteArray data = json::payload(json::toJson(person));
    const auto entry = m_journal.append(action, QStringLiteral("person"), idText(person.id), reason, data);
    if (action == QLatin1String("create")) {
        auto insert = m_db.prepare("INSERT INTO people(id, role, name, recorded_at, version, deleted, data) "
                                   "VALUES (?1, ?2, ?3, ?4, 1, 0, ?5)");
        insert.bind(1, idText(person.id))
            .bind(2, roleCode(person.role))
            .bind(3, person.name)
            .bind(4, evidence::JournalEntry::timeText(entry.recordedAt))
            .bind(5, data)
            .run();
    } else {
        auto update = m_db.prepare("UPDATE people SET role = ?2, name = ?3, version = version + ?4, deleted = ?5, "
                                   "data = ?6 WHERE id = ?1");
        update.bind(1, idText(person.id))
            .bind(2, roleCode(person.role))
            .bind(3, person.name)
            .bind(4, qint64(action == QLatin1String("amend")))
            .bind(5, qint64(action == QLatin1String("delete")))
            .bind(6, data)
            .run();
    }
    return get(person.id);
}

std::optional<PersonRecord> PersonRepository::find(const QUuid& id)
{
    auto stmt = m_db.prepare("SELECT recorded_at, version, deleted, data FROM people WHERE id = ?1");
    stmt.bind(1, idText(id));
    if (!stmt.step())
        return std::nullopt;
    return readRecord(stmt);
}

PersonRecord PersonRepository::get(const QUuid& id)
{
    auto found = find(id);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("There is no person with id %1 in this diary.").arg(idText(id)));
    return *found;
}

QUuid PersonRepository::resolve(const QString& reference)
{
    auto byName = m_db.prepare("SELECT id FROM people WHERE name = ?1 COLLATE NOCASE AND deleted = 0 LIMIT 2");
    byName.bind(1, reference.trimmed());
    if (byName.step()) {
        const QUuid id = QUuid::fromString(byName.columnText(0));
        if (byName.step())
            invalid(tr("More than one person is called '%1'. Use the id instead.").arg(reference));
        return id;
    }
    if (const auto id = resolveIdPrefix(m_db, "people", reference,
                                        {tr("No person in this diary has an id starting '%1'."),
                                         tr("More than one person has an id starting '%1'. Give more of the id.")}))
        return *id;
    throw Error(Error::Kind::NotFound, tr("No person in this diary is called '%1' or has that id.").arg(reference));
}

std::vector<PersonRecord> PersonRepository::list(bool includeDeleted)
{
    auto stmt = m_db.prepare("SELECT recorded_at, version, deleted, data FROM people WHERE deleted = 0 OR ?1 "
                             "ORDER BY role <> 'stalker', name COLLATE NOCASE");
    stmt.bind(1, qint64(includeDeleted));
    std::vector<PersonRecord> out;
    while (stmt.step())
        out.push_back(readRecord(stmt));
    return out;
}

std::vector<EntityVersion<Person>> PersonRepository::history(const QUuid& id)
{
    std::vector<EntityVersion<Person>> out;
    int version = 0;
    for (const auto& e : m_journal.entriesFor(idText(id))) {
        if (e.entity != QLatin1String("person"))
            continue;
        version += e.action == QLatin1String("create") || e.action == QLatin1String("amend");
        out.push_back(
            {version, e.seq, e.action, e.recordedAt, e.reason, json::personFromJson(json::parsePayload(e.payload))});
    }
    if (out.empty())
        throw Error(Error::Kind::NotFound, tr("There is no person with id %1 in this diary.").arg(idText(id)));
    return out;
}

} // namespace daymark::diary
