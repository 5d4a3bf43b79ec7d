// Person role codes and names.
#include "diary/Person.h"

#include <QCoreApplication>

namespace daymark::diary {

QString roleCode(PersonRole role)
{
    switch (role) {
    case PersonRole::Stalker:
        return QStringLiteral("stalker");
    case PersonRole::Witness:
        return QStringLiteral("witness");
    case PersonRole::Police:
        return QStringLiteral("police");
    case PersonRole::Support:
        return QStringLiteral("support");
    case PersonRole::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<PersonRole> roleFromCode(const QString& code)
{
    for (auto role :
         {PersonRole::Stalker, PersonRole::Witness, PersonRole::Police, PersonRole::Support, PersonRole::Other})
        if (roleCode(role) == code)
            return role;
    return std::nullopt;
}

QString roleName(PersonRole role)
{
    switch (role) {
    case PersonRole::Stalker:
        return QCoreApplication::translate("daymark::diary", "Person stalking or harassing");
    case PersonRole::Witness:
        return QCoreApplication::translate("daymark::diary", "Witness");
    case PersonRole::Police:
        return QCoreApplication::translate("daymark::diary", "Police officer");
    case PersonRole::Support:
        return QCoreApplication::translate("daymark::diary", "Support worker");
    case PersonRole::Other:
        break;
    }
    return QCoreApplication::translate("daymark::diary", "Other");
}

} // namespace daymark::diary
