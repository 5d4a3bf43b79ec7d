// The blob behind an exhibit, read through the blob store's own checked extract.
#include "report/ExhibitStream.h"

#include "common/Error.h"
#include "diary/Diary.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace daymark::report {

void streamExhibit(diary::Diary& diary, const QUuid& exhibit, QIODevice& out, const evidence::Progress& progress,
                   const std::atomic<bool>* cancel)
{
    vault::SqlConnection& db = diary.vault().connection();
    auto stmt = db.prepare("SELECT blob FROM exhibits WHERE id = ?1 AND blob IS NOT NULL");
    stmt.bind(1, exhibit.toString(QUuid::WithoutBraces));
    if (!stmt.step())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("daymark::report",
                                                "An exhibit's contents are no longer in the diary (it was deleted). "
                                                "Export again without it."));
    const qint64 blob = stmt.columnInt(0);
    evidence::BlobStore(db).extract(blob, out, progress, cancel);
}

} // namespace daymark::report
