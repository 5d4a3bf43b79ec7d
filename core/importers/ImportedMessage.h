// The common model every importer produces: one message, call or e-mail as the export holds it, where it came from
// in the file, and a summary of a whole export (participants, date range) for the preview.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace daymark::importers {

enum class MessageKind {
    Message,      // a chat message or SMS/MMS
    CallIncoming, // answered
    CallOutgoing,
    CallMissed,
    CallRejected, // rejected or blocked
    Voicemail,
    Email,
    System, // a line the app wrote itself ("X created group", "Messages are end-to-end encrypted")
};

enum class Direction { Unknown, Incoming, Outgoing };

// A file the message refers to: by name (WhatsApp), or carried inside the export (an MMS image part).
struct MediaReference
{
    QString name;      // file name as the export gives it; empty when the app left the media out
    QString mediaType; // "image/jpeg" where the export says
    QByteArray data;   // the bytes, when the export carries them inline (MMS parts)
    bool omitted = false;
    bool operator==(const MediaReference&) const = default;
};

// Where in the original file a message was found, so the incident can point back at it.
struct SourcePosition
{
    enum class Unit { Line, Element };
    Unit unit = Unit::Line;
    qint64 first = 0; // 1-based line number, or 1-based index of the element among messages/calls
    qint64 last = 0;  // last line of a multi-line message (== first otherwise)
    bool operator==(const SourcePosition&) const = default;
};

struct ImportedMessage
{
    // For exports that give a zone or an instant (SMS Backup & Restore, e-mail) this is that instant. For exports
    // that only give the wall clock (WhatsApp) it is the wall clock with `floating` set: its date and time are what
    // the phone showed, and the committer places them in the zone the person chooses.
    QDateTime time;
    bool floating = false;
    MessageKind kind = MessageKind::Message;
    Direction direction = Direction::Unknown;
    QString senderName;    // as the export shows it ("Alice", "+44 7700 900123", "~ Sam")
    QString senderAddress; // phone number or e-mail address when known
    QStringList recipients;
    // The other party of a one-to-one conversation (the contact of an SMS or call), whichever way it went.
    QString peerName;
    QString peerAddress;
    QString subject;             // MMS or e-mail subject
    QString text;                // exactly as the export holds it (multi-line messages keep their line breaks)
    qint64 durationSeconds = -1; // calls; -1 when not a call or unknown
    QList<MediaReference> media;
    bool edited = false;
    bool deleted = false; // "This message was deleted"
    SourcePosition position;
    // E-mail: the header section exactly as received (Received chain included) and the Message-ID, which identifies
    // the message wherever it is found again (another mailbox, an .eml of it).
    QString headers;
    QString messageId;
    QString file;      // for an import of a folder: the file the message came from, relative to the folder
    QStringList notes; // what the importer could not read exactly, as sentences kept with the incident
};

struct Participant
{
    QString name;
    QString address;
    qint64 messages = 0;
    bool operator==(const Participant&) const = default;
};

// What a parse found, for the preview and for `import --json`.
struct ImportSummary
{
    qint64 messages = 0;    // messages and calls (system lines not counted)
    qint64 systemLines = 0; // lines the app wrote itself
    qint64 mediaReferences = 0;
    QList<Participant> participants;
    QDateTime first; // earliest and latest message time (floating wall clock for WhatsApp)
    QDateTime last;
    bool floatingTimes = false;

    // WhatsApp: the file's dates read both as day/month and month/day. No messages were delivered; parse again
    // with a date order chosen by the person.
    bool dateOrderAmbiguous = false;
    QString dateOrder;       // the order used or inferred: "dmy", "mdy", "ymd", ...
    QString ambiguousSample; // a line showing the ambiguity, for the question to the person

    void add(const ImportedMessage& message);
    // The participant with this name and address, added with no messages yet if new; null past 10,000 of them.
    Participant* participant(const QString& name, const QString& address);

private:
    QHash<QString, qsizetype> participantIndex; // name and address -> place in participants
};

using MessageSink = std::function<void(ImportedMessage&& message)>;
// Reports bytes read of the input; long parses call it every so often.
using ParseProgress = std::function<void(qint64 done, qint64 total)>;

QString kindCode(MessageKind kind); // "message", "call-incoming", ... (stable, for JSON)

} // namespace daymark::importers
