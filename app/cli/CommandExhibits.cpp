// daymark-cli exhibits DIARY [--incident INCIDENT] [--include-deleted|--deleted] [--json]: the diary's exhibits.
#include "CliContext.h"

#include "CliText.h"
#include "ExhibitPrinter.h"
#include "ExitCodes.h"
#include "References.h"
#include "common/Error.h"
#include "diary/Diary.h"
#include "diary/ExhibitRepository.h"

#include <QJsonArray>

namespace daymark::cli {

int runExhibits(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the diary's exhibits in the order they were added: number, size, media type, original file "
                "name and the incidents each belongs to. Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("incident"),
                                        Cli::tr("Only the exhibits of this incident (a number, id or id prefix)."),
                                        QStringLiteral("INCIDENT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("include-deleted"), Cli::tr("Deleted exhibits as well (numbers only).")));
    parser.addOption(QCommandLineOption(QStringLiteral("deleted"), Cli::tr("Only deleted exhibits.")));
    context.parse(parser, arguments, 1);
    const bool onlyDeleted = parser.isSet(QStringLiteral("deleted"));
    const bool withDeleted = onlyDeleted || parser.isSet(QStringLiteral("include-deleted"));
    if (onlyDeleted && parser.isSet(QStringLiteral("include-deleted")))
        throw UsageError{Cli::tr("Give --deleted or --include-deleted, not both.")};
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);

    std::vector<evidence::ExhibitRecord> records;
    if (parser.isSet(QStringLiteral("incident"))) {
        const QUuid incident = resolveIncident(*diary, parser.value(QStringLiteral("incident")));
        records = diary->exhibits().forIncident(incident);
    } else {
        records = diary->exhibits().list(withDeleted);
    }
    std::erase_if(records, [&](const evidence::ExhibitRecord& r) {
        return (onlyDeleted && !r.deleted) || (!withDeleted && r.deleted);
    });

    const ExhibitPrinter printer(*diary);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& record : records)
            array.append(printer.json(record));
        context.printJson(array);
        return kOk;
    }
    if (records.empty()) {
        context.out() << (onlyDeleted ? Cli::tr("No deleted exhibits.")
                          : parser.isSet(QStringLiteral("incident"))
                              ? Cli::tr("This incident has no exhibits. Attach files with 'daymark-cli attach DIARY "
                                        "INCIDENT FILE...'.")
                              : Cli::tr("No exhibits yet. Attach files with 'daymark-cli attach DIARY INCIDENT "
                                        "FILE...'."))
                      << '\n';
        return kOk;
    }
    printer.writeTable(context.out(), records);
    qint64 bytes = 0;
    for (const auto& record : records)
        bytes += record.exhibit.size;
    context.out() << Cli::tr("Exhibits: %1 (%2).").arg(records.size()).arg(ExhibitPrinter::size(bytes)) << '\n';
    return kOk;
}

} // namespace daymark::cli
