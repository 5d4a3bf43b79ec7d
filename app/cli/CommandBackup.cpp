// daymark-cli backup DIARY [--to FOLDER] [--keep N]: make an encrypted backup now, checked, and keep the newest N.
#include "BackupCommands.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "OptionHelpers.h"
#include "diary/BackupFolder.h"
#include "diary/Diary.h"
#include "diary/DiaryBackup.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace daymark::cli {

int runBackup(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Make an encrypted backup of a diary now: a complete copy that opens with the same password, checked "
                "like 'check' does, in a folder beside the diary (DIARY.backups) unless --to names another. The "
                "newest backups are kept (7 unless --keep says otherwise), older ones removed. Never writes to the "
                "diary.\n"
                "Exit codes: 0 made, 2 bad input, 3 wrong password, 4 the diary is damaged (no backup kept), 5 file "
                "or disk problem."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(valued("to", Cli::tr("Keep the backup in FOLDER (made if missing)."), "FOLDER"));
    parser.addOption(valued(
        "keep",
        Cli::tr("How many backups to keep, newest first (1-%1; 7 if not given).").arg(diary::BackupFolder::kMaxKeep),
        "N"));
    context.parse(parser, arguments, 1);
    int keep = diary::BackupFolder::kDefaultKeep;
    if (parser.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1 || keep > diary::BackupFolder::kMaxKeep)
            invalid(Cli::tr("The number of backups to keep (--keep) must be a whole number from 1 to %1.")
                        .arg(diary::BackupFolder::kMaxKeep));
    }
    const QString path = parser.positionalArguments().at(0);
    const diary::BackupFolder folder(path, parser.value(QStringLiteral("to")));
    const auto opened = context.openDiary(parser, path, true);
    diary::DiaryBackup backup(opened->vault());
    diary::BackupOutcome outcome;
    try {
        outcome = backup.make(folder, keep, QDateTime::currentDateTimeUtc());
    } catch (const Error& error) {
        throw withRestoreHint(error, path);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("backup"), outcome.path},
                                      {QStringLiteral("folder"), folder.path()},
                                      {QStringLiteral("bytes"), outcome.bytes},
                                      {QStringLiteral("checked"), true},
                                      {QStringLiteral("milliseconds"), outcome.totalMs},
                                      {QStringLiteral("removed"), QJsonArray::fromStringList(outcome.removed)}});
        return kOk;
    }
    context.out() << QDir::toNativeSeparators(outcome.path) << '\n';
    context.out() << Cli::tr("Backup made and checked (%1). It opens with the diary's password.")
                         .arg(QLocale().formattedDataSize(outcome.bytes))
                  << '\n';
    if (!outcome.removed.isEmpty())
        context.out()
            << Cli::tr("Older backups removed to keep the newest %1: %2.").arg(keep).arg(outcome.removed.size())
            << '\n';
    return kOk;
}

} // namespace daymark::cli
