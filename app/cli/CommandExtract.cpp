// daymark-cli extract DIARY EXHIBIT OUTFILE: write an exhibit's original bytes to a new file, checking its SHA-256.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "InterruptCancel.h"
#include "References.h"
#include "TerminalProgress.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

#include <QFileInfo>

namespace daymark::cli {

int runExtract(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Write an exhibit's original file, byte for byte, to a new file, checking its SHA-256 on the way. It "
        "never overwrites a file, and leaves no partial file when it fails or is cancelled (Ctrl-C). The "
        "diary is not changed.\n"
        "Exit codes: 0 written and verified, 1 cancelled, 2 no such exhibit or a deleted one, 3 wrong password, 4 the "
        "stored bytes do not match their SHA-256, 5 OUTFILE exists or cannot be written."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("EXHIBIT"),
                                 Cli::tr("The exhibit: its number (JS/3 or 3), id, or id prefix."));
    parser.addPositionalArgument(QStringLiteral("OUTFILE"), Cli::tr("The new file to write."));
    parser.addOption(CliContext::passwordFileOption());
    context.parse(parser, arguments, 3);
    const QStringList positionals = parser.positionalArguments();
    const QString outPath = positionals.at(2);
    // Refuse before asking for the password: nothing is going to be written over.
    if (QFileInfo::exists(outPath))
        throw Error(
            Error::Kind::AlreadyExists,
            Cli::tr("%1 already exists. Choose a new file name; Daymark never overwrites a file.").arg(outPath));

    const auto diary = context.openDiary(parser, positionals.at(0), true);
    const QUuid id = resolveExhibit(*diary, positionals.at(1));
    const evidence::ExhibitRecord record = diary->exhibits().get(id);
    const evidence::Exhibit& e = record.exhibit;
    if (record.deleted)
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("Exhibit %1 was deleted (reason: %2). Its contents are no longer in the diary.")
                        .arg(e.label, record.deletionReason));

    InterruptCancel interrupt;
    TerminalProgress progress(context.err(), Cli::tr("Extracting %1: %2% (%3 of %4)"), e.label);
    try {
        diary->exhibits().extract(id, outPath, progress.callback(), interrupt.flag());
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::Cancelled)
            throw Error(Error::Kind::Cancelled, Cli::tr("Cancelled. %1 was not written.").arg(outPath));
        throw;
    }
    progress.finish();
    context.out() << Cli::tr("Exhibit %1 (%2, %3) written to %4.")
                         .arg(e.label, e.originalName, ExhibitPrinter::size(e.size), outPath)
                  << '\n'
                  << Cli::tr("SHA-256 verified: %1").arg(e.sha256) << '\n';
    return kOk;
}

} // namespace daymark::cli
