// E-mail exports: one .eml file or a folder of them (searched recursively), and mbox mailboxes: one file or a
// folder of them (Thunderbird's profile folders with their .msf indexes and .sbd subfolders, Apple Mail's .mbox
// bundles, Google Takeout). Messages are delivered in file order, each with its line range; memory stays bounded
// by the largest message.
#pragma once

#include "importers/ImportedMessage.h"

class QIODevice;

namespace daymark::importers {

struct EmailOptions
{
    ParseProgress progress;
    const std::atomic<bool>* cancel = nullptr;
};

class EmailParser
{
public:
    static constexpr qint64 kMaxEmlBytes = 512 * 1024 * 1024;

    // `path` is a file or a folder. Throws Error: NotFound, InvalidInput (naming the file and message: no date, not
    // an e-mail or a mailbox, a folder with none), Io, Cancelled.
    static ImportSummary parseEml(const QString& path, const EmailOptions& options, const MessageSink& sink);
    static ImportSummary parseMbox(const QString& path, const EmailOptions& options, const MessageSink& sink);

    // One file's content; `name` names it in errors and `file` is set on every message (empty for a single file).
    static void readEml(QIODevice& device, const QString& name, const QString& file, ImportSummary& summary,
                        const MessageSink& sink);
    static void readMbox(QIODevice& device, const QString& name, const QString& file, const EmailOptions& options,
                         ImportSummary& summary, const MessageSink& sink, qint64 doneBefore = 0, qint64 total = 0);

    // The files a folder import reads, relative to the folder, in the order they are read.
    static QStringList emlFiles(const QString& folder);
    static QStringList mboxFiles(const QString& folder);
};

} // namespace daymark::importers
