// daymark-cli restore DIARY [BACKUP] [--from FOLDER]: put back a backup (the newest good one when none is named),
// checked before it replaces anything; the replaced diary is kept aside as DIARY.damaged-<time>.
#include "BackupCommands.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "OptionHelpers.h"
#include "diary/BackupRestore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace daymark::cli {
namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int runRestoreBackup(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Put back a backup of a diary: BACKUP, or else the newest backup in DIARY.backups (or --from FOLDER) "
                "that opens with the password and passes the full check. The backup is copied and checked before "
                "anything is replaced; the diary it replaces is kept beside it as DIARY.damaged-<time>, never "
                "deleted. The restored diary opens with the password the backup was made under.\n"
                "(restore DIARY ID, with an incident's number or id, undoes the deletion of an incident instead.)\n"
                "Exit codes: 0 restored, 2 bad input, 3 wrong password, 4 no good backup (nothing changed), 5 file "
                "or disk problem."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file to put back (it may be missing)."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 Cli::tr("The backup file to restore (a .daymark file or a path)."),
                                 QStringLiteral("[BACKUP]"));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(valued("from", Cli::tr("Look for backups in FOLDER instead of DIARY.backups."), "FOLDER"));
    context.parse(parser, arguments, 1, 2);
    const QString diaryPath = parser.positionalArguments().at(0);
    if (QFileInfo(diaryPath).isDir())
        invalid(Cli::tr("%1 is a folder. Name the diary file to put back.").arg(shown(diaryPath)));
    QString backup = parser.positionalArguments().value(1);
    const diary::BackupFolder folder(diaryPath, parser.value(QStringLiteral("from")));
    if (!backup.isEmpty() && parser.isSet(QStringLiteral("from")))
        invalid(Cli::tr("Name a backup file or a folder to look in (--from), not both."));
    const auto password = context.password(parser, backup.isEmpty() ? diaryPath : backup);
    const auto options = context.vaultOptions();

    QList<diary::SkippedBackup> skipped;
    if (backup.isEmpty()) {
        if (folder.list().isEmpty())
            throw Error(Error::Kind::NotFound,
                        Cli::tr("There are no backups of this diary in %1. Name a backup file, or the folder that "
                                "holds them with --from.")
                            .arg(shown(folder.path())));
        const auto found = diary::backupRestore::newestGood(folder, password, options, &skipped);
        if (!found) {
            context.err()
                << Cli::tr("No backup in %1 opens with this password and passes the check:").arg(shown(folder.path()))
                << '\n';
            for (const auto& skip : skipped)
                context.err() << "  - " << shown(skip.path) << ": " << skip.reason << '\n';
            context.err() << Cli::tr("Nothing was changed. If you changed the password, try the old one.") << '\n';
            return kDamaged;
        }
        backup = found->path;
    }
    const auto outcome =
        diary::backupRestore::restore(diaryPath, backup, password, options, QDateTime::currentDateTimeUtc());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray skippedJson;
        for (const auto& skip : skipped)
            skippedJson.append(
                QJsonObject{{QStringLiteral("backup"), skip.path}, {QStringLiteral("reason"), skip.reason}});
        context.printJson(QJsonObject{{QStringLiteral("diary"), QFileInfo(diaryPath).absoluteFilePath()},
                                      {QStringLiteral("restoredFrom"), outcome.backup},
                                      {QStringLiteral("keptAside"), outcome.keptAside},
                                      {QStringLiteral("fingerprint"), outcome.check.fingerprint},
                                      {QStringLiteral("skipped"), skippedJson}});
        return kOk;
    }
    for (const auto& skip : skipped)
        context.out() << Cli::tr("Skipped %1: %2.").arg(shown(skip.path), skip.reason) << '\n';
    context.out() << Cli::tr("Restored %1 from the backup %2 (checked: %3 journal records; fingerprint %4).")
                         .arg(shown(diaryPath), shown(outcome.backup))
                         .arg(outcome.check.chain.records)
                         .arg(outcome.check.fingerprint)
                  << '\n';
    if (outcome.keptAside.isEmpty())
        context.out() << Cli::tr("There was no diary file to replace.") << '\n';
    else
        context.out() << Cli::tr("The file it replaced is kept as %1; delete it only once you are sure you do not "
                                 "need it.")
                             .arg(shown(outcome.keptAside))
                      << '\n';
    context.out() << Cli::tr("Anything written after the backup was made is not in the restored diary.") << '\n';
    return kOk;
}

} // namespace daymark::cli
