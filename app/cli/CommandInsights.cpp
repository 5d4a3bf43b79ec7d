// daymark-cli insights DIARY [--from DATE] [--to DATE] [--json]: escalation signals and weekly counts. Never writes.
#include "InsightsCommands.h"

#include "CliContext.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "TimeInput.h"
#include "diary/Diary.h"
#include "insights/Insights.h"
#include "insights/InsightsJson.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace daymark::cli {
namespace {

constexpr std::size_t kNumbersShown = 12; // incident numbers listed under a signal in text; JSON has all

void printSignals(QTextStream& out, const insights::Insights& result)
{
    out << Cli::tr("Warning signs in what you recorded, up to %1:")
               .arg(QLocale().toString(result.asOf.toLocalTime().addMSecs(-1).date(), QLocale::LongFormat))
        << '\n';
    if (result.signals.empty())
        out << "  " << Cli::tr("None of the signs Daymark looks for is in this diary.") << '\n';
    for (const insights::Signal& s : result.signals) {
        out << "\n  " << s.title << '\n' << "    " << s.explanation << '\n';
        QStringList numbers;
        for (std::size_t i = 0; i < std::min(s.incidents.size(), kNumbersShown); ++i)
            numbers << QStringLiteral("#%1").arg(s.incidents[i].number);
        out << "    "
            << (s.incidents.size() > kNumbersShown ? Cli::tr("Incidents: %1 and %2 more.")
                                                         .arg(numbers.join(QStringLiteral(", ")))
                                                         .arg(s.incidents.size() - kNumbersShown)
                                                   : Cli::tr("Incidents: %1.").arg(numbers.join(QStringLiteral(", "))))
            << '\n';
    }
    out << '\n' << insights::signalAdvice() << '\n';
}

void printWeeks(QTextStream& out, const insights::WeeklyCounts& weekly)
{
    out << '\n'
        << Cli::tr("Incidents per week (week, first day, count, %1-week average, most frequent types):")
               .arg(weekly.averageWeeks)
        << '\n';
    if (weekly.weeks.empty())
        out << "  " << Cli::tr("No incidents in this period.") << '\n';
    for (const insights::WeekCount& w : weekly.weeks) {
        std::vector<int> types;
        for (int t = 0; t < diary::kIncidentTypeCount; ++t)
            if (w.byType[std::size_t(t)] > 0)
                types.push_back(t);
        std::stable_sort(types.begin(), types.end(),
                         [&](int a, int b) { return w.byType[std::size_t(a)] > w.byType[std::size_t(b)]; });
        QStringList parts;
        for (std::size_t i = 0; i < std::min<std::size_t>(types.size(), 3); ++i)
            parts << QStringLiteral("%1 %2")
                         .arg(diary::typeShortName(diary::typeAt(types[i])))
                         .arg(w.byType[std::size_t(types[i])]);
        out << QStringLiteral("  %1-W%2  %3  %4  %5  %6\n")
                   .arg(w.isoYear)
                   .arg(w.isoWeek, 2, 10, QLatin1Char('0'))
                   .arg(w.monday.toString(Qt::ISODate))
                   .arg(w.total, 4)
                   .arg(QLocale().toString(w.movingAverage, 'f', 1), 6)
                   .arg(parts.join(QStringLiteral(", ")));
    }
    out << '\n' << Cli::tr("Incidents by hour of day (columns 00 to 23) and day of week:") << '\n' << "     ";
    for (int h = 0; h < 24; ++h)
        out << QStringLiteral("%1").arg(h, 4, 10, QLatin1Char(' '));
    out << '\n';
    for (int d = 0; d < 7; ++d) {
        out << "  " << QLocale().dayName(d + 1, QLocale::ShortFormat).leftJustified(3).left(3);
        for (int count : weekly.hourByDay[std::size_t(d)])
            out << QStringLiteral("%1").arg(count, 4);
        out << '\n';
    }
}

} // namespace

int runInsights(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show warning signs in what the diary records (incidents recorded more often, a first contact in "
                "person, threats, contact at home or work, possible breaches of an order, other people drawn in), "
                "each with the incidents behind it, and the number of incidents per week and by time of day. With "
                "--json, the JSON described in docs/insights.md. Never writes."));
    parser.addPositionalArgument(QStringLiteral("DIARY"), Cli::tr("The diary file."));
    parser.addOption(CliContext::passwordFileOption());
    parser.addOption(CliContext::jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        Cli::tr("Count weeks from this day (default: the first incident)."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("to"),
        Cli::tr("Count weeks up to this day, and look for warning signs up to its end (default: today)."),
        QStringLiteral("DATE")));
    context.parse(parser, arguments, 1);
    insights::InsightsOptions options;
    if (parser.isSet(QStringLiteral("from")))
        options.from = parseDate(QStringLiteral("from"), parser.value(QStringLiteral("from")));
    if (parser.isSet(QStringLiteral("to"))) {
        options.to = parseDate(QStringLiteral("to"), parser.value(QStringLiteral("to")));
        options.asOf = QDateTime(options.to.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()).toUTC();
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        throw UsageError{Cli::tr("--to is before --from. Give the first day with --from and the last with --to.")};
    const auto diary = context.openDiary(parser, parser.positionalArguments().at(0), true);
    const insights::Insights result = insights::computeInsights(*diary, options);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(insights::json::toJson(result));
        return kOk;
    }
    printSignals(context.out(), result);
    printWeeks(context.out(), result.weekly);
    return kOk;
}

} // namespace daymark::cli
