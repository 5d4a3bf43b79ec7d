// The import transaction.
#include "importers/ImportCommitter.h"

#include "common/Error.h"
#include "crypto/Sha256.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "diary/IncidentRepository.h"
#include "diary/PersonRepository.h"
#include "importers/ImportIncidents.h"
#include "importers/ImportLedger.h"
#include "importers/SenderFilter.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <map>

namespace daymark::importers {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::importers", text);
}

QString familyOf(ImportFormat format)
{
    if (format == ImportFormat::Eml || format == ImportFormat::Mbox)
        return QStringLiteral("email"); // an e-mail is the same whether found in an .eml or a mailbox
    return format == ImportFormat::WhatsApp ? QStringLiteral("whatsapp") : QStringLiteral("android");
}

// The exhibit the export file will be: the existing one with the same content, or the next number. Known before
// the first incident is written, so every incident's tags can name it; checked once the file is stored.
struct ExpectedExhibit
{
    QUuid id;
    QString label;
};

ExpectedExhibit expectExhibit(diary::Diary& diary, const QString& path, const std::atomic<bool>* cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    crypto::Sha256 hash;
    while (!file.atEnd()) {
        if (cancel && cancel->load())
            throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
        hash.update(file.read(1024 * 1024));
    }
    const auto digest = hash.finish();
    const QString sha = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size())).toHex());
    qint64 highest = 0;
    for (const auto& record : diary.exhibits().list(true)) {
        if (!record.deleted && record.exhibit.sha256 == sha)
            return {record.exhibit.id, record.exhibit.label};
        highest = std::max(highest, record.number);
    }
    return {QUuid::createUuid(), diary.exhibits().initials() + u'/' + QString::number(highest + 1)};
}

void checkCancel(const CommitOptions& options)
{
    if (options.cancel && options.cancel->load())
        throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was added."));
}

} // namespace

CommitResult ImportCommitter::run(diary::Diary& diary, ImportSource& source, const CommitOptions& options)
{
    std::optional<diary::Person> person;
    if (!options.fromPerson.isNull())
        person = diary.people().get(options.fromPerson).person;
    const SenderFilter filter(options.from, person);
    const ImportFormat format = source.format();
    CommitResult result;

    // A dry run only reads (the diary may be open read-only); otherwise everything happens in this transaction.
    std::optional<vault::Transaction> transaction;
    if (!options.dryRun)
        transaction.emplace(diary.vault().connection());
    ImportLedger ledger(diary.journal());
    MessageKeys keys(familyOf(format));
    ExpectedExhibit expected;
    QList<QUuid> incidents;
    // A folder import (e-mail) keeps each of its files as an exhibit, the way a single export file is kept.
    struct KeptFile
    {
        ExpectedExhibit exhibit;
        int order = 0;          // 0 for the first file met, then 1, 2 ...
        QList<QUuid> incidents; // linked at the end, after the first
    };
    std::map<QString, KeptFile> kept;
    std::vector<ImportedMessage> day;
    std::vector<QByteArray> dayKeys;

    auto attachMedia = [&](const ImportedMessage& m, const QUuid& incident) {
        for (const MediaReference& media : m.media) {
            if (media.omitted || !options.attachMedia)
                continue;
            const QByteArray bytes = media.data.isEmpty() ? source.media(media.name) : media.data;
            if (bytes.isEmpty() && media.data.isEmpty()) {
                ++result.mediaMissing;
                continue;
            }
            diary::ImportOptions how;
            how.howObtained = QStringLiteral("export");
            how.description = tr("Sent with the message of %1 (%2)")
                                  .arg(placedTime(m, options.zone).toString(Qt::ISODate), expected.label);
            how.cancel = options.cancel;
            diary.exhibits().attachData(incident, bytes, media.name.isEmpty() ? QStringLiteral("mms-part") : media.name,
                                        how);
            ++result.mediaAttached;
        }
    };

    auto commitIncident = [&](const std::vector<ImportedMessage>& messages, const std::vector<QByteArray>& ks) {
        const QString exportPath =
            source.isFolder() ? QDir(source.path()).filePath(messages.front().file) : source.path();
        auto file = kept.find(exportPath);
        const bool firstOfFile = file == kept.end();
        if (firstOfFile)
            file = kept.emplace(exportPath, KeptFile{expectExhibit(diary, exportPath, options.cancel),
                                                     static_cast<int>(kept.size()),
                                                     {}})
                       .first;
        expected = file->second.exhibit;
        SourcePosition span = messages.front().position;
        span.last = messages.back().position.last;
        const QString where = tr("%1 %2").arg(expected.label, sourceText(span));
        diary::Incident incident = options.groupByDay ? dayIncidentFor(messages, format, options.zone, where)
                                                      : incidentFor(messages.front(), format, options.zone, where);
        if (person)
            incident.people = {person->id};
        const diary::IncidentRecord record = diary.incidents().add(incident);
        if (!firstOfFile)
            file->second.incidents << record.incident.id;
        if (firstOfFile) {
            diary::ImportOptions how;
            how.howObtained = QStringLiteral("export");
            how.description =
                tr("%1 as exported by the phone (%2)").arg(formatName(format), QFileInfo(exportPath).fileName());
            how.id = expected.id;
            how.cancel = options.cancel;
            const auto attached = diary.exhibits().attachFile(record.incident.id, exportPath, how);
            if (attached.record.exhibit.id != expected.id || attached.record.exhibit.label != expected.label)
                throw Error(Error::Kind::Internal,
                            tr("The export file's exhibit number changed while it was stored; nothing was imported. "
                               "Try again."));
        }
        if (incidents.isEmpty()) {
            result.exhibit = expected.id;
            result.exhibitLabel = expected.label;
            result.firstIncident = record.number;
        }
        result.lastIncident = record.number;
        incidents << record.incident.id;
        ++result.incidentsAdded;
        for (std::size_t k = 0; k < messages.size(); ++k) {
            ledger.add(ks[k], record.incident.id, sourceCode(messages[k].position), file->second.order);
            attachMedia(messages[k], record.incident.id);
        }
    };
    auto flushDay = [&] {
        if (!day.empty())
            commitIncident(day, dayKeys);
        day.clear();
        dayKeys.clear();
    };

    ParseSettings settings;
    settings.dateOrder = options.dateOrder;
    settings.progress = options.progress;
    settings.cancel = options.cancel;
    qint64 delivered = -1; // the message's place in the export's order, for options.chosen
    result.summary = source.parse(settings, [&](ImportedMessage&& m) {
        checkCancel(options);
        ++delivered;
        if (m.kind == MessageKind::System)
            return;
        const QByteArray key = keys.next(m);
        if (options.chosen ? !options.chosen->contains(delivered) : !filter.matches(m)) {
            ++result.skippedOther;
            return;
        }
        if (ledger.contains(key)) {
            ++result.alreadyImported;
            return;
        }
        ++result.selected;
        if (options.dryRun) {
            ledger.remember(key);
            return;
        }
        if (options.groupByDay) {
            if (!day.empty() && placedTime(day.front(), options.zone).date() != placedTime(m, options.zone).date())
                flushDay();
            day.push_back(std::move(m));
            dayKeys.push_back(key);
            return;
        }
        commitIncident({std::move(m)}, {key});
    });
    if (result.summary.dateOrderAmbiguous && !options.dryRun)
        throw Error(Error::Kind::InvalidInput,
                    tr("The dates in this chat read both as day/month and as month/day (such as \"%1\"). Say which "
                       "the phone uses: day first (dmy) or month first (mdy).")
                        .arg(result.summary.ambiguousSample),
                    QString::fromLatin1(kDateOrderAmbiguous));
    flushDay();
    checkCancel(options);
    if (options.dryRun || incidents.isEmpty())
        return result; // the transaction rolls back: nothing was written
    // Every file's exhibit in the order the files were met: the first is the one the record names at its top.
    std::vector<const std::pair<const QString, KeptFile>*> files(kept.size());
    for (const auto& entry : kept) {
        diary.exhibits().linkMany(entry.second.exhibit.id, entry.second.incidents);
        files[static_cast<std::size_t>(entry.second.order)] = &entry;
    }
    QJsonArray exhibits;
    for (const auto* entry : files) {
        const ExpectedExhibit& exhibit = entry->second.exhibit;
        exhibits.append(QJsonObject{{QStringLiteral("exhibit"), exhibit.id.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("label"), exhibit.label},
                                    {QStringLiteral("file"), QFileInfo(entry->first).fileName()}});
        result.exhibitLabels << exhibit.label;
    }
    QJsonObject about{
        {QStringLiteral("format"), formatCode(format)},
        {QStringLiteral("file"), QFileInfo(source.path()).fileName()},
        {QStringLiteral("exhibit"), result.exhibit.toString(QUuid::WithoutBraces)},
        {QStringLiteral("label"), result.exhibitLabel},
        {QStringLiteral("found"), result.summary.messages},
        {QStringLiteral("added"), result.selected},
        {QStringLiteral("alreadyImported"), result.alreadyImported},
        {QStringLiteral("incidents"), result.incidentsAdded},
    };
    if (exhibits.size() > 1)
        about.insert(QStringLiteral("exhibits"), exhibits);
    ledger.append(about);
    transaction->commit();
    return result;
}

} // namespace daymark::importers
