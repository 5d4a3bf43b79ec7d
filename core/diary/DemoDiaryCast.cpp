// The demo diary's people and orders. All invented: Linmouth is not a real town, phone numbers are from Ofcom's drama
// range, e-mail addresses use example.com/.org, and registrations start with Z, which UK plates never do.
#include "diary/DemoDiaryCast.h"

namespace daymark::diary::demo {
namespace {

Person person(const QUuid& id, PersonRole role, const QString& name, const QString& relationship)
{
    Person p;
    p.id = id;
    p.role = role;
    p.name = name;
    p.relationship = relationship;
    return p;
}

} // namespace

std::array<Person, kCastSize> cast(const std::array<QUuid, kCastSize>& ids)
{
    std::array<Person, kCastSize> people;
    Person& mark = people[kStalker] = person(ids[kStalker], PersonRole::Stalker, QStringLiteral("Mark Ellison"),
                                             QStringLiteral("ex-partner (together 2019-2023)"));
    mark.aliases = QStringList{QStringLiteral("Marky"), QStringLiteral("M. Daniels"), QStringLiteral("Danny E")};
    mark.description = QStringLiteral("White man, 38, about 6'1\", stocky; short dark-brown hair greying at the sides, "
                                      "beard, scar through left eyebrow. Usually a navy padded jacket, black beanie.");
    mark.vehicles = {{QStringLiteral("Volkswagen"), QStringLiteral("Golf"), QStringLiteral("dark blue"),
                      QStringLiteral("ZX19 DMK")}};
    mark.phones = QStringList{QStringLiteral("07700 900142"), QStringLiteral("07700 900387")};
    mark.emails =
        QStringList{QStringLiteral("mark.ellison@example.com"), QStringLiteral("m.ellison.photo@example.org")};
    mark.handles = {{QStringLiteral("Instagram"), QStringLiteral("@mde.lens")},
                    {QStringLiteral("Facebook"), QStringLiteral("Mark Ellison")},
                    {QStringLiteral("TikTok"), QStringLiteral("@marky_e_88")}};
    mark.addresses = QStringList{QStringLiteral("Flat 3, 27 Quarry Lane, Linmouth")};
    mark.notes = QStringLiteral("Police have his date of birth. He still has a key to my old flat.");

    Person& lee = people[kFriend] = person(ids[kFriend], PersonRole::Stalker, QStringLiteral("Lee Carver"),
                                           QStringLiteral("Mark's friend; passes his messages on"));
    lee.aliases = QStringList{QStringLiteral("Leeroy")};
    lee.description = QStringLiteral("White man, about 35, shaved head, tattoo on the left side of his neck.");
    lee.phones = QStringList{QStringLiteral("07700 900457")};
    lee.emails = QStringList{QStringLiteral("lee.carver@example.com")};
    lee.handles = {{QStringLiteral("Facebook"), QStringLiteral("Lee Carver")}};

    Person& janet = people[kNeighbour] = person(ids[kNeighbour], PersonRole::Witness, QStringLiteral("Janet Okoro"),
                                                QStringLiteral("neighbour across the road"));
    janet.phones = QStringList{QStringLiteral("07700 900528")};
    janet.addresses = QStringList{QStringLiteral("12 Ashgrove Road, Ferndale, Linmouth")};
    janet.notes = QStringLiteral("Has a doorbell camera facing the road.");

    Person& tom = people[kColleague] =
        person(ids[kColleague], PersonRole::Witness, QStringLiteral("Tom Whitfield"), QStringLiteral("colleague"));
    tom.phones = QStringList{QStringLiteral("07700 900613")};
    tom.emails = QStringList{QStringLiteral("tom.whitfield@example.com")};
    tom.organisation = QStringLiteral("Harbourside Logistics");

    Person& officer = people[kOfficer] =
        person(ids[kOfficer], PersonRole::Police, QStringLiteral("PC 4127 Rachel Dunmore"),
               QStringLiteral("officer in the case"));
    officer.phones = QStringList{QStringLiteral("07700 900731")};
    officer.emails = QStringList{QStringLiteral("rachel.dunmore@police.example.org")};
    officer.organisation = QStringLiteral("Linmouth Police, Public Protection Unit");

    Person& priya = people[kAdvocate] = person(ids[kAdvocate], PersonRole::Support, QStringLiteral("Priya Sandhu"),
                                               QStringLiteral("independent stalking advocate"));
    priya.phones = QStringList{QStringLiteral("07700 900812")};
    priya.emails = QStringList{QStringLiteral("priya.sandhu@advocacy.example.org")};
    priya.organisation = QStringLiteral("Linmouth Stalking Advocacy Service");
    priya.notes = QStringLiteral("Meets me on Tuesdays.");
    return people;
}

Vehicle secondCar()
{
    return {QStringLiteral("Vauxhall"), QStringLiteral("Astra"), QStringLiteral("silver"), QStringLiteral("ZY68 PLT")};
}

std::array<ProtectionOrder, 2> orders(const std::array<QUuid, 2>& ids, const QUuid& respondent, QDate interim,
                                      QDate full)
{
    const QString contact = QStringLiteral("Must not contact Hannah Price directly or indirectly by any means, "
                                           "including by phone, text, e-mail, social media or through another person.");
    const QString zone = QStringLiteral("Must not enter Ashgrove Road, Ferndale, or the area bounded by Mill Lane, "
                                        "Station Parade and Quayside Road shown on the map attached to the order.");
    const QString social = QStringLiteral("Must not post or share any material about Hannah Price on any social-media "
                                          "platform, or ask anyone else to do so.");
    std::array<ProtectionOrder, 2> out;
    for (ProtectionOrder& order : out) {
        order.court = QStringLiteral("Linmouth Magistrates' Court");
        order.respondent = respondent;
    }
    ProtectionOrder& first = out[0];
    first.id = ids[0];
    first.kind = OrderKind::InterimStalkingProtection;
    first.reference = QStringLiteral("LM/SPO/%1/0417").arg(interim.year());
    first.made = interim;
    first.served = interim.addDays(1);
    first.expires = full.addDays(2);
    first.conditions = {{0, contact}, {0, zone}, {0, social}};
    first.notes = QStringLiteral("Until the full hearing.");

    ProtectionOrder& second = out[1];
    second.id = ids[1];
    second.kind = OrderKind::StalkingProtection;
    second.reference = QStringLiteral("LM/SPO/%1/0532").arg(full.year());
    second.made = full;
    second.served = full.addDays(2);
    second.expires = full.addYears(2);
    second.conditions = {
        {0, contact},
        {0, zone},
        {0, QStringLiteral("Must not go to Harbourside Business Park, Linmouth, or wait within 200 metres of its "
                           "entrance.")},
        {0, social},
        {0, QStringLiteral("Must not follow, watch or monitor Hannah Price, including by a tracking device, app or "
                           "account.")},
    };
    second.notes = QStringLiteral("Made for two years. A breach is a criminal offence: call 999.");
    return out;
}

OrderCondition addedCondition()
{
    return {0, QStringLiteral("Must not go to Kestrel Close, Westbury Park (the home of Hannah Price's parents).")};
}

} // namespace daymark::diary::demo
