// Text and JSON rendering of exhibits.
#include "ExhibitPrinter.h"

#include "CliText.h"
#include "TextFormat.h"
#include "diary/Diary.h"
#include "diary/DiaryJson.h"
#include "diary/IncidentRepository.h"
#include "evidence/ExhibitJson.h"
#include "evidence/Journal.h"

#include <QJsonArray>
#include <QLocale>

namespace daymark::cli {
namespace {

QString shortId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return Cli::tr("%1 h %2 min %3 s").arg(seconds / 3600).arg(seconds % 3600 / 60).arg(seconds % 60);
    if (seconds >= 60)
        return Cli::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Cli::tr("%1 s").arg(seconds);
}

QString degrees(double value)
{
    return QLocale::c().toString(value, 'f', 6);
}

// A column padded to `width` characters; the last column is not padded.
QString cell(const QString& text, qsizetype width)
{
    return text.leftJustified(width) + QStringLiteral("  ");
}

struct Change
{
    evidence::JournalEntry entry;
    QList<QUuid> added;   // incidents linked by this record
    QList<QUuid> removed; // incidents detached by this record
};

std::vector<Change> changes(diary::Diary& diary, const QUuid& exhibit)
{
    std::vector<Change> out;
    QList<QUuid> before;
    for (const evidence::JournalEntry& entry : diary.journal().entriesFor(exhibit.toString(QUuid::WithoutBraces))) {
        const QList<QUuid> after = evidence::json::exhibitFromJson(diary::json::parsePayload(entry.payload)).incidents;
        Change change{entry, {}, {}};
        for (const QUuid& id : after)
            if (!before.contains(id))
                change.added << id;
        for (const QUuid& id : before)
            if (!after.contains(id))
                change.removed << id;
        out.push_back(change);
        before = after;
    }
    return out;
}

} // namespace

ExhibitPrinter::ExhibitPrinter(diary::Diary& diary) : m_diary(diary) {}

QString ExhibitPrinter::size(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

QString ExhibitPrinter::incidentNumber(const QUuid& incident) const
{
    auto found = m_numbers.constFind(incident);
    if (found == m_numbers.constEnd()) {
        const auto record = m_diary.incidents().find(incident);
        found = m_numbers.insert(incident, record ? record->number : 0);
    }
    return *found ? QStringLiteral("#%1").arg(*found) : shortId(incident);
}

QString ExhibitPrinter::incidentNumbers(const QList<QUuid>& incidents) const
{
    if (incidents.isEmpty())
        return Cli::tr("none");
    QStringList numbers;
    for (const QUuid& id : incidents)
        numbers << incidentNumber(id);
    return numbers.join(QStringLiteral(", "));
}

void ExhibitPrinter::writeTable(QTextStream& out, const std::vector<evidence::ExhibitRecord>& records) const
{
    QList<QStringList> rows{
        {Cli::tr("Exhibit"), Cli::tr("Size"), Cli::tr("Media type"), Cli::tr("Original name"), Cli::tr("Incidents")}};
    for (const evidence::ExhibitRecord& r : records) {
        const evidence::Exhibit& e = r.exhibit;
        rows << QStringList{e.label, size(e.size), e.mediaType, e.originalName,
                            r.deleted ? Cli::tr("deleted: %1").arg(r.deletionReason) : incidentNumbers(e.incidents)};
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            line += cell(row[c], widths[c]);
        out << line + row.last() << '\n';
    }
}

void ExhibitPrinter::writeDetails(QTextStream& out, const evidence::ExhibitRecord& r) const
{
    const evidence::Exhibit& e = r.exhibit;
    const evidence::MediaMetadata& m = e.metadata;
    out << (r.deleted ? Cli::tr("Exhibit %1 (deleted)").arg(e.label) : Cli::tr("Exhibit %1").arg(e.label)) << '\n';
    writeField(out, Cli::tr("Id: %1"), e.id.toString(QUuid::WithoutBraces));
    writeField(out, Cli::tr("Original name: %1"), e.originalName);
    writeField(out, Cli::tr("Size: %1"),
               e.size < 1024 ? size(e.size)
                             : Cli::tr("%1 (%2 bytes)").arg(size(e.size), QLocale::system().toString(e.size)));
    writeField(out, Cli::tr("Media type: %1"), e.mediaType);
    writeField(out, Cli::tr("SHA-256: %1"), e.sha256);
    writeField(out, Cli::tr("Added: %1"), recordedTime(r.addedAt));
    if (e.fileModified.isValid())
        writeField(out, Cli::tr("File last modified: %1"), recordedTime(e.fileModified));
    if (e.fileCreated.isValid())
        writeField(out, Cli::tr("File created: %1"), recordedTime(e.fileCreated));
    const QString how = evidence::howObtainedName(e.howObtained);
    writeField(out, Cli::tr("How obtained: %1"), how.isEmpty() ? e.howObtained : how);
    writeField(out, Cli::tr("Description: %1"), e.description);
    if (m.captured.isValid())
        writeField(out, Cli::tr("Taken: %1"),
                   Cli::tr("%1 by the camera's clock (its time zone is not recorded)")
                       .arg(m.captured.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    writeField(out, Cli::tr("Camera: %1"), QStringList{m.cameraMake, m.cameraModel}.join(u' ').trimmed());
    if (m.latitude && m.longitude) {
        const QString position = Cli::tr("%1, %2").arg(degrees(*m.latitude), degrees(*m.longitude));
        writeField(out, Cli::tr("Position: %1"),
                   m.altitude ? Cli::tr("%1 (altitude %2 m)").arg(position, QLocale::c().toString(*m.altitude, 'f', 1))
                              : position);
    }
    if (m.width > 0 && m.height > 0)
        writeField(out, Cli::tr("Image size: %1"), Cli::tr("%1 × %2 pixels").arg(m.width).arg(m.height));
    if (m.durationMs)
        writeField(out, Cli::tr("Duration: %1"), duration(*m.durationMs));
    QStringList incidents;
    for (const QUuid& id : e.incidents) {
        const auto record = m_diary.incidents().find(id);
        incidents << (record ? Cli::tr("#%1 %2  %3")
                                   .arg(record->number)
                                   .arg(shortTime(record->incident.start), record->incident.summary)
                             : shortId(id));
    }
    writeField(out, Cli::tr("Incidents: %1"), incidents.isEmpty() ? Cli::tr("none") : incidents.join(u'\n'));
    if (r.deleted)
        writeField(out, Cli::tr("Deleted: %1"),
                   Cli::tr("Reason: %1. Its number and history are kept; its contents are no longer in the diary.")
                       .arg(r.deletionReason));

    QStringList history;
    for (const Change& c : changes(m_diary, e.id)) {
        const QString at = recordedTime(c.entry.recordedAt);
        const QString action = c.entry.action;
        QString text;
        if (action == QLatin1String("create"))
            text = Cli::tr("%1: added to %2 (journal record %3).").arg(at, incidentNumbers(c.added)).arg(c.entry.seq);
        else if (action == QLatin1String("link"))
            text = Cli::tr("%1: linked to %2 (journal record %3).").arg(at, incidentNumbers(c.added)).arg(c.entry.seq);
        else if (action == QLatin1String("unlink"))
            text = Cli::tr("%1: detached from %2 (journal record %3). Reason: %4")
                       .arg(at, incidentNumbers(c.removed))
                       .arg(c.entry.seq)
                       .arg(c.entry.reason);
        else if (action == QLatin1String("delete"))
            text = Cli::tr("%1: deleted (journal record %2). Reason: %3").arg(at).arg(c.entry.seq).arg(c.entry.reason);
        else
            text = Cli::tr("%1: %2 (journal record %3).").arg(at, action).arg(c.entry.seq);
        history << text;
    }
    writeField(out, Cli::tr("History: %1"), history.join(u'\n'));
}

QJsonObject ExhibitPrinter::json(const evidence::ExhibitRecord& record) const
{
    QJsonObject object = evidence::json::toJson(record);
    QJsonArray numbers;
    for (const QUuid& id : record.exhibit.incidents) {
        incidentNumber(id);
        const qint64 number = m_numbers.value(id);
        numbers.append(number ? QJsonValue(number) : QJsonValue());
    }
    object.insert(QStringLiteral("incidentNumbers"), numbers);
    return object;
}

QJsonObject ExhibitPrinter::jsonWithHistory(const evidence::ExhibitRecord& record) const
{
    QJsonObject object = json(record);
    QJsonArray history;
    for (const Change& c : changes(m_diary, record.exhibit.id)) {
        QJsonArray incidents;
        for (const QUuid& id : c.added + c.removed)
            incidents.append(id.toString(QUuid::WithoutBraces));
        history.append(QJsonObject{
            {QStringLiteral("journalRecord"), c.entry.seq},
            {QStringLiteral("action"), c.entry.action},
            {QStringLiteral("at"), evidence::JournalEntry::timeText(c.entry.recordedAt)},
            {QStringLiteral("reason"), c.entry.reason.isEmpty() ? QJsonValue() : QJsonValue(c.entry.reason)},
            {QStringLiteral("incidents"), incidents},
        });
    }
    object.insert(QStringLiteral("history"), history);
    return object;
}

} // namespace daymark::cli
