// Codes and translated names of incident types. Codes are part of the file and export format: never change one.
#include "diary/IncidentType.h"

#include <QCoreApplication>
#include <array>

namespace daymark::diary {
namespace {

struct TypeInfo
{
    IncidentType type;
    const char* code;
    const char* shortName;
    const char* name;
};

constexpr std::array<TypeInfo, kIncidentTypeCount> kTypes{{
    {IncidentType::Call, "call", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Call"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Phone call")},
    {IncidentType::Text, "text", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Text"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Text or chat message")},
    {IncidentType::Voicemail, "voicemail", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Voicemail"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Voicemail")},
    {IncidentType::Email, "email", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "E-mail"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "E-mail")},
    {IncidentType::SocialMedia, "social-media", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Social media"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Social media message, post or comment")},
    {IncidentType::Online, "online", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Online"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Other online contact")},
    {IncidentType::Sighting, "sighting", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Sighting"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Seen nearby")},
    {IncidentType::Following, "following", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Following"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Following")},
    {IncidentType::Visit, "visit", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Visit"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Turned up at home, work or school")},
    {IncidentType::Loitering, "loitering", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Loitering"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Loitering")},
    {IncidentType::ItemLeft, "item-left", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Item left"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Gift or item left")},
    {IncidentType::Damage, "damage", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Damage"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Damage to property")},
    {IncidentType::ThirdParty, "third-party", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Third party"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Contact through other people")},
    {IncidentType::Threat, "threat", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Threat"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Threat")},
    {IncidentType::Violence, "violence", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Violence"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Physical or sexual violence")},
    {IncidentType::Breach, "breach", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Breach"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Breach of an order")},
    {IncidentType::Other, "other", QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Other"),
     QT_TRANSLATE_NOOP("daymark::diary::IncidentType", "Other")},
}};

const TypeInfo& infoFor(IncidentType type)
{
    return kTypes[static_cast<std::size_t>(type)];
}

} // namespace

QString typeCode(IncidentType type)
{
    return QLatin1String(infoFor(type).code);
}

std::optional<IncidentType> typeFromCode(const QString& code)
{
    for (const auto& info : kTypes)
        if (code == QLatin1String(info.code))
            return info.type;
    return std::nullopt;
}

QString typeName(IncidentType type)
{
    return QCoreApplication::translate("daymark::diary::IncidentType", infoFor(type).name);
}

QString typeShortName(IncidentType type)
{
    return QCoreApplication::translate("daymark::diary::IncidentType", infoFor(type).shortName);
}

QStringList allTypeCodes()
{
    QStringList codes;
    for (const auto& info : kTypes)
        codes << QLatin1String(info.code);
    return codes;
}

IncidentType typeAt(int index)
{
    return kTypes.at(static_cast<std::size_t>(index)).type;
}

} // namespace daymark::diary
