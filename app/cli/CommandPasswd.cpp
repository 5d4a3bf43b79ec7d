// daymark-cli passwd DIARY: change a diary's password, crash-safely.
#include "CliContext.h"

#include "ExitCodes.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace daymark::cli {

int runPasswd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "daymark::cli", "Change a diary's password. If interrupted, the old password still works."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), QCoreApplication::translate("daymark::cli", "The diary."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("new-password-file"),
        QCoreApplication::translate("daymark::cli", "Read the new password from the first line of FILE."),
        QStringLiteral("FILE")));
    context.parse(parser, arguments, 1);
    const QString path = parser.positionalArguments().at(0);
    const auto password = context.password(parser, path);
    const auto newPassword =
        readPassword({parser.value(QStringLiteral("new-password-file")), "DAYMARK_NEW_PASSWORD",
                      QCoreApplication::translate("daymark::cli", "New password for %1: ").arg(path), true});
    const auto vault = vault::Vault::open(path, password, context.vaultOptions());
    vault->changePassword(newPassword);
    context.out() << QCoreApplication::translate("daymark::cli",
                                                 "The password of %1 is changed. The old one no longer opens it.")
                         .arg(path)
                  << '\n';
    return kOk;
}

} // namespace daymark::cli
