// Resolving an id a person typed (full or an unambiguous prefix) against one table's id column.
#pragma once

#include <QString>
#include <QUuid>
#include <optional>

namespace daymark::vault {
class SqlConnection;
}

namespace daymark::diary {

// Whole translated sentences, each with %1 for what the person typed.
struct IdPrefixMessages
{
    QString notFound;  // "No incident in this diary has an id starting '%1'."
    QString ambiguous; // "More than one incident has an id starting '%1'. Give more of the id."
};

// `table` is a constant from code ("people", "orders", "incidents"), never user text. Returns nullopt when the text
// is not shaped like an id; throws Error(NotFound) / Error(InvalidInput) for no match / several matches.
std::optional<QUuid> resolveIdPrefix(vault::SqlConnection& db, const char* table, const QString& reference,
                                     const IdPrefixMessages& messages);

} // namespace daymark::diary
