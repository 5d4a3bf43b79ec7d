// Text tables for the demo diary. Everyone and everywhere here is invented (Linmouth is not a real town); phone
// numbers are Ofcom's drama range and e-mail addresses use example.com/.org.
#include "diary/DemoDiaryText.h"

namespace daymark::diary::demo {
namespace {

constexpr const char* kCallSummaries[] = {
    "Missed calls from his number", "Calls from a withheld number",       "He rang my mobile again",
    "Phone call at night",          "Repeated calls while I was at work", "Answered a call by mistake - it was him",
};
constexpr const char* kCallDetails[] = {
    "{count} missed calls from {account} in {minutes} minutes. I did not answer.",
    "Withheld number rang {count} times. I answered the last one; silence, then breathing, then he said: \"{words}\"",
    "He rang from {account}. I picked up thinking it was the school. He said: \"{words}\" I hung up.",
    "Phone rang at intervals all evening ({count} calls from {account}). Screenshot of the call log saved.",
    "Call from {account} while I was {place}. He said: \"{words}\"",
};
constexpr const char* kTextSummaries[] = {
    "Text messages from him", "WhatsApp messages",    "Messages from a new number",
    "Late-night texts",       "Long run of messages", "Message about where I had been",
};
constexpr const char* kTextDetails[] = {
    "Text from {account}: \"{words}\"",
    "{count} WhatsApp messages from {account} between {minutes} past and the hour. The last one said: \"{words}\"",
    "New number {account} texted: \"{words}\" I have blocked it like the others.",
    "Message from {account}, sent while I was {place}: \"{words}\"",
};
constexpr const char* kVoicemailSummaries[] = {"Voicemail from him", "Voicemail left overnight", "Long voicemail"};
constexpr const char* kVoicemailDetails[] = {
    "Voicemail from {account}, {minutes} seconds long. He says: \"{words}\"",
    "Woke up to a voicemail left at night from {account}: \"{words}\" Saved the recording.",
};
constexpr const char* kEmailSummaries[] = {"E-mail from him", "E-mail to my work address", "E-mail from a new address"};
constexpr const char* kEmailDetails[] = {
    "E-mail from {account} with the subject \"We need to talk\": \"{words}\"",
    "E-mail to my work address from {account}: \"{words}\" IT have added a filter.",
    "New address {account} e-mailed me: \"{words}\"",
};
constexpr const char* kSocialSummaries[] = {
    "Instagram message from a new account",
    "Comment on my Facebook post",
    "He posted about me",
    "Fake account followed me",
    "Message request on TikTok",
    "Post about me shared by his friends",
};
constexpr const char* kSocialDetails[] = {
    "New Instagram account {account} sent a message request: \"{words}\"",
    "{account} commented under my Facebook photo: \"{words}\"",
    "He posted a photo taken outside my house with the caption \"{words}\" It had {count} likes by the evening.",
    "Account {account} followed me, my sister and two friends within an hour, then messaged: \"{words}\"",
};
constexpr const char* kOnlineSummaries[] = {
    "Password reset codes for my e-mail", "Someone viewed my location", "Tracker found on my car",
    "Login attempt on my account",        "Anonymous profile views",    "My details used to sign up to sites",
};
constexpr const char* kOnlineDetails[] = {
    "Got {count} password-reset codes for my e-mail account in {minutes} minutes. I did not ask for any.",
    "Snapchat showed my location was viewed by an account I blocked months ago ({account}).",
    "Found a tracking tag taped inside the rear wheel arch of my car while I was {place}. Kept it in a bag.",
    "Notification of a login to my shopping account from a device I don't know. Changed the password.",
    "My e-mail address was signed up to {count} dating and debt websites overnight.",
};
constexpr const char* kSightingSummaries[] = {
    "Saw him near home", "Saw him near my work", "His car parked nearby", "Saw him at the shops", "Saw him again",
};
constexpr const char* kSightingDetails[] = {
    "Saw him {place}, sitting in {vehicle}. He looked straight at me and smiled.",
    "He was standing {place} with his phone up as if filming me. He walked off when I took out my phone.",
    "Saw {vehicle} {place}. I am sure it was him at the wheel.",
    "He walked past me {place} very slowly and said \"{words}\" under his breath.",
};
constexpr const char* kFollowingSummaries[] = {"He followed me", "Followed me in his car", "Followed on foot"};
constexpr const char* kFollowingDetails[] = {
    "He followed me from {place} for about {minutes} minutes, staying one car behind in {vehicle}.",
    "Walking back from {place} I noticed him on the other side of the road; he kept pace with me to the corner.",
    "He got on the same bus {place} and got off at my stop, then walked behind me until I went into a shop.",
};
constexpr const char* kVisitSummaries[] = {"He came to my house", "He came to my work", "He turned up at the door"};
constexpr const char* kVisitDetails[] = {
    "He knocked on the front door and shouted through the letterbox: \"{words}\" I did not open it.",
    "He came into reception at work and asked for me by name. Tom told him I wasn't in.",
    "He turned up {place} and would not leave for {minutes} minutes. He said: \"{words}\"",
};
constexpr const char* kLoiteringSummaries[] = {"Parked outside for a long time", "Waiting outside", "Hanging around"};
constexpr const char* kLoiteringDetails[] = {
    "{vehicle} parked {place} for about {minutes} minutes with the engine running.",
    "He stood {place} for about {minutes} minutes, looking at the windows.",
};
constexpr const char* kItemSummaries[] = {"Something left for me", "Item left on my car", "Parcel on the doorstep"};
constexpr const char* kItemDetails[] = {
    "Found {item} on the doorstep this morning.",
    "There was {item} under the windscreen wiper of my car while I was {place}.",
    "A parcel with no sender: {item}. A note inside said \"{words}\"",
};
constexpr const char* kDamageSummaries[] = {"Damage to my car", "Damage at home", "Car tyres let down"};
constexpr const char* kDamageDetails[] = {
    "Found a deep scratch along the driver's door of my car. It was fine the evening before.",
    "Both front tyres let down overnight. The neighbour's car was untouched.",
    "Wing mirror of my car smashed; the glass was in the road {place}.",
    "Plant pots by the front door smashed and the gate off its hinge.",
    "Someone poured paint over the bonnet of my car {place}.",
};
constexpr const char* kThirdPartySummaries[] = {"Message passed on by Lee", "His friend contacted me",
                                                "Message through a mutual friend"};
constexpr const char* kThirdPartyDetails[] = {
    "Lee Carver messaged me on Facebook: \"Mark says {words}\"",
    "Lee came up to me {place} and said Mark wanted me to know: \"{words}\"",
    "A friend from college forwarded a message Lee had sent her to pass on: \"{words}\"",
};
constexpr const char* kThreatSummaries[] = {"He threatened me", "Threat in a message", "Threat to my family"};
constexpr const char* kThreatDetails[] = {
    "Message from {account}: \"{words}\"",
    "He shouted across the road {place}: \"{words}\"",
    "Voicemail from {account}: \"{words}\" I am frightened he means it.",
};
constexpr const char* kViolenceSummaries[] = {"He grabbed me", "He pushed me"};
constexpr const char* kViolenceDetails[] = {
    "He came up behind me {place}, grabbed my arm hard enough to bruise and said: \"{words}\" I pulled free and ran "
    "into a shop. Photos of the bruise taken the next day.",
    "He blocked my way {place} and pushed me into the wall when I tried to get past. He said: \"{words}\"",
};
constexpr const char* kBreachSummaries[] = {"He came into the exclusion zone", "Breach of the order",
                                            "He was near my work again", "Seen inside the zone"};
constexpr const char* kBreachDetails[] = {
    "Despite the order, he was {place} in {vehicle}. He knows he is not allowed there.",
    "He walked {place} and looked at me. The order says he must not be there.",
    "Saw him {place} for about {minutes} minutes. I called 999 as PC Dunmore told me to.",
};
constexpr const char* kOtherSummaries[] = {"Taxi I didn't order", "Appointment cancelled in my name",
                                           "Food delivery I didn't order"};
constexpr const char* kOtherDetails[] = {
    "A taxi arrived at 2 in the morning, booked in my name to go to {place}.",
    "The dentist rang to confirm I had cancelled my appointment. I hadn't; the caller knew my date of birth.",
    "{count} takeaway deliveries I did not order arrived over the evening, all paid cash on delivery.",
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
    {"outside my house on Ashgrove Road, Ferndale", Zone::Home},
    {"at the end of Ashgrove Road", Zone::Home},
    {"on the corner of Ashgrove Road and Mill Lane", Zone::Home},
    {"in the car park at Harbourside Business Park", Zone::Work},
    {"outside reception at work (Harbourside Business Park)", Zone::Work},
    {"at Fernmart supermarket on Station Parade", Zone::Home},
    {"outside Linmouth Leisure Centre", Zone::None},
    {"at the gates of St Aidan's Primary School", Zone::None},
    {"on platform 2 at Linmouth Central station", Zone::None},
    {"at the bus stop on Quayside Road", Zone::Home},
    {"at the Harbour Lights cafe on the seafront", Zone::None},
    {"outside my parents' house on Kestrel Close, Westbury Park", Zone::Parents},
};

constexpr const char* kItems[] = {
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

TypeText textFor(IncidentType type)
{
    switch (type) {
    case IncidentType::Call:
        return {kCallSummaries, kCallDetails};
    case IncidentType::Text:
        return {kTextSummaries, kTextDetails};
    case IncidentType::Voicemail:
        return {kVoicemailSummaries, kVoicemailDetails};
    case IncidentType::Email:
        return {kEmailSummaries, kEmailDetails};
    case IncidentType::SocialMedia:
        return {kSocialSummaries, kSocialDetails};
    case IncidentType::Online:
        return {kOnlineSummaries, kOnlineDetails};
    case IncidentType::Sighting:
        return {kSightingSummaries, kSightingDetails};
    case IncidentType::Following:
        return {kFollowingSummaries, kFollowingDetails};
    case IncidentType::Visit:
        return {kVisitSummaries, kVisitDetails};
    case IncidentType::Loitering:
        return {kLoiteringSummaries, kLoiteringDetails};
    case IncidentType::ItemLeft:
        return {kItemSummaries, kItemDetails};
    case IncidentType::Damage:
        return {kDamageSummaries, kDamageDetails};
    case IncidentType::ThirdParty:
        return {kThirdPartySummaries, kThirdPartyDetails};
    case IncidentType::Threat:
        return {kThreatSummaries, kThreatDetails};
    case IncidentType::Violence:
        return {kViolenceSummaries, kViolenceDetails};
    case IncidentType::Breach:
        return {kBreachSummaries, kBreachDetails};
    case IncidentType::Other:
        break;
    }
    return {kOtherSummaries, kOtherDetails};
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
    return kItems;
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
