// One journal record and one row update for a link to many incidents.
#include "importers/ExhibitBatchLink.h"

#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/ExhibitRepository.h"
#include "evidence/ExhibitJson.h"
#include "evidence/Journal.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QSet>

namespace daymark::importers {

void linkExhibitToIncidents(diary::Diary& diary, const QUuid& exhibitId, const QList<QUuid>& incidents)
{
    evidence::ExhibitRecord record = diary.exhibits().get(exhibitId);
    evidence::Exhibit& exhibit = record.exhibit;
    QSet<QUuid> linked(exhibit.incidents.cbegin(), exhibit.incidents.cend());
    QList<QUuid> added;
    for (const QUuid& incident : incidents)
        if (!linked.contains(incident)) {
            linked.insert(incident);
            added << incident;
        }
    if (added.isEmpty())
        return;
    exhibit.incidents += added;
    auto& db = diary.vault().connection();
    vault::Transaction transaction(db);
    const QString id = exhibitId.toString(QUuid::WithoutBraces);
    const QByteArray data = diary::json::payload(evidence::json::toJson(exhibit));
    diary.journal().append(QStringLiteral("link"), QStringLiteral("exhibit"), id, {}, data);
    auto update = db.prepare("UPDATE exhibits SET version = version + 1, data = ?2 WHERE id = ?1");
    update.bind(1, id).bind(2, data).run();
    auto link = db.prepare("INSERT INTO incident_exhibits(incident, exhibit) VALUES (?1, ?2)");
    for (const QUuid& incident : added) {
        link.bind(1, incident.toString(QUuid::WithoutBraces)).bind(2, record.number).run();
    }
    transaction.commit();
}

} // namespace daymark::importers
