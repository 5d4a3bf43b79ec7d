// daymark-cli export-pdf DIARY OUT.pdf [filters] and export-bundle DIARY OUT.zip [filters]: the PDF timeline, or
// the signed evidence bundle, of the incidents the options choose. Each export is a journal record in the diary.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "ExportCommands.h"
#include "ExportOptions.h"
#include "InterruptCancel.h"
#include "TerminalProgress.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "report/BundleWriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace daymark::cli {
namespace {

enum class Kind { Pdf, Bundle };

QString description(Kind kind)
{
    const QString common = Cli::tr(
        "Filters combine: an incident must match all of them; with --incident, exactly the incidents given. Private "
        "notes are left out unless --include-notes is given; --redact and --redact-text hide details as "
        "[redacted] in the text (exhibit files stay original). The file is written under a temporary name and "
        "appears only when complete: it never overwrites a file and leaves nothing behind when it fails or is "
        "cancelled (Ctrl-C). The export is recorded in the diary's journal.\n"
        "Exit codes: 0 written, 1 cancelled, 2 bad options or no such incident, person or order, 3 wrong password, "
        "4 the diary is damaged (an exhibit does not match its SHA-256), 5 OUT exists or cannot be written.");
    if (kind == Kind::Pdf)
        return Cli::tr("Write the PDF timeline of the chosen incidents.") + u'\n' + common;
    return Cli::tr("Write an evidence bundle for police: one zip with the PDF timeline, the original exhibit files "
                   "named by exhibit number, incidents.csv and incidents.json, SHA256SUMS, manifest.json signed "
                   "with the diary's key (manifest.sig, signing-key.pem) and a README saying how to check it. "
                   "Check a bundle with 'daymark-cli verify'; docs/bundle.md describes the files.") +
           u'\n' + common;
}

int runExport(CliContext& context, const QStringList& arguments, Kind kind)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description(kind));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 kind == Kind::Pdf ? Cli::tr("The new PDF file.") : Cli::tr("The new zip file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    ExportOptions::addTo(parser, kind == Kind::Bundle);
    context.parse(parser, arguments, 2);
    report::ExportSelection selection = ExportOptions::parse(parser);
    const QString outPath = parser.positionalArguments().at(1);
    // Refuse before asking for the password: nothing is going to be written over.
    if (QFileInfo::exists(outPath) || QFileInfo(outPath).isSymLink())
        throw Error(
            Error::Kind::AlreadyExists,
            Cli::tr("%1 already exists. Choose a new file name; Daymark never overwrites a file.").arg(outPath));

    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), false);
    ExportOptions::resolve(parser, *diary, selection);

    InterruptCancel interrupt;
    TerminalProgress progress(context.err(), Cli::tr("Exporting %1: %2% (%3 of %4)"), QFileInfo(outPath).fileName());
    report::ExportResult result;
    try {
        result = kind == Kind::Pdf
                     ? report::exportPdf(*diary, selection, outPath, progress.callback(), interrupt.flag())
                     : report::exportBundle(*diary, selection, outPath, progress.callback(), interrupt.flag());
    } catch (const Error& error) {
        progress.finish();
        if (error.kind() == Error::Kind::Cancelled)
            throw Error(Error::Kind::Cancelled, Cli::tr("Cancelled. %1 was not written.").arg(outPath));
        throw;
    }
    progress.finish();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray files;
        for (const report::BundleFile& file : result.files)
            files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("size"), file.size},
                                     {QStringLiteral("sha256"), file.sha256}});
        QJsonObject object{{QStringLiteral("path"), result.path},
                           {QStringLiteral("size"), result.size},
                           {QStringLiteral("fingerprint"), result.fingerprint},
                           {QStringLiteral("incidents"), result.incidents},
                           {QStringLiteral("exhibits"), result.exhibits}};
        if (kind == Kind::Bundle) {
            object.insert(QStringLiteral("manifestSha256"), result.sha256);
            object.insert(QStringLiteral("files"), files);
        } else {
            object.insert(QStringLiteral("sha256"), result.sha256);
        }
        context.printJson(object);
        return kOk;
    }
    const QString size = ExhibitPrinter::size(result.size);
    if (kind == Kind::Pdf) {
        context.out()
            << Cli::tr("PDF timeline written to %1 (%2). Incidents: %3.").arg(outPath, size).arg(result.incidents)
            << '\n'
            << Cli::tr("SHA-256: %1").arg(result.sha256) << '\n';
    } else {
        context.out() << Cli::tr("Evidence bundle written to %1 (%2). Incidents: %3. Exhibits: %4.")
                             .arg(outPath, size)
                             .arg(result.incidents)
                             .arg(result.exhibits)
                      << '\n'
                      << Cli::tr("manifest.json SHA-256: %1").arg(result.sha256) << '\n'
                      << Cli::tr("Check it with: daymark-cli verify %1").arg(outPath) << '\n';
    }
    context.out() << Cli::tr("Diary fingerprint named in the export: %1").arg(result.fingerprint) << '\n';
    return kOk;
}

} // namespace

bool needsGuiApplication(const char* command)
{
    return qstrcmp(command, "export-pdf") == 0 || qstrcmp(command, "export-bundle") == 0;
}

int runExportPdf(CliContext& context, const QStringList& arguments)
{
    return runExport(context, arguments, Kind::Pdf);
}

int runExportBundle(CliContext& context, const QStringList& arguments)
{
    return runExport(context, arguments, Kind::Bundle);
}

} // namespace daymark::cli
