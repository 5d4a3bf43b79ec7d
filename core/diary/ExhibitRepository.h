// Exhibits: original files attached to incidents, numbered the way UK police number them ("JS/1"), kept byte for
// byte in the diary's blob store. Every attach, link, unlink and deletion is a journal record.
#pragma once

#include "evidence/BlobStore.h"
#include "evidence/Exhibit.h"

#include <QImage>
#include <optional>
#include <vector>

namespace daymark::vault {
class SqlConnection;
}
namespace daymark::evidence {
class Journal;
}

namespace daymark::diary {

struct ImportOptions
{
    QString howObtained = QStringLiteral("other"); // a code from evidence::howObtainedCodes()
    QString description;
    evidence::Progress progress;
    const std::atomic<bool>* cancel = nullptr;
    QUuid id; // when set, the new exhibit gets this id (the demo generator makes them from its seed)
};

struct AttachResult
{
    evidence::ExhibitRecord record;
    bool existing = false; // the same content was already an exhibit; it is now linked to this incident too
};

class ExhibitRepository
{
public:
    ExhibitRepository(vault::SqlConnection& db, evidence::Journal& journal);

    // The producer's initials for new exhibit numbers (1-4 letters). Existing numbers never change.
    QString initials();
    void setInitials(const QString& initials);

    // Streams a file into the diary as a new exhibit of `incident` (or links the existing exhibit with identical
    // content). Refuses a file that changes while it is read. Throws Error; on any failure or cancellation the
    // diary is unchanged.
    AttachResult attachFile(const QUuid& incident, const QString& path, const ImportOptions& options = {});
    // The same for bytes already in memory (a pasted screenshot).
    AttachResult attachData(const QUuid& incident, const QByteArray& data, const QString& name,
                            const ImportOptions& options = {});

    evidence::ExhibitRecord link(const QUuid& exhibit, const QUuid& incident);
    // Links one exhibit (an imported export, say) to many incidents in one journal record; those already linked are
    // skipped, and nothing is written when none is new. Each incident must exist and not be deleted.
    evidence::ExhibitRecord linkMany(const QUuid& exhibit, const QList<QUuid>& incidents);
    // The bytes stay while the exhibit exists; only the link goes.
    evidence::ExhibitRecord unlink(const QUuid& exhibit, const QUuid& incident, const QString& reason);
    // Deletes an exhibit that belongs to no incident, and its bytes; its number and journal records remain.
    evidence::ExhibitRecord remove(const QUuid& exhibit, const QString& reason);

    std::optional<evidence::ExhibitRecord> find(const QUuid& id);
    evidence::ExhibitRecord get(const QUuid& id);
    // "JS/3", "3", a full id or an unambiguous id prefix.
    QUuid resolve(const QString& reference);
    std::vector<evidence::ExhibitRecord> list(bool includeDeleted = false);
    std::vector<evidence::ExhibitRecord> forIncident(const QUuid& incident);

    // Writes the original bytes to `outPath` (a new file), checking the SHA-256 on the way. On failure or
    // cancellation the partial file is removed.
    // Streams the original bytes into `out` (a zip entry, say), checking the SHA-256 on the way; no file between.
    void extract(const QUuid& exhibit, QIODevice& out, const evidence::Progress& progress = {},
                 const std::atomic<bool>* cancel = nullptr);
    void extract(const QUuid& exhibit, const QString& outPath, const evidence::Progress& progress = {},
                 const std::atomic<bool>* cancel = nullptr);
    // In memory only, for the built-in viewer: at most `maxBytes`.
    QByteArray read(const QUuid& exhibit, qint64 maxBytes = 256 * 1024 * 1024);
    // An image exhibit scaled to fit `size`, made in memory; null for other media types.
    QImage thumbnail(const QUuid& exhibit, const QSize& size);

private:
    AttachResult attach(const QUuid& incident, QIODevice& source, qint64 size, evidence::Exhibit exhibit,
                        const ImportOptions& options, const std::function<void()>& checkUnchanged);
    evidence::ExhibitRecord write(const evidence::Exhibit& exhibit, const QString& action, const QString& reason,
                                  std::optional<qint64> blob = std::nullopt);
    void requireIncident(const QUuid& incident);
    qint64 blobOf(const QUuid& exhibit);

    vault::SqlConnection& m_db;
    evidence::Journal& m_journal;
    evidence::BlobStore m_blobs;
};

} // namespace daymark::diary
