// Files and folders of e-mail, handed message by message to readEmail().
#include "importers/EmailParser.h"

#include "common/Error.h"
#include "importers/EmailDate.h"
#include "importers/EmailMessage.h"
#include "importers/MboxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

void checkCancel(const EmailOptions& options)
{
    if (options.cancel && options.cancel->load())
        throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
}

QStringList filesUnder(const QString& folder, const std::function<bool(const QFileInfo&)>& wanted)
{
    QStringList out;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (wanted(it.fileInfo()))
            out << root.relativeFilePath(it.filePath());
    }
    out.sort();
    return out;
}

void openForReading(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()),
                    file.errorString());
}

void deliver(ImportedMessage&& m, ImportSummary& summary, const MessageSink& sink)
{
    summary.add(m);
    if (sink)
        sink(std::move(m));
}

qint64 totalSize(const QString& folder, const QStringList& files)
{
    qint64 total = 0;
    for (const QString& f : files)
        total += QFileInfo(QDir(folder).filePath(f)).size();
    return total;
}

} // namespace

QStringList EmailParser::emlFiles(const QString& folder)
{
    return filesUnder(
        folder, [](const QFileInfo& f) { return f.suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0; });
}

QStringList EmailParser::mboxFiles(const QString& folder)
{
    // Any file that starts like a mailbox; Thunderbird's indexes (.msf) and other program files never do.
    return filesUnder(folder, [](const QFileInfo& f) {
        if (f.size() < 5 || f.suffix().compare(QLatin1String("msf"), Qt::CaseInsensitive) == 0)
            return false;
        QFile file(f.filePath());
        return file.open(QIODevice::ReadOnly) && file.read(5) == "From ";
    });
}

void EmailParser::readEml(QIODevice& device, const QString& name, const QString& file, ImportSummary& summary,
                          const MessageSink& sink)
{
    if (device.size() > kMaxEmlBytes)
        throw Error(Error::Kind::InvalidInput,
                    tr("%1 is larger than %2 MiB; Daymark does not import e-mails that large.")
                        .arg(name)
                        .arg(kMaxEmlBytes / (1024 * 1024)));
    QByteArray raw = device.readAll();
    if (raw.isEmpty())
        throw Error(Error::Kind::InvalidInput, tr("%1 is empty: it holds no e-mail.").arg(name));
    EmailOrigin origin;
    origin.where = name;
    origin.file = file;
    qint64 firstLine = 1;
    // Some programs save an .eml with the mbox envelope line first.
    if (raw.startsWith("From ")) {
        const qsizetype end = raw.indexOf('\n');
        origin.envelopeDate = parseMboxFromDate(QByteArrayView(raw).first(end < 0 ? raw.size() : end).trimmed());
        raw.remove(0, end < 0 ? raw.size() : end + 1);
        firstLine = 2;
    }
    const qint64 lines = raw.count('\n') + (raw.endsWith('\n') ? 0 : 1);
    origin.position = {SourcePosition::Unit::Line, firstLine, std::max(firstLine, firstLine + lines - 1)};
    deliver(readEmail(raw, origin), summary, sink);
}

void EmailParser::readMbox(QIODevice& device, const QString& name, const QString& file, const EmailOptions& options,
                           ImportSummary& summary, const MessageSink& sink, qint64 doneBefore, qint64 total)
{
    if (total <= 0)
        total = device.size();
    MboxReader reader(device, name);
    MboxMessage message;
    qint64 count = 0;
    while (reader.next(message)) {
        ++count;
        if (count % 64 == 0) {
            checkCancel(options);
            if (options.progress)
                options.progress(doneBefore + reader.bytesRead(), total);
        }
        EmailOrigin origin;
        origin.where =
            tr("%1, message %2 (lines %3-%4)").arg(name).arg(count).arg(message.firstLine).arg(message.lastLine);
        origin.envelopeDate = message.envelopeDate;
        origin.position = {SourcePosition::Unit::Line, message.firstLine, message.lastLine};
        origin.file = file;
        deliver(readEmail(message.raw, origin), summary, sink);
    }
}

ImportSummary EmailParser::parseEml(const QString& path, const EmailOptions& options, const MessageSink& sink)
{
    ImportSummary summary;
    const QFileInfo info(path);
    if (info.isDir()) {
        const QStringList files = emlFiles(path);
        if (files.isEmpty())
            throw Error(Error::Kind::InvalidInput,
                        tr("The folder %1 holds no .eml files. Save the e-mails as .eml files (in most mail programs: "
                           "drag them to a folder, or \"Save as\") and import that folder.")
                            .arg(path));
        const qint64 total = totalSize(path, files);
        qint64 done = 0;
        for (const QString& f : files) {
            checkCancel(options);
            QFile file(QDir(path).filePath(f));
            openForReading(file);
            readEml(file, f, f, summary, sink);
            done += file.size();
            if (options.progress)
                options.progress(done, total);
        }
        return summary;
    }
    QFile file(path);
    openForReading(file);
    readEml(file, info.fileName(), QString(), summary, sink);
    if (options.progress)
        options.progress(file.size(), file.size());
    return summary;
}

ImportSummary EmailParser::parseMbox(const QString& path, const EmailOptions& options, const MessageSink& sink)
{
    ImportSummary summary;
    const QFileInfo info(path);
    if (info.isDir()) {
        const QStringList files = mboxFiles(path);
        if (files.isEmpty())
            throw Error(Error::Kind::InvalidInput,
                        tr("The folder %1 holds no mbox mailbox (a file starting with \"From \"). Choose the folder "
                           "of the mail program's profile that holds the mail files, or one mailbox file.")
                            .arg(path));
        const qint64 total = totalSize(path, files);
        qint64 done = 0;
        for (const QString& f : files) {
            checkCancel(options);
            QFile file(QDir(path).filePath(f));
            openForReading(file);
            readMbox(file, f, f, options, summary, sink, done, total);
            done += file.size();
        }
        if (options.progress)
            options.progress(total, total);
        return summary;
    }
    QFile file(path);
    openForReading(file);
    if (file.size() == 0)
        throw Error(Error::Kind::InvalidInput, tr("%1 is empty: it holds no e-mail.").arg(info.fileName()));
    readMbox(file, info.fileName(), QString(), options, summary, sink);
    if (options.progress)
        options.progress(file.size(), file.size());
    return summary;
}

} // namespace daymark::importers
