// The journal record of an export, appended the way repositories append theirs: inside a write transaction.
#include "report/ExportRecord.h"

#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "evidence/Journal.h"
#include "report/IncidentJson.h"
#include "vault/Transaction.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace daymark::report {

void recordExport(diary::Diary& diary, ExportKind kind, const ReportData& data, const QString& fileName,
                  const QByteArray& sha256, const std::function<void()>& beforeCommit)
{
    QJsonArray incidents;
    for (const ReportIncident& item : data.incidents)
        incidents.append(item.record.number);
    QJsonArray exhibits;
    for (const evidence::ExhibitRecord& exhibit : data.exhibits)
        exhibits.append(exhibit.exhibit.label);
    const QJsonObject payload{
        {QStringLiteral("kind"), kind == ExportKind::Bundle ? QStringLiteral("bundle") : QStringLiteral("pdf")},
        {QStringLiteral("file"), fileName},
        {kind == ExportKind::Bundle ? QStringLiteral("manifestSha256") : QStringLiteral("sha256"),
         QString::fromLatin1(sha256.toHex())},
        {QStringLiteral("exportedAt"), data.exportedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("fingerprint"), data.fingerprint},
        {QStringLiteral("selection"), selectionJson(data.selection)},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("exhibits"), exhibits},
        {QStringLiteral("appVersion"), QStringLiteral(DAYMARK_VERSION)},
    };
    vault::SqlConnection& db = diary.vault().connection();
    vault::Transaction transaction(db);
    diary.journal().append(QStringLiteral("export"), QStringLiteral("diary"),
                           diary.vault().diaryId().toString(QUuid::WithoutBraces), {}, diary::json::payload(payload));
    if (beforeCommit)
        beforeCommit();
    transaction.commit();
}

} // namespace daymark::report
