// Turning what a person typed (an incident number, a name, an id or id prefix) into a record id. A reference to a
// record that does not exist is bad input (exit 2), not a missing file.
#pragma once

#include "common/Error.h"

#include <QString>
#include <QUuid>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

// "12", "#12", a full id or a prefix of 6+ characters. Throws Error(InvalidInput).
QUuid resolveIncident(diary::Diary& diary, const QString& reference);
// A person's name (case-insensitive), full id or id prefix, given to `option`. Throws Error(InvalidInput).
QUuid resolvePerson(diary::Diary& diary, const QString& option, const QString& reference);
// An order's full id or id prefix, given to `option`. Throws Error(InvalidInput).
QUuid resolveOrder(diary::Diary& diary, const QString& option, const QString& reference);

// "JS/3", "3", a full id or an id prefix. Throws Error(InvalidInput).
QUuid resolveExhibit(diary::Diary& diary, const QString& reference);

// Runs `lookup`; a record that is not there becomes Error(InvalidInput) with the same sentence.
template <typename F> auto recordLookup(F&& lookup) -> decltype(lookup())
{
    try {
        return lookup();
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::NotFound)
            throw Error(Error::Kind::InvalidInput, e.message(), e.detail());
        throw;
    }
}

} // namespace daymark::cli
