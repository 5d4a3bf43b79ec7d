// Text tables for the demo diary. Everyone and everywhere here is invented (Linmouth is not a real town); phone
// numbers are Ofcom's drama range and e-mail addresses use example.com/.org.
#include "diary/DemoDiaryText.h"

namespace daymark::diary::demo {
namespace {

// A place of -1 means any place (one a car can be at when the details mention {vehicle}).
constexpr Template kCalls[] = {
    {"Missed calls from his number", "{count} missed calls from {account} in {minutes} minutes. I did not answer.", -1},
    {"Calls from a withheld number",
     "Withheld number rang {count} times. I answered the last one; silence, then breathing, then he said: \"{words}\"",
     -1},
    {"Answered a call by mistake - it was him",
     "He rang from {account}. I picked up thinking it was the school. He said: \"{words}\" I hung up.", -1,
     When::WorkHours},
    {"Phone calls in the night",
     "Phone rang at intervals through the night ({count} calls from {account}). Call log screenshot saved.", -1,
     When::Night},
    {"Calls while I was at work", "Call from {account} while I was at my desk. He said: \"{words}\"", 4,
     When::WorkHours},
};
constexpr Template kTexts[] = {
    {"Text message from him", "Text from {account}: \"{words}\"", -1},
    {"Run of WhatsApp messages",
     "{count} WhatsApp messages from {account} in {minutes} minutes. The last one said: \"{words}\"", -1},
    {"Message from a new number", "New number {new} texted: \"{words}\" I have blocked it like the others.", -1},
    {"Message about where I was", "Message from {account}, sent while I was {place}: \"{words}\"", -1},
};
constexpr Template kVoicemails[] = {
    {"Voicemail from him", "Voicemail from {account}, {minutes} seconds long. He says: \"{words}\"", -1},
    {"Voicemail left in the night", "Voicemail left in the night from {account}: \"{words}\" Saved the recording.", -1,
     When::Night},
};
constexpr Template kEmails[] = {
    {"E-mail from him", "E-mail from {account} with the subject \"We need to talk\": \"{words}\"", -1},
    {"E-mail to my work address", "E-mail to my work address from {account}: \"{words}\" IT have added a filter.", 4},
    {"E-mail from a new address", "New address {new} e-mailed me: \"{words}\"", -1},
};
constexpr Template kSocial[] = {
    {"Message request from a new account", "New account {new} sent a message request: \"{words}\"", -1},
    {"Comment on my post", "{account} commented under my photo: \"{words}\"", -1},
    {"He posted about me",
     "He posted a photo taken outside my house with the caption \"{words}\" It had {count} likes by the evening.", -1},
    {"Fake account followed me and my friends",
     "Account {account} followed me, my sister and two friends within an hour, then messaged: \"{words}\"", -1},
};
constexpr Template kOnline[] = {
    {"Password reset codes for my e-mail",
     "Got {count} password-reset codes for my e-mail account in {minutes} minutes. I did not ask for any.", -1},
    {"Someone viewed my location", "My location was viewed by an account I blocked months ago ({account}).", -1},
    {"Tracker found on my car",
     "Found a tracking tag taped inside the rear wheel arch of my car {place}. Kept it in a bag for the police.", -1},
    {"Login to my shopping account", "Notice of a login to my shopping account from a device I don't know.", -1},
    {"Signed up to websites in my name",
     "My e-mail address was signed up to {count} dating and debt websites overnight.", -1},
};
constexpr Template kSightings[] = {
    {"His car parked near home", "Saw him {place}, sitting in {vehicle}. He looked straight at me and smiled.", -1},
    {"Saw him filming me",
     "He was standing {place} with his phone up as if filming me. He walked off when I took out "
     "my phone.",
     -1},
    {"Saw his car", "Saw {vehicle} {place}. I am sure it was him at the wheel.", -1},
    {"He walked past me", "He walked past me {place} very slowly and said \"{words}\" under his breath.", -1},
};
constexpr Template kFollowing[] = {
    {"He followed me in his car",
     "I noticed him behind me {place}; he stayed one car behind in {vehicle} for about {minutes} minutes.", -1},
    {"Followed on foot",
     "Walking home, I saw him {place} on the other side of the road; he kept pace with me all the way to the corner.",
     -1},
    {"He followed me onto the bus",
     "He got on the same bus {place} and got off at my stop, then walked behind me until I went into a shop.", 9},
};
constexpr Template kVisits[] = {
    {"He came to my house",
     "He knocked on the front door and shouted through the letterbox: \"{words}\" I did not open it.", 0},
    {"He came to my work", "He came into reception at work and asked for me by name. Tom told him I wasn't in.", 4,
     When::WorkHours},
    {"He turned up and would not leave",
     "He turned up {place} and would not leave for {minutes} minutes. He said: "
     "\"{words}\"",
     -1},
    {"He came to my parents' house",
     "He rang my parents' doorbell and asked my dad where I was living now. Dad told him to leave.", 11},
};
constexpr Template kLoitering[] = {
    {"Parked outside for a long time",
     "{vehicle} was parked {place} for about {minutes} minutes with the engine "
     "running.",
     -1},
    {"Waiting outside", "He stood {place} for about {minutes} minutes, looking over at me.", -1},
};
constexpr Template kItems[] = {
    {"Something left on my doorstep", "Found {item} on the doorstep this morning.", 0},
    {"Item left on my car", "There was {item} under the windscreen wiper of my car this morning.", 1},
    {"Parcel with no sender", "A parcel with no sender on the doorstep: {item}. A note inside said \"{words}\"", 0},
};
constexpr Template kDamage[] = {
    {"Car scratched", "Found a deep scratch along the driver's door of my car. It was fine the evening before.", 0},
    {"Car tyres let down", "Both front tyres let down overnight. The neighbour's car was untouched.", 1},
    {"Wing mirror smashed", "Wing mirror of my car smashed; the glass was in the road {place}.", 0},
    {"Damage at my front door", "Plant pots by the front door smashed and the gate off its hinge.", 0},
    {"Paint on my car", "Someone poured paint over the bonnet of my car {place}.", 1},
};
constexpr Template kThirdParty[] = {
    {"Message passed on by Lee", "Lee Carver messaged me on Facebook: \"Mark says to tell you: {words}\"", -1},
    {"His friend came up to me", "Lee came up to me {place} and said Mark wanted me to know: \"{words}\"", -1},
    {"Message through a mutual friend",
     "A friend from college forwarded a message Lee had sent her to pass on: \"{words}\"", -1},
};
constexpr Template kThreatTemplates[] = {
    {"Threat in a message", "Message from {account}: \"{words}\"", -1},
    {"He shouted a threat at me", "He shouted at me {place}: \"{words}\"", -1},
    {"Threatening voicemail", "Voicemail from {account}: \"{words}\" I am frightened he means it.", -1},
};
constexpr Template kViolence[] = {
    {"He grabbed me",
     "He came up behind me {place}, grabbed my arm hard enough to bruise and said: \"{words}\" I "
     "pulled free and ran into a shop. Photos of the bruise taken the next day.",
     -1},
    {"He pushed me",
     "He blocked my way {place} and pushed me into the wall when I tried to get past. He said: "
     "\"{words}\"",
     -1},
};
constexpr Template kBreaches[] = {
    {"He came into the exclusion zone",
     "Despite the order, {vehicle} was {place} with him in it. He knows he is not allowed there.", -1},
    {"Breach of the order: he was there again",
     "He walked past {place} and looked at me. The order says he must not be there.", -1},
    {"Breach: waiting for me", "Saw him {place} for about {minutes} minutes. I called 999 as PC Dunmore told me to.",
     -1},
};
constexpr Template kOther[] = {
    {"Taxi I didn't order", "A taxi I had not booked arrived at the door, booked in my name to go to Westbury Park.",
     0},
    {"Appointment cancelled in my name",
     "The dentist rang to confirm I had cancelled my appointment. I hadn't; the caller knew my date of birth.", -1},
    {"Food deliveries I didn't order",
     "{count} takeaway deliveries I did not order arrived over the evening, all to be paid on delivery.", 0},
};

constexpr const char* kOpeners0[] = {
    "Hannah please.",
    "Why are you ignoring me?",
    "Babe,",
    "I know you're reading these.",
    "Just answer me.",
    "Han, it's me.",
    "Can we talk?",
    "I miss you.",
    "Please don't block me again.",
    "I'm not angry,",
};
constexpr const char* kMiddles0[] = {
    "I just want to talk to you for five minutes.", "you owe me an explanation after four years.",
    "everyone makes mistakes, I've changed.",       "I saw you've changed your profile picture.",
    "your mum would want us to sort this out.",     "I've still got your stuff, come and get it.",
    "who is the bloke you've been messaging?",      "I can't sleep without you.",
    "nobody will ever love you like I do.",         "I'm not going to stop until you talk to me.",
};
constexpr const char* kOpeners1[] = {
    "Nice coat today.",
    "You looked tired this morning.",
    "Saw you at the shop.",
    "You've changed your route to work.",
    "Interesting that you're still up.",
    "Who was that with you at lunch?",
    "Your kitchen light is on late.",
    "You can't hide from me.",
    "Told you I'd find the new number.",
};
constexpr const char* kMiddles1[] = {
    "I know where you park now.",
    "you should lock your back gate.",
    "I know which gym you go to.",
    "the police won't help you, they never do.",
    "everyone at your work will know what you're like.",
    "I know you've been talking to that woman from the charity.",
    "you're making me do this.",
    "I'm always going to be around.",
    "I know what time you leave.",
};
constexpr const char* kOpeners2[] = {
    "Last warning.",         "You've ruined my life.",   "Think you're clever with your order?",
    "You'll regret this.",   "Enjoy it while it lasts.", "Tell the police what you like.",
    "You did this, not me.",
};
constexpr const char* kMiddles2[] = {
    "a bit of paper won't stop me.",
    "you won't see me coming.",
    "I'll make sure everyone knows what you are.",
    "you'd better keep looking over your shoulder.",
    "if I can't have you no one will.",
    "I know where your parents live.",
    "see how brave you are when you're on your own.",
};
constexpr const char* kClosers0[] = {"x", "Answer me.", "Please.", "I'm not going anywhere.", "Love you.", ""};
constexpr const char* kClosers1[] = {"Sleep well.", "See you soon.", "Just saying.", "Think about it.", ""};
constexpr const char* kClosers2[] = {"Last chance.", "Count on it.", "Your choice.", "Remember that.", ""};

constexpr const char* kThreats[] = {
    "I'll burn that house down with you in it.",         "You'll end up in a ditch and nobody will find you.",
    "I'll smash your car and then I'll smash you.",      "One day you'll open the door and it'll be me.",
    "I'll make sure you never work in this town again.",
};

constexpr Place kPlaces[] = {
    {"outside my house on Ashgrove Road, Ferndale", Zone::Home, true},
    {"at the end of Ashgrove Road", Zone::Home, true},
    {"on the corner of Ashgrove Road and Mill Lane", Zone::Home, true},
    {"in the car park at Harbourside Business Park", Zone::Work, true},
    {"outside reception at work (Harbourside Business Park)", Zone::Work, true},
    {"in the car park of Fernmart supermarket on Station Parade", Zone::Home, true},
    {"outside Linmouth Leisure Centre", Zone::None, true},
    {"at the gates of St Aidan's Primary School", Zone::None, true},
    {"on platform 2 at Linmouth Central station", Zone::None, false},
    {"at the bus stop on Quayside Road", Zone::Home, true},
    {"in the Harbour Lights cafe on the seafront", Zone::None, false},
    {"outside my parents' house on Kestrel Close, Westbury Park", Zone::Parents, true},
};

constexpr const char* kItemsLeft[] = {
    "a bunch of white lilies (the flowers from our first date)",
    "a card with our old photo in it",
    "my old jumper, washed and folded",
    "a single dead rose",
    "a printed photo of me taken through my window",
    "a CD of 'our song'",
    "a box of the chocolates I used to like",
};
constexpr const char* kFakeHandles[] = {
    "@hannah_truth_2", "@ferndale.watcher", "@mark_e_photos", "@linmouth.gossip", "@hp_the_liar", "@just.asking.h",
};
constexpr const char* kImpacts0[] = {
    "Felt anxious all evening.",
    "Couldn't concentrate at work.",
    "Put my phone on silent but kept checking it.",
    "Upset; I thought he'd stopped.",
    "Didn't sleep well.",
};
constexpr const char* kImpacts1[] = {
    "Shaking for an hour afterwards.",   "Now taking a different route to work every day.",
    "Asked Tom to walk me to the car.",  "Stopped going to the gym.",
    "Kept the curtains closed all day.", "Checked the locks several times before bed.",
    "Felt sick; couldn't eat.",
};
constexpr const char* kImpacts2[] = {
    "Terrified. Stayed at my parents' overnight.",
    "Had a panic attack in the car park.",
    "Took the day off work; too frightened to leave the house.",
    "My son asked why I keep crying.",
    "Had a doorbell camera and extra locks fitted.",
    "I believe he will hurt me. I am scared all the time.",
};
constexpr const char* kNotes[] = {
    "Screenshot saved on my phone and e-mailed to myself.",
    "Told Priya at our Tuesday meeting.",
    "Ask PC Dunmore whether this counts as a breach.",
    "Need to back up the call log.",
    "Sister says she got a similar message.",
};
constexpr const char* kMessageTags[] = {"late-night", "screenshot", "new-number", "evidence-saved"};
constexpr const char* kOnlineTags[] = {"fake-account", "online", "screenshot"};
constexpr const char* kInPersonTags[] = {"home", "work", "car", "frightened", "doorbell-camera"};
constexpr const char* kSeriousTags[] = {"escalation", "999", "frightened", "evidence-saved"};
constexpr const char* kWitnessNotes[] = {
    "A man walking a dog saw him too; I didn't get his name.",
    "The bus driver saw him get off at my stop.",
    "My sister was on the phone to me and heard him.",
};

} // namespace

std::span<const Template> templatesFor(IncidentType type)
{
    switch (type) {
    case IncidentType::Call:
        return kCalls;
    case IncidentType::Text:
        return kTexts;
    case IncidentType::Voicemail:
        return kVoicemails;
    case IncidentType::Email:
        return kEmails;
    case IncidentType::SocialMedia:
        return kSocial;
    case IncidentType::Online:
        return kOnline;
    case IncidentType::Sighting:
        return kSightings;
    case IncidentType::Following:
        return kFollowing;
    case IncidentType::Visit:
        return kVisits;
    case IncidentType::Loitering:
        return kLoitering;
    case IncidentType::ItemLeft:
        return kItems;
    case IncidentType::Damage:
        return kDamage;
    case IncidentType::ThirdParty:
        return kThirdParty;
    case IncidentType::Threat:
        return kThreatTemplates;
    case IncidentType::Violence:
        return kViolence;
    case IncidentType::Breach:
        return kBreaches;
    case IncidentType::Other:
        break;
    }
    return kOther;
}

Texts openers(int level)
{
    return level == 0 ? Texts(kOpeners0) : level == 1 ? Texts(kOpeners1) : Texts(kOpeners2);
}

Texts middles(int level)
{
    return level == 0 ? Texts(kMiddles0) : level == 1 ? Texts(kMiddles1) : Texts(kMiddles2);
}

Texts closers(int level)
{
    return level == 0 ? Texts(kClosers0) : level == 1 ? Texts(kClosers1) : Texts(kClosers2);
}

Texts threats()
{
    return kThreats;
}

std::span<const Place> places()
{
    return kPlaces;
}

Texts items()
{
    return kItemsLeft;
}

Texts fakeHandles()
{
    return kFakeHandles;
}

Texts impacts(int level)
{
    return level == 0 ? Texts(kImpacts0) : level == 1 ? Texts(kImpacts1) : Texts(kImpacts2);
}

Texts privateNotes()
{
    return kNotes;
}

Texts tagsFor(IncidentType type)
{
    switch (type) {
    case IncidentType::Call:
    case IncidentType::Text:
    case IncidentType::Voicemail:
    case IncidentType::Email:
    case IncidentType::ThirdParty:
        return kMessageTags;
    case IncidentType::SocialMedia:
    case IncidentType::Online:
        return kOnlineTags;
    case IncidentType::Threat:
    case IncidentType::Violence:
    case IncidentType::Breach:
    case IncidentType::Damage:
        return kSeriousTags;
    default:
        return kInPersonTags;
    }
}

Texts witnessNotes()
{
    return kWitnessNotes;
}

} // namespace daymark::diary::demo
