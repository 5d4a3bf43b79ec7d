// Incident types: stable codes stored in the diary and exported, with translated names for people.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace daymark::diary {

enum class IncidentType {
    Call,
    Text,
    Voicemail,
    Email,
    SocialMedia,
    Online,
    Sighting,
    Following,
    Visit,
    Loitering,
    ItemLeft,
    Damage,
    ThirdParty,
    Threat,
    Violence,
    Breach,
    Other,
};

inline constexpr int kIncidentTypeCount = 17;

QString typeCode(IncidentType type);                           // "social-media"
std::optional<IncidentType> typeFromCode(const QString& code); // nullopt for unknown codes
QString typeName(IncidentType type);                           // "Social media (message, post or comment)", translated
QString typeShortName(IncidentType type);                      // "Social media", translated
QStringList allTypeCodes();
IncidentType typeAt(int index); // 0 .. kIncidentTypeCount - 1, in the order above

} // namespace daymark::diary
