// Exhibits for people and scripts: the table row of 'exhibits', the full record of 'exhibit', and the JSON with the
// numbers of the incidents an exhibit belongs to.
#pragma once

#include "evidence/Exhibit.h"

#include <QHash>
#include <QJsonObject>
#include <QTextStream>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

class ExhibitPrinter
{
public:
    explicit ExhibitPrinter(diary::Diary& diary);

    // "12.3 KiB" in the system locale.
    static QString size(qint64 bytes);
    // "#3", or a short id for an incident that is not there.
    QString incidentNumber(const QUuid& incident) const;
    // "#1, #3", or "none".
    QString incidentNumbers(const QList<QUuid>& incidents) const;

    // A table of exhibits with a heading row: number, size, media type, original name, incidents.
    void writeTable(QTextStream& out, const std::vector<evidence::ExhibitRecord>& records) const;
    // The whole record, what was read from the file, the incidents and the exhibit's journal history.
    void writeDetails(QTextStream& out, const evidence::ExhibitRecord& record) const;

    // evidence::json::toJson plus incidentNumbers (see docs/cli-json.md).
    QJsonObject json(const evidence::ExhibitRecord& record) const;
    // json() plus the exhibit's journal history.
    QJsonObject jsonWithHistory(const evidence::ExhibitRecord& record) const;

private:
    diary::Diary& m_diary;
    mutable QHash<QUuid, qint64> m_numbers; // incident id -> number, 0 when missing
};

} // namespace daymark::cli
