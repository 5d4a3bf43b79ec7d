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

#define DM_T(text) QT_TRANSLATE_NOOP("daymark::diary::IncidentType", text)
constexpr std::array<TypeInfo, kIncidentTypeCount> kTypes{{
    {IncidentType::Call, "call", DM_T("Call"), DM_T("Phone call")},
    {IncidentType::Text, "text", DM_T("Text"), DM_T("Text or chat message")},
    {IncidentType::Voicemail, "voicemail", DM_T("Voicemail"), DM_T("Voicemail")},
    {IncidentType::Email, "email", DM_T("E-mail"), DM_T("E-mail")},
    {IncidentType::SocialMedia, "social-media", DM_T("Social media"), DM_T("Social media message, post or comment")},
    {IncidentType::Online, "online", DM_T("Online"), DM_T("Other online contact")},
    {IncidentType::Sighting, "sighting", DM_T("Sighting"), DM_T("Seen nearby")},
    {IncidentType::Following, "following", DM_T("Following"), DM_T("Following")},
    {IncidentType::Visit, "visit", DM_T("Visit"), DM_T("Turned up at home, work or school")},
    {IncidentType::Loitering, "loitering", DM_T("Loitering"), DM_T("Loitering")},
    {IncidentType::ItemLeft, "item-left", DM_T("Item left"), DM_T("Gift or item left")},
    {IncidentType::Damage, "damage", DM_T("Damage"), DM_T("Damage to property")},
    {IncidentType::ThirdParty, "third-party", DM_T("Third party"), DM_T("Contact through other people")},
    {IncidentType::Threat, "threat", DM_T("Threat"), DM_T("Threat")},
    {IncidentType::Violence, "violence", DM_T("Violence"), DM_T("Physical or sexual violence")},
    {IncidentType::Breach, "breach", DM_T("Breach"), DM_T("Breach of an order")},
    {IncidentType::Other, "other", DM_T("Other"), DM_T("Other")},
}};
#undef DM_T

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
