// daymark-cli attach DIARY INCIDENT FILE... [--how KIND] [--description TEXT]: keep original evidence files inside
// the diary as numbered exhibits of an incident. Each file is its own transaction: one that fails leaves the others.
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
#include "diary/IncidentRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <optional>

namespace daymark::cli {
namespace {

struct Outcome
{
    QString file;
    QString status; // added, linked, unchanged, failed, not-tried (docs/cli-json.md)
    std::optional<evidence::ExhibitRecord> record;
    QString error;
};

// Problems with one file; the next file may still be fine. Anything else (a full disk, a damaged diary, Ctrl-C)
// stops the command.
bool concernsOneFile(Error::Kind kind)
{
    return kind == Error::Kind::NotFound || kind == Error::Kind::InvalidInput || kind == Error::Kind::Io;
}

QString howObtained(const QCommandLineParser& parser)
{
    const QString how = parser.isSet(QStringLiteral("how")) ? parser.value(QStringLiteral("how")).trimmed().toLower()
                                                            : QStringLiteral("other");
    if (evidence::howObtainedName(how).isEmpty()) {
        QStringList choices;
        for (const QString& code : evidence::howObtainedCodes())
            choices << Cli::tr("%1 (%2)").arg(code, evidence::howObtainedName(code));
        throw Error(Error::Kind::InvalidInput, Cli::tr("--how: '%1' is not a way of obtaining evidence that Daymark "
                                                       "knows. Use one of: %2.")
                                                   .arg(parser.value(QStringLiteral("how")), choices.join(u", ")));
    }
    return how;
}

QJsonObject toJson(const ExhibitPrinter& printer, const Outcome& outcome)
{
    return QJsonObject{
        {QStringLiteral("file"), outcome.file},
        {QStringLiteral("status"), outcome.status},
        {QStringLiteral("exhibit"), outcome.record ? QJsonValue(printer.json(*outcome.record)) : QJsonValue()},
        {QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error)},
    };
}

} // namespace

int runAttach(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Keep evidence files (screenshots, photos, recordings, exports, ...) inside the diary, byte for byte, "
                "as exhibits of an incident. Prints each file's exhibit number and SHA-256. A file whose content is "
                "already an exhibit is not stored twice: that exhibit is linked to the incident as well.\n"
                "Each file is saved on its own: if one cannot be attached, the message says which and why, the "
                "others are kept, and the exit code is not 0. Ctrl-C cancels the file being read; nothing of it is "
                "kept, and the files after it are not tried.\n"
                "Exit codes: 0 all attached, 1 cancelled, 2 bad input (such as a folder or an unknown --how), 3 wrong "
                "password, 5 a file that is missing, unreadable or changed while it was read, or a full disk."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addPositionalArgument(QStringLiteral("INCIDENT"),
                                 Cli::tr("The incident: its number from 'list' (12 or #12), id, or id prefix."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("One or more files to attach."),
                                 QStringLiteral("FILE..."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("how"),
        Cli::tr("How the files were obtained: %1 (default: other).").arg(evidence::howObtainedCodes().join(u", ")),
        QStringLiteral("KIND")));
    parser.addOption(QCommandLineOption(QStringLiteral("description"), Cli::tr("What the files show, in a few words."),
                                        QStringLiteral("TEXT")));
    context.parse(parser, arguments, 3, -1);
    const bool json = parser.isSet(QStringLiteral("json"));
    diary::ImportOptions options;
    options.howObtained = howObtained(parser);
    options.description = parser.value(QStringLiteral("description")).trimmed();

    const QStringList positionals = parser.positionalArguments();
    const auto diary = context.openDiary(parser, positionals.at(0), false);
    const QUuid incident = resolveIncident(*diary, positionals.at(1));
    const auto incidentRecord = recordLookup([&] { return diary->incidents().get(incident); });
    if (incidentRecord.deleted)
        throw Error(Error::Kind::InvalidInput,
                    Cli::tr("Incident #%1 is deleted. Restore it with 'daymark-cli restore DIARY %1' before attaching "
                            "files to it.")
                        .arg(incidentRecord.number));

    const ExhibitPrinter printer(*diary);
    QSet<QUuid> linked; // exhibits of this incident, to tell a new link from one that was already there
    for (const auto& record : diary->exhibits().forIncident(incident))
        linked.insert(record.exhibit.id);

    const QStringList files = positionals.mid(2);
    std::vector<Outcome> outcomes;
    int exitCode = kOk;
    bool stopped = false;
    InterruptCancel interrupt;
    options.cancel = interrupt.flag();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        if (stopped) {
            outcomes.push_back({file, QStringLiteral("not-tried"), std::nullopt, {}});
            continue;
        }
        TerminalProgress progress(context.err(), Cli::tr("Attaching %1: %2% (%3 of %4)"), QFileInfo(file).fileName());
        options.progress = progress.callback();
        try {
            const diary::AttachResult result = diary->exhibits().attachFile(incident, file, options);
            progress.finish();
            const evidence::Exhibit& e = result.record.exhibit;
            const QString status = !result.existing        ? QStringLiteral("added")
                                   : linked.contains(e.id) ? QStringLiteral("unchanged")
                                                           : QStringLiteral("linked");
            linked.insert(e.id);
            outcomes.push_back({file, status, result.record, {}});
            if (json)
                continue;
            context.out() << Cli::tr("%1  %2  %3").arg(e.label, e.sha256, file) << '\n';
            if (status == QLatin1String("linked"))
                context.out() << "    "
                              << Cli::tr("Already exhibit %1, now also linked to incident #%2.")
                                     .arg(e.label)
                                     .arg(incidentRecord.number)
                              << '\n';
            else if (status == QLatin1String("unchanged"))
                context.out() << "    "
                              << Cli::tr("Already exhibit %1 of incident #%2; nothing changed.")
                                     .arg(e.label)
                                     .arg(incidentRecord.number)
                              << '\n';
            else if (e.size == 0)
                context.out() << "    " << Cli::tr("The file is empty (0 bytes); it was recorded all the same.")
                              << '\n';
            context.out().flush();
        } catch (const Error& e) {
            progress.finish();
            const QString sentence = files.size() == 1 ? Cli::tr("%1 was not attached. %2").arg(file, e.message())
                                                       : Cli::tr("File %1 of %2 (%3) was not attached. %4")
                                                             .arg(i + 1)
                                                             .arg(files.size())
                                                             .arg(file, e.message());
            context.out().flush();
            context.err() << "daymark-cli: " << sentence << '\n';
            context.err().flush();
            outcomes.push_back({file, QStringLiteral("failed"), std::nullopt, e.message()});
            if (exitCode == kOk)
                exitCode = exitCodeFor(e.kind());
            stopped = !concernsOneFile(e.kind());
        }
    }

    if (json) {
        QJsonArray array;
        for (const Outcome& outcome : outcomes)
            array.append(toJson(printer, outcome));
        context.printJson(array);
    }
    if (exitCode != kOk && files.size() > 1) {
        QStringList missing;
        for (const Outcome& outcome : outcomes)
            if (outcome.status == QLatin1String("failed") || outcome.status == QLatin1String("not-tried"))
                missing << outcome.file;
        context.err() << "daymark-cli: "
                      << Cli::tr("Attached %1 of %2 files. Not attached: %3.")
                             .arg(files.size() - missing.size())
                             .arg(files.size())
                             .arg(missing.join(u", "))
                      << '\n';
    }
    return exitCode;
}

} // namespace daymark::cli
