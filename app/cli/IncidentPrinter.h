// Incidents as text for people: one line for list and search, the full record for show, versions for history.
#pragma once

#include "diary/IncidentRepository.h"

#include <QHash>
#include <QTextStream>

namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

class IncidentPrinter
{
public:
    // Loads the names of the diary's people and orders (deleted ones too), to show links by name. The diary must
    // outlive the printer: the full record lists the incident's exhibits.
    explicit IncidentPrinter(diary::Diary& diary);

    // "#12  2026-03-01 21:15  Call  He rang 14 times  [recorded 2026-03-01 21:20] [amended]"
    QString line(const diary::IncidentRecord& record) const;
    void writeDetails(QTextStream& out, const diary::IncidentRecord& record) const;
    // Every version with when, what and why; after an amendment, the fields that changed.
    void writeHistory(QTextStream& out, const std::vector<diary::IncidentVersion>& versions) const;

private:
    QString people(const QList<QUuid>& ids) const;
    QString breaches(const QList<diary::BreachLink>& links) const;
    QString when(const diary::Incident& incident) const;
    QString fieldValue(const QString& key, const diary::Incident& incident) const;
    QString exhibits(const QUuid& incident) const;

    diary::Diary& m_diary;
    QHash<QUuid, QString> m_people;
    QHash<QUuid, QString> m_orders;
};

} // namespace daymark::cli
