// daymark-cli create DIARY: make a new encrypted diary.
#include "CliContext.h"

#include "ExitCodes.h"
#include "Initials.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
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
    parser.addOption(QCommandLineOption(
        QStringLiteral("initials"),
        QCoreApplication::translate("daymark::cli",
                                    "The initials in exhibit numbers, such as JS for JS/1, JS/2 (default: EX). "
                                    "'daymark-cli initials' changes them later."),
        QStringLiteral("LETTERS")));
    context.parse(parser, arguments, 1);
    const QString path = parser.positionalArguments().at(0);
    const QString initials =
        parser.isSet(QStringLiteral("initials"))
            ? checkedInitials(QStringLiteral("--initials"), parser.value(QStringLiteral("initials")))
            : QString();
    const auto password = context.password(parser, path, true);
    auto diary = diary::Diary::create(path, password, context.vaultOptions());
    if (!initials.isEmpty()) {
        try {
            diary->exhibits().setInitials(initials);
        } catch (...) {
            diary.reset();
            QFile::remove(path); // the file was made by this command a moment ago and holds nothing yet
            throw;
        }
    }
    const auto params = diary->vault().kdfParams();
    context.out() << QCoreApplication::translate("daymark::cli",
                                                 "Created %1 (key derivation: Argon2id, memory %2, passes: %3). "
                                                 "Keep the password safe: it cannot be recovered.")
                         .arg(path, QLocale::system().formattedDataSize(qint64(params.memoryKiB) * 1024))
                         .arg(params.iterations)
                  << '\n';
    if (!initials.isEmpty())
        context.out() << QCoreApplication::translate("daymark::cli", "Exhibits will be numbered %1/1, %1/2 and so on.")
                             .arg(initials)
                      << '\n';
    return kOk;
}

} // namespace daymark::cli
