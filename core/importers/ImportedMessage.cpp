// The import summary: counts, participants and date range gathered while messages stream past.
#include "importers/ImportedMessage.h"

namespace daymark::importers {

void ImportSummary::add(const ImportedMessage& message)
{
    if (message.kind == MessageKind::System) {
        ++systemLines;
        return;
    }
    ++messages;
    mediaReferences += message.media.size();
    floatingTimes = floatingTimes || message.floating;
    if (message.time.isValid()) {
        if (!first.isValid() || message.time < first)
            first = message.time;
        if (!last.isValid() || message.time > last)
            last = message.time;
    }
    // The people in the conversation other than the phone's owner: senders, and the contacts of outgoing messages.
    const bool outgoing = message.direction == Direction::Outgoing;
    const QString name = outgoing ? message.peerName : message.senderName;
    const QString address = outgoing ? message.peerAddress : message.senderAddress;
    if (name.isEmpty() && address.isEmpty())
        return;
    for (Participant& p : participants)
        if (p.name == name && p.address == address) {
            ++p.messages;
            return;
        }
    if (participants.size() < 10000) // a group export with more senders than this is not a conversation to preview
        participants.append(Participant{name, address, 1});
}

QString kindCode(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Message:
        return QStringLiteral("message");
    case MessageKind::CallIncoming:
        return QStringLiteral("call-incoming");
    case MessageKind::CallOutgoing:
        return QStringLiteral("call-outgoing");
    case MessageKind::CallMissed:
        return QStringLiteral("call-missed");
    case MessageKind::CallRejected:
        return QStringLiteral("call-rejected");
    case MessageKind::Voicemail:
        return QStringLiteral("voicemail");
    case MessageKind::Email:
        return QStringLiteral("email");
    case MessageKind::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("message");
}

} // namespace daymark::importers
