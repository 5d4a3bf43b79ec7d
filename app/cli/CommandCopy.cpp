// daymark-cli copy DIARY NEWFILE: save a complete copy of the diary under a different password (an emergency copy for
// a trusted person or a safe place). The new password comes from --new-password-file, DAYMARK_NEW_PASSWORD or a
// prompt, never from the command line.
#include "BackupCommands.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "OptionHelpers.h"
#include "diary/Diary.h"
#include "diary/EmergencyCopy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace daymark::cli {

int runCopy(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Save a complete copy of a diary that opens with a different password, to give to someone you trust "
                "or keep in a safe place: if you ever forget the diary's password, the copy still opens. The diary "
                "is not changed; the copy is checked with its new password before it is kept. Never overwrites a "
                "file.\n"
                "Exit codes: 0 saved, 2 bad input, 3 wrong password, 4 diary damaged, 5 file or disk problem."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("NEWFILE"), Cli::tr("Where to save the copy (a new file)."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(
        valued("new-password-file", Cli::tr("Read the copy's password from the first line of FILE."), "FILE"));
    context.parse(parser, arguments, 2);
    const QString path = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    if (QFileInfo::exists(target))
        throw Error(Error::Kind::AlreadyExists,
                    Cli::tr("%1 already exists. Choose a new file name for the copy; Daymark never overwrites a file.")
                        .arg(QDir::toNativeSeparators(target)));
    const auto password = context.password(parser, path);
    const auto newPassword = readPassword({parser.value(QStringLiteral("new-password-file")), "DAYMARK_NEW_PASSWORD",
                                           Cli::tr("Password for the copy %1: ").arg(target), true});
    if (newPassword == password)
        invalid(Cli::tr("The copy's password is the diary's own. Choose a different one: the copy is there in case "
                        "the diary's password is forgotten."));
    auto options = context.vaultOptions();
    options.readOnly = true;
    std::unique_ptr<diary::Diary> opened;
    try {
        opened = diary::Diary::open(path, password, options);
    } catch (const Error& error) {
        throw withRestoreHint(error, path);
    }
    diary::EmergencyCopy copy(opened->vault());
    const auto report = copy.save(target, newPassword, context.vaultOptions());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("copy"), QFileInfo(target).absoluteFilePath()},
                                      {QStringLiteral("checked"), report.ok()},
                                      {QStringLiteral("fingerprint"), report.fingerprint}});
        return kOk;
    }
    context.out() << Cli::tr("Saved a copy of %1 as %2. It opens only with the new password; the diary's own password "
                             "does not open it. Checked: %3 journal records; fingerprint %4.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target))
                         .arg(report.chain.records)
                         .arg(report.fingerprint)
                  << '\n';
    context.out() << Cli::tr("Keep it somewhere safe, away from this computer. It does not change when the diary does: "
                             "make a new copy from time to time.")
                  << '\n';
    return kOk;
}

} // namespace daymark::cli
