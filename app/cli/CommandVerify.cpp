// daymark-cli verify BUNDLE.zip: check an evidence bundle (every hash, the signature, no file added or removed)
// without any diary. Exit 0 only when everything holds.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "ExportCommands.h"
#include "InterruptCancel.h"
#include "TerminalProgress.h"
#include "common/Error.h"
#include "report/BundleVerifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace daymark::cli {

int runVerify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Check an evidence bundle made by export-bundle: every file against SHA256SUMS and manifest.json (size and "
        "SHA-256), that no file was added or removed, and the Ed25519 signature of manifest.json with "
        "signing-key.pem. Names each file that fails. Needs no diary and no password; never writes.\n"
        "The signature shows which diary made the bundle only when its fingerprint or key matches one its owner "
        "gave you separately.\n"
        "Exit codes: 0 every check holds, 1 cancelled, 4 a check failed, 5 the file is missing or not a zip."));
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), Cli::tr("The bundle's zip file."));
    parser.addOption(CliContext::jsonOption());
    context.parse(parser, arguments, 1);
    const QString path = parser.positionalArguments().at(0);

    InterruptCancel interrupt;
    TerminalProgress progress(context.err(), Cli::tr("Checking %1: %2% (%3 of %4)"), QFileInfo(path).fileName());
    report::BundleVerification result;
    try {
        result = report::verifyBundle(path, progress.callback(), interrupt.flag());
    } catch (const Error& error) {
        progress.finish();
        if (error.kind() == Error::Kind::Corrupt)
            throw Error(Error::Kind::Io, error.message(), error.detail()); // not a zip: a file problem, exit 5
        throw;
    }
    progress.finish();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const report::BundleProblem& p : result.problems)
            problems.append(QJsonObject{{QStringLiteral("file"), p.file}, {QStringLiteral("problem"), p.sentence}});
        context.printJson(QJsonObject{
            {QStringLiteral("verified"), result.ok()},
            {QStringLiteral("files"), result.files},
            {QStringLiteral("signatureValid"), result.signatureValid},
            {QStringLiteral("fingerprint"), result.fingerprint},
            {QStringLiteral("publicKey"), result.publicKeyHex},
            {QStringLiteral("exportedAt"), result.exportedAt.isValid()
                                               ? QJsonValue(result.exportedAt.toUTC().toString(Qt::ISODateWithMs))
                                               : QJsonValue()},
            {QStringLiteral("problems"), problems},
        });
        return result.ok() ? kOk : kDamaged;
    }
    if (result.ok()) {
        context.out() << Cli::tr("%1: verified. Files: %2. Every file matches SHA256SUMS and manifest.json, none "
                                 "was added or removed, and the signature of manifest.json is valid.")
                             .arg(path)
                             .arg(result.files)
                      << '\n'
                      << Cli::tr("Diary fingerprint at export: %1").arg(result.fingerprint) << '\n'
                      << Cli::tr("Signing key (Ed25519): %1").arg(result.publicKeyHex) << '\n'
                      << Cli::tr("Exported: %1 UTC")
                             .arg(result.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                      << '\n'
                      << Cli::tr("Compare the fingerprint with one the diary's owner gave you separately to know "
                                 "which diary made it.")
                      << '\n';
        return kOk;
    }
    context.out() << Cli::tr("%1: NOT verified. Problems found: %2").arg(path).arg(result.problems.size()) << '\n';
    for (const report::BundleProblem& p : result.problems)
        context.out() << "  - " << p.sentence << '\n';
    if (result.problems.empty() && !result.signatureValid)
        context.out() << "  - " << Cli::tr("The signature of manifest.json could not be checked.") << '\n';
    context.out() << Cli::tr("Do not rely on this bundle; ask for it to be exported and sent again.") << '\n';
    return kDamaged;
}

} // namespace daymark::cli
