// People in the diary (the stalker first, witnesses, officers, support workers), journalled like incidents.
#pragma once

#include "diary/EntityVersion.h"
#include "diary/Person.h"

#include <functional>
#include <optional>
#include <vector>

namespace daymark::vault {
class SqlConnection;
}
namespace daymark::evidence {
class Journal;
}

namespace daymark::diary {

class PersonRepository
{
public:
    // `namesChanged` runs inside the same transaction when a person's names change, to re-index their incidents.
    PersonRepository(vault::SqlConnection& db, evidence::Journal& journal,
                     std::function<void(const QUuid&)> namesChanged = {});

    PersonRecord add(Person person);
    PersonRecord amend(const Person& changed, const QString& reason);
    PersonRecord remove(const QUuid& id, const QString& reason);
    PersonRecord restore(const QUuid& id, const QString& reason = {});

    std::optional<PersonRecord> find(const QUuid& id);
    PersonRecord get(const QUuid& id);
    // A full id, an unambiguous id prefix (6+ characters), or a person's exact name (case-insensitive).
    QUuid resolve(const QString& reference);
    // Stalkers first, then by name.
    std::vector<PersonRecord> list(bool includeDeleted = false);
    std::vector<EntityVersion<Person>> history(const QUuid& id);

private:
    PersonRecord write(const Person& person, const QString& action, const QString& reason);

    vault::SqlConnection& m_db;
    evidence::Journal& m_journal;
    std::function<void(const QUuid&)> m_namesChanged;
};

} // namespace daymark::diary
