// A WhatsApp "Export chat" zip (the chat text plus the media files), read with libzip straight into memory: nothing
// is unpacked to disk. Refuses, before reading anything, a zip whose entries would escape a folder ("../x", "/etc"),
// and a zip bomb (sizes or compression ratios no chat export has); while reading, never takes more bytes than an
// entry declared.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>

namespace daymark::importers {

class ChatZip
{
public:
    static constexpr qint64 kMaxEntries = 100000;
    static constexpr qint64 kMaxChatBytes = 1024LL * 1024 * 1024;       // the chat text
    static constexpr qint64 kMaxMediaBytes = 1024LL * 1024 * 1024;      // one media file, held in memory to attach
    static constexpr qint64 kMaxTotalBytes = 32LL * 1024 * 1024 * 1024; // everything, unpacked
    static constexpr qint64 kMaxRatio = 200; // unpacked/packed for entries over 1 MiB: text packs ~10x, media ~1x

    // Throws Error: NotFound, InvalidInput (not a zip, unsafe names, a bomb, no chat text inside).
    explicit ChatZip(const QString& path);
    ~ChatZip();
    ChatZip(const ChatZip&) = delete;
    ChatZip& operator=(const ChatZip&) = delete;

    QString chatName() const { return m_chatName; } // "_chat.txt" (iOS) or "WhatsApp Chat with Sam.txt" (Android)
    QByteArray chatText() const;                    // the whole chat text (bounded by kMaxChatBytes)

    // A media file by the name a message gives ("IMG-20210428-WA0001.jpg"); empty when the zip lacks it.
    bool hasMedia(const QString& name) const { return m_byName.contains(name); }
    QByteArray media(const QString& name) const;

private:
    QByteArray read(qint64 index, qint64 limit) const;

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_path;
    QString m_chatName;
    qint64 m_chatIndex = -1;
    QHash<QString, qint64> m_byName; // file name without folders -> entry index
};

} // namespace daymark::importers
