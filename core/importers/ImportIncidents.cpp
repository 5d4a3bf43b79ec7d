// Incident summaries and details for imported messages and calls.
#include "importers/ImportIncidents.h"

#include <QCoreApplication>
#include <QSet>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

constexpr qsizetype kSummaryChars = 120;

QString firstLine(const QString& text)
{
    const QString line = text.trimmed().section(u'\n', 0, 0).trimmed();
    return line.size() > kSummaryChars ? line.left(kSummaryChars - 1) + QChar(0x2026) : line;
}

QString otherParty(const ImportedMessage& m)
{
    const bool out = m.direction == Direction::Outgoing;
    const QString name = out ? m.peerName : m.senderName;
    const QString address =
        out ? (m.peerAddress.isEmpty() ? m.recipients.join(QStringLiteral(", ")) : m.peerAddress) : m.senderAddress;
    if (!name.isEmpty() && !address.isEmpty() && name != address)
        return tr("%1 (%2)").arg(name, address);
    if (!name.isEmpty())
        return name;
    return address.isEmpty() ? tr("an unknown or hidden number") : address;
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString summaryOf(const ImportedMessage& m)
{
    const QString who = otherParty(m);
    switch (m.kind) {
    case MessageKind::CallMissed:
        return tr("Missed call from %1").arg(who);
    case MessageKind::CallRejected:
        return tr("Rejected call from %1").arg(who);
    case MessageKind::Voicemail:
        return tr("Voicemail from %1").arg(who);
    case MessageKind::CallIncoming:
        return m.durationSeconds > 0 ? tr("Call from %1 (%2)").arg(who, duration(m.durationSeconds))
                                     : tr("Call from %1").arg(who);
    case MessageKind::CallOutgoing:
        return m.durationSeconds > 0 ? tr("Call to %1 (%2)").arg(who, duration(m.durationSeconds))
                                     : tr("Call to %1").arg(who);
    default:
        break;
    }
    if (m.kind == MessageKind::Email) {
        const QString subject = m.subject.trimmed().isEmpty() ? tr("(no subject)") : firstLine(m.subject);
        return m.direction == Direction::Outgoing ? tr("Email to %1: %2").arg(who, subject)
                                                  : tr("Email from %1: %2").arg(who, subject);
    }
    QString line = firstLine(m.text);
    if (line.isEmpty())
        line = firstLine(m.subject);
    if (line.isEmpty())
        line = m.media.isEmpty() ? tr("(an empty message)") : tr("(a photo or file)");
    return m.direction == Direction::Outgoing ? tr("To %1: %2").arg(who, line) : tr("%1: %2").arg(who, line);
}

diary::IncidentType typeOf(const ImportedMessage& m)
{
    switch (m.kind) {
    case MessageKind::CallIncoming:
    case MessageKind::CallOutgoing:
    case MessageKind::CallMissed:
    case MessageKind::CallRejected:
        return diary::IncidentType::Call;
    case MessageKind::Voicemail:
        return diary::IncidentType::Voicemail;
    case MessageKind::Email:
        return diary::IncidentType::Email;
    default:
        return diary::IncidentType::Text;
    }
}

QString channelOf(const ImportedMessage& m, ImportFormat format)
{
    if (format == ImportFormat::WhatsApp)
        return QStringLiteral("WhatsApp");
    if (format == ImportFormat::Telegram)
        return QStringLiteral("Telegram");
    if (format == ImportFormat::Instagram)
        return QStringLiteral("Instagram");
    if (format == ImportFormat::Signal)
        return QStringLiteral("Signal");
    if (m.kind == MessageKind::Email)
        return QStringLiteral("e-mail");
    if (typeOf(m) != diary::IncidentType::Text)
        return QStringLiteral("phone");
    return m.media.isEmpty() ? QStringLiteral("SMS") : QStringLiteral("MMS");
}

QString accountOf(const ImportedMessage& m)
{
    if (m.direction == Direction::Outgoing)
        return m.peerAddress.isEmpty() ? m.recipients.join(QStringLiteral(", ")) : m.peerAddress;
    return m.senderAddress.isEmpty() ? m.senderName : m.senderAddress;
}

} // namespace

namespace {

// A wall-clock time the clocks skipped (spring forward). Qt before 6.7 makes such a time invalid; later versions
// move it past the gap, so its wall-clock time is no longer the one written.
bool inClockGap(const QDateTime& placed, const QDateTime& written)
{
    return !placed.isValid() || placed.date() != written.date() || placed.time() != written.time();
}

} // namespace

QDateTime placedTime(const ImportedMessage& m, const QTimeZone& zone)
{
    if (!m.floating)
        return m.time.toTimeZone(zone);
    QDateTime placed(m.time.date(), m.time.time(), zone);
    if (inClockGap(placed, m.time)) {
        // A wall-clock time the clocks skipped (spring forward): read it with the offset in force just before.
        const QDateTime asUtc(m.time.date(), m.time.time(), QTimeZone::utc());
        const int before = zone.offsetFromUtc(asUtc.addSecs(-3 * 3600));
        placed = asUtc.addSecs(-before).toTimeZone(zone);
    }
    return placed;
}

bool skippedByClocks(const ImportedMessage& m, const QTimeZone& zone)
{
    return m.floating && inClockGap(QDateTime(m.time.date(), m.time.time(), zone), m.time);
}

namespace {

// An e-mail's details: its text, the attachments by name, what could not be read exactly, and the header section as
// received (From, To, Date, Message-ID, the Received chain) so police can trace it.
QString emailDetails(const ImportedMessage& m)
{
    QStringList parts;
    if (!m.text.isEmpty())
        parts << m.text;
    QStringList names;
    for (const MediaReference& media : m.media)
        names << media.name;
    if (!names.isEmpty())
        parts << tr("Attachments: %1").arg(names.join(QStringLiteral(", ")));
    if (!m.notes.isEmpty())
        parts << m.notes.join(u'\n');
    if (!m.headers.isEmpty())
        parts << tr("Headers as received:") + u'\n' + m.headers;
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

diary::Incident incidentFor(const ImportedMessage& m, ImportFormat format, const QTimeZone& zone, const QString& source)
{
    diary::Incident incident;
    incident.type = typeOf(m);
    incident.start = placedTime(m, zone);
    incident.approximate = skippedByClocks(m, zone);
    if (m.durationSeconds > 0)
        incident.end = incident.start.addSecs(m.durationSeconds);
    incident.summary = summaryOf(m);
    incident.details = m.text;
    if (!m.subject.isEmpty() && m.text.isEmpty())
        incident.details = m.subject;
    if (m.kind == MessageKind::Email)
        incident.details = emailDetails(m);
    else if (!m.notes.isEmpty())
        incident.details += QStringLiteral("\n\n") + m.notes.join(u'\n');
    incident.channel = channelOf(m, format);
    incident.account = accountOf(m);
    incident.tags = {QStringLiteral("imported"), source};
    return incident;
}

diary::Incident dayIncidentFor(const std::vector<ImportedMessage>& messages, ImportFormat format, const QTimeZone& zone,
                               const QString& source)
{
    diary::Incident incident = incidentFor(messages.front(), format, zone, source);
    if (messages.size() == 1)
        return incident;
    QStringList lines;
    QStringList people;
    bool allCalls = true;
    for (const ImportedMessage& m : messages) {
        const QString time = placedTime(m, zone).toString(QStringLiteral("HH:mm:ss"));
        const bool call = typeOf(m) != diary::IncidentType::Text && typeOf(m) != diary::IncidentType::Email;
        allCalls = allCalls && call;
        lines << (call || m.text.isEmpty() ? tr("[%1] %2").arg(time, summaryOf(m))
                                           : tr("[%1] %2: %3").arg(time, otherParty(m), m.text));
        const QString who = otherParty(m);
        if (!people.contains(who) && people.size() < 4)
            people << who;
    }
    const QDateTime last = placedTime(messages.back(), zone);
    incident.end = std::max(last, incident.end.value_or(last));
    incident.type = allCalls ? diary::IncidentType::Call : diary::IncidentType::Text;
    const QString who = people.join(QStringLiteral(", "));
    incident.summary = allCalls ? tr("Calls with %1: %2").arg(who).arg(messages.size())
                                : tr("Messages and calls with %1: %2").arg(who).arg(messages.size());
    incident.details = lines.join(u'\n');
    return incident;
}

} // namespace daymark::importers
