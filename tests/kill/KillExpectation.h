// What the crash test knows must be in the diary: everything the writer reported as saved, read from its stdout,
// plus the one change that may have been committed but not yet reported when the kill came.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <cstdint>
#include <optional>

namespace daymark::test::kill {

struct ExpectedIncident
{
    qint64 number = 0;
    int version = 1;
};

struct ExpectedExhibit
{
    QString label;
    QUuid incident;
    QString sha256;
    std::uint64_t seed = 0;
};

// One writer run, as its stdout told it (complete lines only: a line cut by the kill was never reported).
struct WriterReport
{
    bool opened = false;
    int saved = 0;
    int amended = 0;
    int attached = 0;
    int passwordsChanged = 0;
    std::optional<int> passwordPending; // "passwd begin K" without its "passwd done K"
    QList<QUuid> touchedIncidents;
    QList<QUuid> newExhibits;
    QString lastLine;
};

class KillExpectation
{
public:
    // Applies a run's output; a line it cannot read is returned as an error (empty when all was understood).
    QString apply(const QByteArray& output, WriterReport& report);

    // Takes in what the diary holds beyond the reports (the change committed just before the kill).
    void adoptIncident(const QUuid& id, qint64 number, int version);
    void adoptExhibit(const QUuid& id, const ExpectedExhibit& exhibit);
    void adoptPassword(int index) { m_password = index; }

    const QHash<QUuid, ExpectedIncident>& incidents() const { return m_incidents; }
    const QHash<QUuid, ExpectedExhibit>& exhibits() const { return m_exhibits; }
    qint64 highestNumber() const { return m_highestNumber; }
    int password() const { return m_password; }

private:
    QString applyLine(const QStringList& words, WriterReport& report);

    QHash<QUuid, ExpectedIncident> m_incidents;
    QHash<QUuid, ExpectedExhibit> m_exhibits;
    qint64 m_highestNumber = 0;
    int m_password = 0;
};

} // namespace daymark::test::kill
