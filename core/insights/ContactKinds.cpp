// The classification rules, with their word lists translatable so they fit the language a diary is kept in.
#include "insights/ContactKinds.h"

#include <QCoreApplication>

namespace daymark::insights {
namespace {

using diary::IncidentType;

constexpr qint64 kDayMs = 86'400'000;

QString tr(const char* text, const char* comment)
{
    return QCoreApplication::translate("daymark::insights", text, comment);
}

QString normalised(const QString& text)
{
    return text.trimmed().toLower().replace(u'-', u' ');
}

qint64 localMs(const diary::TimelineEntry& entry)
{
    return entry.startUtcMs + qint64(entry.utcOffset) * 1000;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

} // namespace

QDate localDate(const diary::TimelineEntry& entry)
{
    return QDate::fromJulianDay(2'440'588 + floorDiv(localMs(entry), kDayMs)); // 2440588: 1 January 1970
}

int localHour(const diary::TimelineEntry& entry)
{
    const qint64 ms = localMs(entry);
    return int((ms - floorDiv(ms, kDayMs) * kDayMs) / 3'600'000);
}

constexpr const char* kOwnPlaces = "my home|my house|my flat|my front door|my door|my garden|my driveway|at home|"
                                   "my work|my workplace|my office|at work";

// The English words always count — the app stores channel names in English, and a diary may be written in more
// than one language — and the translation adds the language's own.
QStringList listed(const char* english, const QString& translated)
{
    QStringList words = QString::fromUtf8(english).split(u'|', Qt::SkipEmptyParts);
    for (const QString& word : translated.split(u'|', Qt::SkipEmptyParts))
        if (!words.contains(word))
            words << word;
    return words;
}

QDateTime localTime(const diary::TimelineEntry& entry)
{
    return QDateTime::fromMSecsSinceEpoch(entry.startUtcMs, Qt::OffsetFromUTC, entry.utcOffset);
}

ContactKinds::ContactKinds()
{
    for (const QString& word : listed("in person|face to face",
                                      tr("in person|face to face", "channel names meaning in person, separated by |")))
        m_inPersonChannels << normalised(word);
    for (const QString& word :
         listed("home|work", tr("home|work", "tags meaning the person's home or work, separated by |")))
        m_homeWorkTags << normalised(word);
    QStringList phrases;
    for (const QString& phrase :
         listed(kOwnPlaces, tr("my home|my house|my flat|my front door|my door|my garden|my driveway|at home|"
                               "my work|my workplace|my office|at work",
                               "phrases in a place meaning the person's own home or work, separated by |")))
        phrases << QRegularExpression::escape(phrase.trimmed()).replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    m_homeWorkPlace =
        QRegularExpression(u"\\b(" + phrases.join(u'|') + u")\\b",
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool ContactKinds::inPersonChannel(const diary::TimelineEntry& entry) const
{
    return !entry.channel.isEmpty() && m_inPersonChannels.contains(normalised(entry.channel));
}

bool ContactKinds::approachInPerson(const diary::TimelineEntry& entry) const
{
    switch (entry.type) {
    case IncidentType::Sighting:
    case IncidentType::Following:
    case IncidentType::Visit:
    case IncidentType::Loitering:
    case IncidentType::Violence:
        return true;
    default:
        return inPersonChannel(entry);
    }
}

bool ContactKinds::remote(const diary::TimelineEntry& entry) const
{
    switch (entry.type) {
    case IncidentType::Call:
    case IncidentType::Text:
    case IncidentType::Voicemail:
    case IncidentType::Email:
    case IncidentType::SocialMedia:
    case IncidentType::Online:
        return !inPersonChannel(entry);
    default:
        return false;
    }
}

bool ContactKinds::atHomeOrWork(const diary::TimelineEntry& entry) const
{
    if (entry.type == IncidentType::Visit)
        return true;
    const bool there =
        approachInPerson(entry) || entry.type == IncidentType::ItemLeft || entry.type == IncidentType::Damage;
    if (!there)
        return false;
    for (const QString& tag : entry.tags)
        if (m_homeWorkTags.contains(normalised(tag)))
            return true;
    return !entry.place.isEmpty() && m_homeWorkPlace.match(entry.place).hasMatch();
}

} // namespace daymark::insights
