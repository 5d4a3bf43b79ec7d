// Families follow resources/icons/types/*.svg, whose stroke colours these are.
#include "insights/TypeColours.h"

#include <array>

namespace daymark::ui::insightsColours {
namespace {

using diary::IncidentType;

struct Shade
{
    QRgb family;
    int step; // 0 for the family's first type, 1 for the next, ...
};

constexpr QRgb kRemote = 0x3b6e8f;
constexpr QRgb kInPerson = 0x2f7d6d;
constexpr QRgb kThings = 0x86672b;
constexpr QRgb kOthers = 0x6a5a8a;
constexpr QRgb kDanger = 0xa5483a;
constexpr QRgb kOther = 0x56626d;

Shade shadeOf(IncidentType type)
{
    switch (type) {
    case IncidentType::Call:
        return {kRemote, 0};
    case IncidentType::Text:
        return {kRemote, 1};
    case IncidentType::Voicemail:
        return {kRemote, 2};
    case IncidentType::Email:
        return {kRemote, 3};
    case IncidentType::SocialMedia:
        return {kRemote, 4};
    case IncidentType::Online:
        return {kRemote, 5};
    case IncidentType::Sighting:
        return {kInPerson, 0};
    case IncidentType::Following:
        return {kInPerson, 1};
    case IncidentType::Visit:
        return {kInPerson, 2};
    case IncidentType::Loitering:
        return {kInPerson, 3};
    case IncidentType::ItemLeft:
        return {kThings, 0};
    case IncidentType::Damage:
        return {kThings, 1};
    case IncidentType::ThirdParty:
        return {kOthers, 0};
    case IncidentType::Threat:
        return {kDanger, 0};
    case IncidentType::Violence:
        return {kDanger, 1};
    case IncidentType::Breach:
        return {kDanger, 2};
    case IncidentType::Other:
        break;
    }
    return {kOther, 0};
}

} // namespace

QColor typeColour(diary::IncidentType type)
{
    const Shade shade = shadeOf(type);
    const QColor base = QColor::fromRgb(shade.family);
    // Alternate darker and lighter steps around the icon's colour, so neighbours in a stack differ the most.
    static constexpr std::array<int, 6> kFactors{100, 150, 70, 195, 125, 240};
    const int factor = kFactors[std::size_t(shade.step) % kFactors.size()];
    return factor >= 100 ? base.lighter(factor) : base.darker(100 * 100 / factor);
}

QColor averageColour(const QColor& background)
{
    return background.lightness() > 128 ? QColor(0x20, 0x20, 0x20) : QColor(0xf0, 0xe6, 0x8c);
}

} // namespace daymark::ui::insightsColours
