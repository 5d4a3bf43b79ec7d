// Reading the writer's report lines into what the diary must hold (see KillWriter.cpp for the line formats).
#include "KillExpectation.h"

#include <algorithm>

namespace daymark::test::kill {

QString KillExpectation::apply(const QByteArray& output, WriterReport& report)
{
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return {};
    const QStringList lines = QString::fromUtf8(output.left(end)).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString problem = applyLine(line.split(QLatin1Char(' ')), report);
        if (!problem.isEmpty())
            return problem + QStringLiteral(": ") + line;
        report.lastLine = line;
    }
    return {};
}

QString KillExpectation::applyLine(const QStringList& w, WriterReport& report)
{
    const QString& kind = w.value(0);
    if (kind == QLatin1String("opened") && w.size() == 2) {
        if (w[1].toInt() != m_password)
            return QStringLiteral("opened with another password than expected");
        report.opened = true;
        return {};
    }
    if (kind == QLatin1String("saved") && w.size() == 3) {
        const qint64 number = w[1].toLongLong();
        const QUuid id(w[2]);
        if (number != m_highestNumber + 1)
            return QStringLiteral("an incident number was skipped or reused");
        if (id.isNull() || m_incidents.contains(id))
            return QStringLiteral("a null or repeated incident id");
        m_incidents.insert(id, {number, 1});
        m_highestNumber = number;
        report.saved += 1;
        report.touchedIncidents << id;
        return {};
    }
    if (kind == QLatin1String("amended") && w.size() == 4) {
        const QUuid id(w[2]);
        const auto found = m_incidents.find(id);
        if (found == m_incidents.end() || found->number != w[1].toLongLong())
            return QStringLiteral("an amendment of an incident not known to be saved");
        if (w[3].toInt() != found->version + 1)
            return QStringLiteral("an amendment that does not make the next version");
        found->version += 1;
        report.amended += 1;
        report.touchedIncidents << id;
        return {};
    }
    if (kind == QLatin1String("exhibit") && w.size() == 6) {
        const QUuid id(w[2]);
        const QUuid incident(w[3]);
        if (id.isNull() || !m_incidents.contains(incident))
            return QStringLiteral("an exhibit of an incident not known to be saved");
        m_exhibits.insert(id, {w[1], incident, w[4], w[5].toULongLong()});
        report.attached += 1;
        report.newExhibits << id;
        return {};
    }
    if (kind == QLatin1String("passwd") && w.size() == 3) {
        const int index = w[2].toInt();
        if (index != m_password + 1)
            return QStringLiteral("a password change to an unexpected index");
        if (w[1] == QLatin1String("begin")) {
            report.passwordPending = index;
            return {};
        }
        if (w[1] == QLatin1String("done") && report.passwordPending == index) {
            report.passwordPending.reset();
            m_password = index;
            report.passwordsChanged += 1;
            report.opened = false; // it opens the diary again under the new password
            return {};
        }
    }
    return QStringLiteral("a line the harness does not understand");
}

void KillExpectation::adoptIncident(const QUuid& id, qint64 number, int version)
{
    m_incidents.insert(id, {number, version});
    m_highestNumber = std::max(m_highestNumber, number);
}

void KillExpectation::adoptExhibit(const QUuid& id, const ExpectedExhibit& exhibit)
{
    m_exhibits.insert(id, exhibit);
}

} // namespace daymark::test::kill
