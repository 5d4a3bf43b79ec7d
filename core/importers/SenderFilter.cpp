// Matching senders against a name, a number or a person of the diary.
#include "importers/SenderFilter.h"

#include "importers/PhoneNumber.h"
#include "importers/WhatsAppText.h"

namespace daymark::importers {
namespace {

// "~ Sam" is how WhatsApp shows a group member who is not in the phone's contacts.
QString plainName(const QString& name)
{
    QString n = name.trimmed();
    if (n.startsWith(u'~'))
        n = n.mid(1).trimmed();
    return n;
}

} // namespace

SenderFilter::SenderFilter(const QString& nameOrNumber, std::optional<diary::Person> person, QString defaultCountryCode)
    : m_text(nameOrNumber.trimmed()), m_isNumber(looksLikePhoneNumber(m_text)), m_person(std::move(person)),
      m_country(std::move(defaultCountryCode))
{}

bool SenderFilter::sameName(const QString& a, const QString& b) const
{
    return !a.trimmed().isEmpty() && plainName(a).compare(plainName(b), Qt::CaseInsensitive) == 0;
}

bool SenderFilter::samePhoneAs(const QString& wanted, const ImportedMessage& m) const
{
    return samePhone(wanted, m.senderAddress, m_country) || samePhone(wanted, m.senderName, m_country);
}

bool SenderFilter::matches(const ImportedMessage& m) const
{
    if (!active())
        return true;
    if (m.direction == Direction::Outgoing)
        return false;
    if (!m_text.isEmpty() && (m_isNumber ? samePhoneAs(m_text, m) : sameName(m_text, m.senderName)))
        return true;
    // An e-mail address matches the sender's address in any case (Bob@Example.org is bob@example.org).
    if (m_text.contains(u'@') && m_text.compare(m.senderAddress.trimmed(), Qt::CaseInsensitive) == 0)
        return true;
    if (!m_person)
        return false;
    for (const QString& name : QStringList{m_person->name} + m_person->aliases)
        if (sameName(name, m.senderName))
            return true;
    for (const QString& phone : m_person->phones)
        if (samePhoneAs(phone, m))
            return true;
    for (const QString& email : m_person->emails)
        if (!email.isEmpty() && email.compare(m.senderAddress.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace daymark::importers
