// daymark-cli check DIARY: verify every page and the database structure without changing the file.
#include "CliContext.h"

#include "BackupCommands.h"
#include "ExitCodes.h"
#include "common/Error.h"
#include "diary/Diary.h"

#include <QCoreApplication>

namespace daymark::cli {

int runCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "daymark::cli", "Check a diary's integrity. Exit code 0 when sound, 4 when damaged. Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"),
                                 QCoreApplication::translate("daymark::cli", "The diary file to check."));
    parser.addOption(CliContext::passwordFileOption());
    context.parse(parser, arguments, 1);
    const QString path = parser.positionalArguments().at(0);
    const auto password = context.password(parser, path);
    auto options = context.vaultOptions();
    options.readOnly = true;
    std::unique_ptr<diary::Diary> diary;
    try {
        diary = diary::Diary::open(path, password, options);
    } catch (const Error& error) {
        throw withRestoreHint(error, path);
    }
    const auto report = diary->check();
    if (report.ok()) {
        context.out() << QCoreApplication::translate("daymark::cli",
                                                     "%1: sound. Pages checked: %2; journal records: %3; "
                                                     "schema version: %4.")
                             .arg(path)
                             .arg(report.file.pageCount)
                             .arg(report.chain.records)
                             .arg(report.file.schemaVersion)
                      << '\n'
                      << QCoreApplication::translate("daymark::cli", "Fingerprint: %1").arg(report.fingerprint) << '\n';
        return kOk;
    }
    const QStringList problems = report.problems();
    context.out()
        << QCoreApplication::translate("daymark::cli", "%1: damaged. Problems found: %2").arg(path).arg(problems.size())
        << '\n';
    for (const QString& problem : problems)
        context.out() << "  - " << problem << '\n';
    context.out() << QCoreApplication::translate("daymark::cli",
                                                 "Do not write to this diary; restore it from a backup copy.")
                  << '\n';
    context.out() << QCoreApplication::translate("daymark::cli",
                                                 "To put back its newest good backup (this file is kept aside), run: "
                                                 "daymark-cli restore %1")
                         .arg(path)
                  << '\n';
    return kDamaged;
}

} // namespace daymark::cli
