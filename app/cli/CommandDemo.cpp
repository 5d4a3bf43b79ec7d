// daymark-cli demo DIARY [--incidents N] [--seed S]: a new diary filled with realistic, entirely fictional data.
#include "CliContext.h"

#include "CliText.h"
#include "ExitCodes.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "diary/DemoDiary.h"
#include "diary/Diary.h"

#include <QFile>
#include <QJsonObject>

namespace daymark::cli {
namespace {

qint64 number(const QCommandLineParser& parser, const QString& option, qint64 fallback, qint64 lowest, qint64 highest)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || value < lowest || value > highest)
        throw Error(Error::Kind::InvalidInput, Cli::tr("--%1: '%2' is not a whole number from %3 to %4.")
                                                   .arg(option, parser.value(option))
                                                   .arg(lowest)
                                                   .arg(highest));
    return value;
}

} // namespace

int runDemo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Create a new diary filled with realistic, entirely fictional data: people, protection orders with "
                "conditions, and months of escalating incidents of every type, some amended or deleted. For trying "
                "Daymark and for benchmarks. The same seed and number of incidents give the same content. It never "
                "overwrites a file."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The new diary file (.daymark)."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"), Cli::tr("How many incidents (default: 300)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), Cli::tr("Which fictional story (default: 1)."),
                                        QStringLiteral("S")));
    context.parse(parser, arguments, 1);
    diary::DemoOptions options;
    options.incidents = static_cast<int>(number(parser, QStringLiteral("incidents"), 300, 1, 1000000));
    options.seed = static_cast<quint32>(number(parser, QStringLiteral("seed"), 1, 0, 4294967295LL));
    const QString path = parser.positionalArguments().at(0);
    const auto password = context.password(parser, path, true);

    ManualClock clock(diary::demoDiaryCreatedAt(options));
    diary::DemoSummary summary;
    QString fingerprint;
    {
        auto diary = diary::Diary::create(path, password, context.vaultOptions(), clock);
        try {
            summary = diary::fillDemoDiary(*diary, clock, options);
            fingerprint = diary->fingerprint();
        } catch (...) {
            diary.reset(); // a half-filled demo is no use to anyone: remove the file this command made
            QFile::remove(path);
            throw;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("people"), summary.people},
                                      {QStringLiteral("orders"), summary.orders},
                                      {QStringLiteral("incidents"), summary.incidents},
                                      {QStringLiteral("amendments"), summary.amendments},
                                      {QStringLiteral("deletions"), summary.deletions},
                                      {QStringLiteral("fingerprint"), fingerprint}});
        return kOk;
    }
    context.out() << Cli::tr("Created the demo diary %1. Everything in it is fictional.").arg(path) << '\n'
                  << Cli::tr("People: %1. Protection orders: %2. Incidents: %3. Amendments: %4. Deletions: %5.")
                         .arg(summary.people)
                         .arg(summary.orders)
                         .arg(summary.incidents)
                         .arg(summary.amendments)
                         .arg(summary.deletions)
                  << '\n'
                  << Cli::tr("Fingerprint: %1").arg(fingerprint) << '\n';
    return kOk;
}

} // namespace daymark::cli
