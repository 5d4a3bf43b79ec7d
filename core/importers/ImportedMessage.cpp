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
    if (Participant* p = participant(name, address))
        ++p->messages;
}

Participant* ImportSummary::participant(const QString& name, const QString& address)
{
    const QString key = name + QChar(0x1F) + address; // a character neither holds
    if (const auto found = participantIndex.constFind(key); found != participantIndex.constEnd())
        return &participants[*found];
    if (participants.size() >= 10000) // a group export with more senders than this is not a conversation to preview
        return nullptr;
    participantIndex.insert(key, participants.size());
    participants.append(Participant{name, address, 0});
    return &participants.last();
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
