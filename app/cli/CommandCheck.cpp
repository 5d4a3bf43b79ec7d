// daymark-cli check DIARY: verify every page and the database structure without changing the file.
#include "CliContext.h"

#include "ExitCodes.h"
#include "vault/Vault.h"

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
    const auto vault = vault::Vault::open(path, password, options);
    const auto report = vault->check();
    if (report.ok()) {
        context.out() << QCoreApplication::translate("daymark::cli", "%1: sound (%2 pages checked, schema version %3).")
                             .arg(path)
                             .arg(report.pageCount)
                             .arg(report.schemaVersion)
                      << '\n';
        return kOk;
    }
    context.out() << QCoreApplication::translate("daymark::cli", "%1: damaged. %n problem(s) found:", nullptr,
                                                 int(report.problems.size()))
                         .arg(path)
                  << '\n';
    for (const QString& problem : report.problems)
        context.out() << "  - " << problem << '\n';
    context.out() << QCoreApplication::translate("daymark::cli",
                                                 "Do not write to this diary; restore it from a backup copy.")
                  << '\n';
    return kDamaged;
}

} // namespace daymark::cli
