// The demo diary's fictional cast (Hannah Price's ex-partner, his friend, two witnesses, her officer and her advocate)
// and the stalking protection orders made against him.
#pragma once

#include "diary/Person.h"
#include "diary/ProtectionOrder.h"

#include <array>

namespace daymark::diary::demo {

enum CastMember { kStalker, kFriend, kNeighbour, kColleague, kOfficer, kAdvocate, kCastSize };

std::array<Person, kCastSize> cast(const std::array<QUuid, kCastSize>& ids);
Vehicle secondCar(); // seen later and added to the stalker by an amendment

// The interim order (made on `interim`, in force until the full order is served) has conditions 1 no contact,
// 2 exclusion zone, 3 social media. The full order (made on `full`) has 1 no contact, 2 exclusion zone, 3 workplace,
// 4 social media, 5 no monitoring; varying it later adds 6, her parents' street (`addedCondition`).
std::array<ProtectionOrder, 2> orders(const std::array<QUuid, 2>& ids, const QUuid& respondent, QDate interim,
                                      QDate full);
OrderCondition addedCondition();

} // namespace daymark::diary::demo
