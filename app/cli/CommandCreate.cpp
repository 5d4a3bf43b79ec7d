// daymark-cli create DIARY: make a new encrypted diary.
#include "CliContext.h"

#include "ExitCodes.h"
#include "diary/Diary.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>

namespace daymark::cli {

int runCreate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("daymark::cli", "Create a new encrypted diary. It never overwrites a file."));
    parser.addPositionalArgument(QStringLiteral("DIARY"),
                                 QCoreApplication::translate("daymark::cli", "The new diary file (.daymark)."));
    parser.addOption(CliContext::passwordFileOption());
    context.parse(parser, arguments, 1);
    const QString path = parser.positionalArguments().at(0);
    const auto password = context.password(parser, path, true);
    const auto diary = diary::Diary::create(path, password, context.vaultOptions());
    const auto params = diary->vault().kdfParams();
    context.out() << QCoreApplication::translate("daymark::cli",
                                                 "Created %1 (key derivation: Argon2id, memory %2, passes: %3). "
                                                 "Keep the password safe: it cannot be recovered.")
                         .arg(path, QLocale::system().formattedDataSize(qint64(params.memoryKiB) * 1024))
                         .arg(params.iterations)
                  << '\n';
    return kOk;
}

} // namespace daymark::cli
