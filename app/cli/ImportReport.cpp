// Import output, text and JSON.
#include "ImportReport.h"

#include "CliText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace daymark::cli {
namespace {

QJsonValue timeJson(const QDateTime& time, bool floating)
{
    if (!time.isValid())
        return QJsonValue();
    // A wall clock without a zone (WhatsApp) is written without an offset; instants in UTC.
    return floating ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : time.toUTC().toString(Qt::ISODate);
}

QString timeText(const QDateTime& time, bool floating)
{
    const QLocale locale;
    return floating ? locale.toString(time, QLocale::ShortFormat)
                    : locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QJsonObject importJson(const QString& file, importers::ImportFormat format, const importers::CommitResult& r,
                       bool dryRun)
{
    const importers::ImportSummary& s = r.summary;
    QJsonArray participants;
    for (const auto& p : s.participants)
        participants.append(QJsonObject{{QStringLiteral("name"), p.name},
                                        {QStringLiteral("address"), p.address},
                                        {QStringLiteral("messages"), p.messages}});
    QJsonObject added{
        {QStringLiteral("incidents"), dryRun ? 0 : r.incidentsAdded},
        {QStringLiteral("firstIncident"), r.incidentsAdded ? QJsonValue(r.firstIncident) : QJsonValue()},
        {QStringLiteral("lastIncident"), r.incidentsAdded ? QJsonValue(r.lastIncident) : QJsonValue()},
        {QStringLiteral("exhibit"), r.exhibitLabel.isEmpty() ? QJsonValue() : QJsonValue(r.exhibitLabel)},
        {QStringLiteral("exhibits"), QJsonArray::fromStringList(r.exhibitLabels)}, // every file's, for a folder
        {QStringLiteral("media"), r.mediaAttached},
        {QStringLiteral("mediaMissing"), r.mediaMissing},
    };
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), importers::formatCode(format)},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("messages"), s.messages},
        {QStringLiteral("systemLines"), s.systemLines},
        {QStringLiteral("mediaReferences"), s.mediaReferences},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("dateRange"), QJsonObject{{QStringLiteral("first"), timeJson(s.first, s.floatingTimes)},
                                                  {QStringLiteral("last"), timeJson(s.last, s.floatingTimes)},
                                                  {QStringLiteral("wallClock"), s.floatingTimes}}},
        {QStringLiteral("dateOrder"), s.dateOrder.isEmpty() ? QJsonValue() : QJsonValue(s.dateOrder)},
        {QStringLiteral("dateOrderAmbiguous"), s.dateOrderAmbiguous},
        {QStringLiteral("new"), r.selected},
        {QStringLiteral("alreadyImported"), r.alreadyImported},
        {QStringLiteral("otherParticipants"), r.skippedOther},
        {QStringLiteral("added"), added},
    };
}

void printImport(QTextStream& out, const QString& file, importers::ImportFormat format,
                 const importers::CommitResult& r, bool dryRun)
{
    const importers::ImportSummary& s = r.summary;
    out << Cli::tr("%1: %2").arg(QFileInfo(file).fileName(), importers::formatName(format)) << '\n';
    out << "  " << Cli::tr("Messages and calls: %1").arg(s.messages);
    if (s.first.isValid())
        out << ' ' << Cli::tr("(%1 to %2)").arg(timeText(s.first, s.floatingTimes), timeText(s.last, s.floatingTimes));
    out << '\n';
    if (s.systemLines > 0)
        out << "  " << Cli::tr("Lines written by the app itself, not messages: %1").arg(s.systemLines) << '\n';
    QStringList people;
    for (const auto& p : s.participants) {
        const QString who = p.name.isEmpty() || p.name == p.address ? p.address
                            : p.address.isEmpty()                   ? p.name
                                                                    : Cli::tr("%1 <%2>").arg(p.name, p.address);
        people << Cli::tr("%1 (%2)").arg(who).arg(p.messages);
    }
    if (!people.isEmpty())
        out << "  " << Cli::tr("Participants: %1").arg(people.join(QStringLiteral(", "))) << '\n';
    if (r.skippedOther > 0)
        out << "  " << Cli::tr("Left out, from other participants (--from): %1").arg(r.skippedOther) << '\n';
    if (r.alreadyImported > 0)
        out << "  " << Cli::tr("Already in the diary from an earlier import: %1").arg(r.alreadyImported) << '\n';
    if (dryRun) {
        out << Cli::tr("New messages and calls that would be added: %1. Nothing was written (dry run).").arg(r.selected)
            << '\n';
        return;
    }
    if (r.incidentsAdded == 0) {
        out << Cli::tr("Nothing new to add; the diary is unchanged.") << '\n';
        return;
    }
    if (r.exhibitLabels.size() > 1)
        out << Cli::tr("Incidents added: %1 (#%2 to #%3). The files are exhibits %4 to %5.")
                   .arg(r.incidentsAdded)
                   .arg(r.firstIncident)
                   .arg(r.lastIncident)
                   .arg(r.exhibitLabels.front(), r.exhibitLabels.back())
            << '\n';
    else
        out << Cli::tr("Incidents added: %1 (#%2 to #%3). The export file is exhibit %4.")
                   .arg(r.incidentsAdded)
                   .arg(r.firstIncident)
                   .arg(r.lastIncident)
                   .arg(r.exhibitLabel)
            << '\n';
    if (r.mediaAttached > 0 || r.mediaMissing > 0)
        out << "  "
            << Cli::tr("Photos and files attached: %1; named in messages but not in the export: %2.")
                   .arg(r.mediaAttached)
                   .arg(r.mediaMissing)
            << '\n';
}

} // namespace daymark::cli
