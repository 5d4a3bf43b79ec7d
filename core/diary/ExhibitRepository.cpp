// Exhibit storage: bytes in the blob store, metadata in the exhibits table as a projection of the journal.
#include "diary/ExhibitRepository.h"

#include "common/Error.h"
#include "diary/DiaryJson.h"
#include "diary/IdPrefix.h"
#include "evidence/ExhibitJson.h"
#include "evidence/Journal.h"
#include "evidence/MediaProbe.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace daymark::diary {
namespace {

using evidence::Exhibit;
using evidence::ExhibitRecord;

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

[[noreturn]] void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

constexpr auto kSelect = "SELECT number, added_at, version, deleted, deletion_reason, data FROM exhibits ";

ExhibitRecord readRecord(const vault::SqlStatement& stmt)
{
    ExhibitRecord r;
    r.number = stmt.columnInt(0);
    r.addedAt = QDateTime::fromString(stmt.columnText(1), Qt::ISODateWithMs);
    r.version = static_cast<int>(stmt.columnInt(2));
    r.deleted = stmt.columnInt(3) != 0;
    r.deletionReason = stmt.columnText(4);
    r.exhibit = evidence::json::exhibitFromJson(json::parsePayload(stmt.columnBlob(5)));
    return r;
}

} // namespace

ExhibitRepository::ExhibitRepository(vault::SqlConnection& db, evidence::Journal& journal)
    : m_db(db), m_journal(journal), m_blobs(db)
{}

QString ExhibitRepository::initials()
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = 'exhibit_initials'");
    return stmt.step() ? stmt.columnText(0) : QStringLiteral("EX");
}

void ExhibitRepository::setInitials(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^\\p{Lu}{1,4}$"));
    const QString initials = value.trimmed().toUpper();
    if (!shape.match(initials).hasMatch())
        invalid(tr("Initials: give 1 to 4 letters, such as JS, for exhibit numbers like JS/1."));
    vault::Transaction transaction(m_db);
    auto store = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('exhibit_initials', ?1)");
    store.bind(1, initials).run();
    auto id = m_db.prepare("SELECT value FROM meta WHERE key = 'diary_id'");
    id.step();
    m_journal.append(QStringLiteral("settings"), QStringLiteral("diary"), id.columnText(0), {},
                     json::payload(QJsonObject{{QStringLiteral("exhibitInitials"), initials}}));
    transaction.commit();
}

void ExhibitRepository::requireIncident(const QUuid& incident)
{
    auto stmt = m_db.prepare("SELECT deleted FROM incidents WHERE id = ?1");
    stmt.bind(1, idText(incident));
    if (!stmt.step())
        throw Error(Error::Kind::NotFound, tr("There is no incident with id %1 in this diary.").arg(idText(incident)));
    if (stmt.columnInt(0) != 0)
        invalid(tr("This incident is deleted. Restore it before attaching files to it."));
}

AttachResult ExhibitRepository::attachFile(const QUuid& incident, const QString& path, const ImportOptions& options)
{
    const QFileInfo before(path);
    if (!before.exists())
        throw Error(Error::Kind::NotFound, tr("The file %1 does not exist (any more). Nothing was added.").arg(path));
    if (!before.isFile())
        invalid(tr("%1 is not a file. Choose a file to attach.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    tr("The file %1 could not be read: %2. Nothing was added.").arg(path, file.errorString()));
    Exhibit exhibit;
    exhibit.originalName = before.fileName();
    exhibit.fileModified = before.lastModified().toUTC();
    exhibit.fileCreated = before.birthTime().toUTC();
    const auto probe = evidence::probeFile(path);
    exhibit.mediaType = probe.mediaType;
    exhibit.metadata = probe.metadata;
    const qint64 size = before.size();
    const QDateTime modified = before.lastModified();
    return attach(incident, file, size, exhibit, options, [path, size, modified] {
        const QFileInfo after(path);
        if (!after.exists() || after.size() != size || after.lastModified() != modified)
            throw Error(Error::Kind::Io, tr("The file changed while it was being read. Nothing was added; wait "
                                            "until nothing is writing to it and try again."));
    });
}

AttachResult ExhibitRepository::attachData(const QUuid& incident, const QByteArray& data, const QString& name,
                                           const ImportOptions& options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    Exhibit exhibit;
    exhibit.originalName = name;
    const auto probe = evidence::probeData(data);
    exhibit.mediaType = probe.mediaType;
    exhibit.metadata = probe.metadata;
    return attach(incident, buffer, data.size(), exhibit, options, {});
}

AttachResult ExhibitRepository::attach(const QUuid& incident, QIODevice& source, qint64 size, Exhibit exhibit,
                                       const ImportOptions& options, const std::function<void()>& checkUnchanged)
{
    if (!options.howObtained.isEmpty() && evidence::howObtainedName(options.howObtained).isEmpty())
        invalid(tr("How obtained: '%1' is not one of %2.")
                    .arg(options.howObtained, evidence::howObtainedCodes().join(QStringLiteral(", "))));
    requireIncident(incident);
    vault::Transaction transaction(m_db);
    const auto stored = m_blobs.store(source, size, options.progress, options.cancel);
    if (checkUnchanged)
        checkUnchanged();
    const QString sha = QString::fromLatin1(stored.sha256.toHex());

    auto same = m_db.prepare("SELECT id FROM exhibits WHERE sha256 = ?1 AND deleted = 0");
    same.bind(1, sha);
    if (same.step()) {
        const QUuid existing = QUuid::fromString(same.columnText(0));
        ExhibitRecord record = get(existing);
        if (!record.exhibit.incidents.contains(incident)) {
            record.exhibit.incidents << incident;
            record = write(record.exhibit, QStringLiteral("link"), {});
        }
        transaction.commit();
        return {record, true};
    }
    exhibit.id = options.id.isNull() ? QUuid::createUuid() : options.id;
    exhibit.size = stored.size;
    exhibit.sha256 = sha;
    exhibit.howObtained = options.howObtained;
    exhibit.description = options.description;
    exhibit.incidents = {incident};
    const qint64 number = m_db.queryInt("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'exhibits'), "
                                        "0) + 1");
    exhibit.label = initials() + u'/' + QString::number(number);
    const ExhibitRecord record = write(exhibit, QStringLiteral("create"), {}, stored.blob);
    transaction.commit();
    return {record, false};
}

ExhibitRecord ExhibitRepository::write(const Exhibit& exhibit, const QString& action, const QString& reason,
                                       std::optional<qint64> blob)
{
    const QByteArray data = json::payload(evidence::json::toJson(exhibit));
    const auto entry = m_journal.append(action, QStringLiteral("exhibit"), idText(exhibit.id), reason, data);
    if (action == QLatin1String("create")) {
        auto insert = m_db.prepare("INSERT INTO exhibits(number, id, label, blob, sha256, added_at, version, deleted, "
                                   "data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, 0, ?7)");
        insert.bind(1, exhibit.label.section(u'/', -1).toLongLong())
            .bind(2, idText(exhibit.id))
            .bind(3, exhibit.label)
            .bind(4, *blob)
            .bind(5, exhibit.sha256)
            .bind(6, evidence::JournalEntry::timeText(entry.recordedAt))
            .bind(7, data)
            .run();
    } else {
        const bool deleting = action == QLatin1String("delete");
        auto update = m_db.prepare("UPDATE exhibits SET version = version + 1, deleted = ?2, deletion_reason = ?3, "
                                   "blob = CASE WHEN ?2 THEN NULL ELSE blob END, data = ?4 WHERE id = ?1");
        update.bind(1, idText(exhibit.id))
            .bind(2, qint64(deleting))
            .bind(3, deleting ? reason : QString())
            .bind(4, data)
            .run();
    }
    auto number = m_db.prepare("SELECT number FROM exhibits WHERE id = ?1");
    number.bind(1, idText(exhibit.id));
    number.step();
    const qint64 exhibitNumber = number.columnInt(0);
    auto clear = m_db.prepare("DELETE FROM incident_exhibits WHERE exhibit = ?1");
    clear.bind(1, exhibitNumber).run();
    auto link = m_db.prepare("INSERT INTO incident_exhibits(incident, exhibit) VALUES (?1, ?2)");
    for (const QUuid& incident : exhibit.incidents)
        link.bind(1, idText(incident)).bind(2, exhibitNumber).run();
    return get(exhibit.id);
}

ExhibitRecord ExhibitRepository::link(const QUuid& exhibit, const QUuid& incident)
{
    requireIncident(incident);
    ExhibitRecord record = get(exhibit);
    if (record.deleted)
        invalid(tr("Exhibit %1 is deleted; its contents are no longer in the diary.").arg(record.exhibit.label));
    if (record.exhibit.incidents.contains(incident))
        invalid(tr("Exhibit %1 already belongs to this incident.").arg(record.exhibit.label));
    record.exhibit.incidents << incident;
    vault::Transaction transaction(m_db);
    record = write(record.exhibit, QStringLiteral("link"), {});
    transaction.commit();
    return record;
}

ExhibitRecord ExhibitRepository::linkMany(const QUuid& exhibit, const QList<QUuid>& incidents)
{
    ExhibitRecord record = get(exhibit);
    if (record.deleted)
        invalid(tr("Exhibit %1 is deleted; its contents are no longer in the diary.").arg(record.exhibit.label));
    QSet<QUuid> linked(record.exhibit.incidents.cbegin(), record.exhibit.incidents.cend());
    auto state = m_db.prepare("SELECT deleted FROM incidents WHERE id = ?1");
    bool added = false;
    for (const QUuid& incident : incidents) {
        if (linked.contains(incident))
            continue;
        state.bind(1, idText(incident));
        const bool exists = state.step();
        const bool deleted = exists && state.columnInt(0) != 0;
        state.reset();
        if (!exists)
            throw Error(Error::Kind::NotFound,
                        tr("There is no incident with id %1 in this diary.").arg(idText(incident)));
        if (deleted)
            invalid(tr("This incident is deleted. Restore it before attaching files to it."));
        linked.insert(incident);
        record.exhibit.incidents << incident;
        added = true;
    }
    if (!added)
        return record;
    vault::Transaction transaction(m_db);
    record = write(record.exhibit, QStringLiteral("link"), {});
    transaction.commit();
    return record;
}

ExhibitRecord ExhibitRepository::unlink(const QUuid& exhibit, const QUuid& incident, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the exhibit is being detached from this incident."));
    ExhibitRecord record = get(exhibit);
    if (!record.exhibit.incidents.removeOne(incident))
        invalid(tr("Exhibit %1 does not belong to this incident.").arg(record.exhibit.label));
    vault::Transaction transaction(m_db);
    record = write(record.exhibit, QStringLiteral("unlink"), reason.trimmed());
    transaction.commit();
    return record;
}

ExhibitRecord ExhibitRepository::remove(const QUuid& exhibit, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        invalid(tr("Reason: say why the exhibit is being deleted. Its number and history are kept; its contents "
                   "are removed."));
    ExhibitRecord record = get(exhibit);
    if (record.deleted)
        invalid(tr("Exhibit %1 is already deleted.").arg(record.exhibit.label));
    if (!record.exhibit.incidents.isEmpty())
        invalid(tr("Exhibit %1 still belongs to at least one incident. Detach it from each first.")
                    .arg(record.exhibit.label));
    const qint64 blob = blobOf(exhibit);
    vault::Transaction transaction(m_db);
    record = write(record.exhibit, QStringLiteral("delete"), reason.trimmed());
    m_blobs.removeIfUnused(blob);
    transaction.commit();
    return record;
}

std::optional<ExhibitRecord> ExhibitRepository::find(const QUuid& id)
{
    auto stmt = m_db.prepare((QLatin1String(kSelect) + u"WHERE id = ?1").toUtf8().constData());
    stmt.bind(1, idText(id));
    if (!stmt.step())
        return std::nullopt;
    return readRecord(stmt);
}

ExhibitRecord ExhibitRepository::get(const QUuid& id)
{
    auto found = find(id);
    if (!found)
        throw Error(Error::Kind::NotFound, tr("There is no exhibit with id %1 in this diary.").arg(idText(id)));
    return *found;
}

QUuid ExhibitRepository::resolve(const QString& reference)
{
    static const QRegularExpression label(QStringLiteral("^(?:\\p{L}{1,4}/)?(\\d{1,9})$"));
    const QString ref = reference.trimmed();
    if (const auto m = label.match(ref); m.hasMatch()) {
        auto stmt = m_db.prepare("SELECT id, label FROM exhibits WHERE number = ?1");
        stmt.bind(1, m.captured(1).toLongLong());
        if (stmt.step() && (!ref.contains(u'/') || stmt.columnText(1).compare(ref, Qt::CaseInsensitive) == 0))
            return QUuid::fromString(stmt.columnText(0));
        throw Error(Error::Kind::NotFound, tr("There is no exhibit %1 in this diary.").arg(ref));
    }
    if (const auto id = resolveIdPrefix(m_db, "exhibits", ref,
                                        {tr("No exhibit in this diary has an id starting '%1'."),
                                         tr("More than one exhibit has an id starting '%1'. Give more of the id.")}))
        return *id;
    invalid(tr("'%1' is not an exhibit number (such as JS/3) or id.").arg(reference));
}

std::vector<ExhibitRecord> ExhibitRepository::list(bool includeDeleted)
{
    auto stmt =
        m_db.prepare((QLatin1String(kSelect) + u"WHERE deleted = 0 OR ?1 ORDER BY number").toUtf8().constData());
    stmt.bind(1, qint64(includeDeleted));
    std::vector<ExhibitRecord> out;
    while (stmt.step())
        out.push_back(readRecord(stmt));
    return out;
}

std::vector<ExhibitRecord> ExhibitRepository::forIncident(const QUuid& incident)
{
    auto stmt = m_db.prepare((QLatin1String(kSelect) + u"WHERE number IN (SELECT exhibit FROM incident_exhibits "
                                                       u"WHERE incident = ?1) ORDER BY number")
                                 .toUtf8()
                                 .constData());
    stmt.bind(1, idText(incident));
    std::vector<ExhibitRecord> out;
    while (stmt.step())
        out.push_back(readRecord(stmt));
    return out;
}

qint64 ExhibitRepository::blobOf(const QUuid& exhibit)
{
    auto stmt = m_db.prepare("SELECT blob FROM exhibits WHERE id = ?1 AND blob IS NOT NULL");
    stmt.bind(1, idText(exhibit));
    if (!stmt.step())
        throw Error(Error::Kind::NotFound, tr("The exhibit's contents are no longer in the diary (it was deleted)."));
    return stmt.columnInt(0);
}

void ExhibitRepository::extract(const QUuid& exhibit, const QString& outPath, const evidence::Progress& progress,
                                const std::atomic<bool>* cancel)
{
    const qint64 blob = blobOf(exhibit);
    if (QFileInfo::exists(outPath))
        throw Error(Error::Kind::AlreadyExists,
                    tr("%1 already exists. Choose a new file name; Daymark never overwrites a file.").arg(outPath));
    // QSaveFile writes beside the target and renames only when complete: a failure leaves no partial file.
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, tr("%1 could not be written: %2.").arg(outPath, out.errorString()));
    m_blobs.extract(blob, out, progress, cancel);
    if (!out.commit())
        throw Error(Error::Kind::Io, tr("%1 could not be written: %2.").arg(outPath, out.errorString()));
}

void ExhibitRepository::extract(const QUuid& exhibit, QIODevice& out, const evidence::Progress& progress,
                                const std::atomic<bool>* cancel)
{
    m_blobs.extract(blobOf(exhibit), out, progress, cancel);
}

QByteArray ExhibitRepository::read(const QUuid& exhibit, qint64 maxBytes)
{
    return m_blobs.read(blobOf(exhibit), maxBytes);
}

QImage ExhibitRepository::thumbnail(const QUuid& exhibit, const QSize& size)
{
    const ExhibitRecord record = get(exhibit);
    if (record.deleted || !record.exhibit.mediaType.startsWith(QLatin1String("image/")))
        return {};
    QImage image = QImage::fromData(read(exhibit));
    return image.isNull() ? image : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace daymark::diary
