// `--from NAME-OR-NUMBER`: keeps one participant's messages. A number matches in normalised form (07700 900123 is
// +44 7700 900123); a name matches case-insensitively, and so does an e-mail address; a person of the diary matches
// by any of their names, phone numbers and e-mail addresses. Outgoing messages (the phone owner's own) never match.
#pragma once

#include "diary/Person.h"
#include "importers/ImportedMessage.h"

#include <optional>

namespace daymark::importers {

class SenderFilter
{
public:
    SenderFilter() = default; // keeps everything
    SenderFilter(const QString& nameOrNumber, std::optional<diary::Person> person,
                 QString defaultCountryCode = QStringLiteral("44"));

    bool active() const { return !m_text.isEmpty() || m_person.has_value(); }
    bool matches(const ImportedMessage& message) const;
    const std::optional<diary::Person>& person() const { return m_person; }

private:
    bool sameName(const QString& a, const QString& b) const;
    bool samePhoneAs(const QString& wanted, const ImportedMessage& message) const;

    QString m_text;
    bool m_isNumber = false;
    std::optional<diary::Person> m_person;
    QString m_country;
};

} // namespace daymark::importers
