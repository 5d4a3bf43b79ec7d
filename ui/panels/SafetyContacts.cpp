// The numbers are checked against the services' own pages; change them only from there.
#include "panels/SafetyContacts.h"

namespace daymark::ui {

QString SafetyContacts::regionName()
{
    return tr("United Kingdom");
}

std::vector<SafetyContact> SafetyContacts::forRegion()
{
    return {
        {tr("Police, in an emergency"), QStringLiteral("999"),
         tr("If you are in danger now, or a crime is happening. If you cannot speak, call from a mobile, listen to "
            "the questions, and press 55 when asked: the police will know it is a real emergency.")},
        {tr("Police, not an emergency"), QStringLiteral("101"),
         tr("To report an incident that has already happened, or to add to a report you made.")},
        {tr("National Stalking Helpline"), QStringLiteral("0808 802 0300"),
         tr("Free, confidential advice from people who know stalking, and help to find a local stalking advocate.")},
        {tr("National Domestic Abuse Helpline (Refuge)"), QStringLiteral("0808 2000 247"),
         tr("Free and open day and night, for anyone living with domestic abuse, and for friends and family.")},
        {tr("Men's Advice Line"), QStringLiteral("0808 801 0327"),
         tr("Free, confidential support for men living with domestic abuse.")},
    };
}

} // namespace daymark::ui
