// Generates a WhatsApp export and an SMS Backup & Restore file of N messages each (default 100,000), then prints
// messages per second for parsing each, seconds for committing each into a new diary, and this process's peak
// resident memory; beside whatsapp-chat-parser (npm) parsing the same WhatsApp file when node and the package are
// there (see ImportBenchmarkWhatsApp.mjs; scripts/bench-import.sh installs it and runs the full size). Not a timed
// test: targets are 5x the npm parser, < 30 s to commit 100,000 messages, < 300 MB.
#include "common/Clock.h"
#include "crypto/SecureBytes.h"
#include "diary/Diary.h"
#include "importers/ImportCommitter.h"
#include "importers/SmsBackupParser.h"
#include "importers/WhatsAppParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace daymark;

namespace {

const char* const kWords[] = {"I",   "know",  "where", "you",    "are",   "tonight", "answer", "me",  "why",     "did",
                              "you", "block", "this",  "number", "again", "saw",     "your",   "car", "outside", "😡"};

QString sentence(std::mt19937& rng)
{
    QStringList words;
    const int n = 3 + static_cast<int>(rng() % 14);
    for (int k = 0; k < n; ++k)
        words << QString::fromUtf8(kWords[rng() % std::size(kWords)]);
    return words.join(u' ');
}

void writeWhatsApp(const QString& path, qint64 count)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    std::mt19937 rng(7);
    QDateTime t(QDate(2023, 1, 1), QTime(8, 0), QTimeZone::utc());
    const QStringList senders{QStringLiteral("Sam Taylor"), QStringLiteral("Alex"), QStringLiteral("+44 7700 900123")};
    QByteArray chunk;
    for (qint64 k = 0; k < count; ++k) {
        t = t.addSecs(30 + rng() % 900);
        QString line = t.toString(QStringLiteral("dd/MM/yyyy, HH:mm")) + QStringLiteral(" - ") +
                       senders[static_cast<int>(rng() % 3)] + QStringLiteral(": ") + sentence(rng);
        if (rng() % 10 == 0)
            line += u'\n' + sentence(rng); // a multi-line message
        if (rng() % 50 == 0)
            line = t.toString(QStringLiteral("dd/MM/yyyy, HH:mm")) + QStringLiteral(" - Sam Taylor: <Media omitted>");
        chunk += line.toUtf8() + '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

void writeSms(const QString& path, qint64 count)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    std::mt19937 rng(11);
    qint64 ms = 1672560000000;
    QByteArray chunk = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"" +
                       QByteArray::number(count) + "\">\n";
    for (qint64 k = 0; k < count; ++k) {
        ms += 30000 + static_cast<qint64>(rng() % 900000);
        const bool in = rng() % 3 != 0;
        QString body = sentence(rng).toHtmlEscaped();
        body.replace(QString::fromUtf8("😡"), QStringLiteral("&#55357;&#56865;")); // the app's surrogate quirk
        chunk += "  <sms protocol=\"0\" address=\"+447700900123\" date=\"" + QByteArray::number(ms) + "\" type=\"" +
                 (in ? "1" : "2") + "\" subject=\"null\" body=\"" + body.toUtf8() +
                 "\" toa=\"null\" sc_toa=\"null\" service_center=\"null\" read=\"1\" status=\"-1\" locked=\"0\" "
                 "contact_name=\"Sam Taylor\" />\n";
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk + "</smses>\n");
}

constexpr int kRuns = 5;

double seconds(QElapsedTimer& timer)
{
    const double s = timer.nsecsElapsed() / 1e9;
    timer.restart();
    return s;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

struct CommitTime
{
    double wall = 0;
    double cpu = 0; // user + system: what the commit costs even when the machine is busy with other work
};

// Creates a diary and commits `path` into it.
CommitTime commit(const QString& diaryPath, importers::ImportFormat format, const QString& path, qint64& incidents)
{
    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests(); // the key derivation is not what is measured here
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    auto diary = diary::Diary::create(diaryPath, crypto::secureUtf8(QStringLiteral("bench")), options);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    importers::ImportSource source(format, path);
    importers::CommitOptions commitOptions;
    commitOptions.zone = QTimeZone("Europe/London");
    incidents = importers::ImportCommitter::run(*diary, source, commitOptions).incidentsAdded;
    return {seconds(timer), cpuSeconds() - cpuBefore};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known, also into a pipe
    const qint64 count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/daymark-bench-XXXXXX"));
    const QString chat = dir.filePath(QStringLiteral("chat.txt"));
    const QString sms = dir.filePath(QStringLiteral("sms.xml"));
    writeWhatsApp(chat, count);
    writeSms(sms, count);
    std::printf("Import benchmark: %lld messages each; WhatsApp %.1f MB, SMS backup %.1f MB\n",
                static_cast<long long>(count), QFileInfo(chat).size() / 1e6, QFileInfo(sms).size() / 1e6);

    // Each parse is timed kRuns times and the fastest kept, here and in the npm script: on a shared machine the
    // slower runs measure the other work, not the parser.
    QElapsedTimer timer;
    importers::ImportSummary whatsapp;
    importers::ImportSummary smsSummary;
    double whatsappParse = 1e9;
    double smsParse = 1e9;
    for (int run = 0; run < kRuns; ++run) {
        timer.start();
        QFile chatFile(chat);
        chatFile.open(QIODevice::ReadOnly);
        whatsapp = importers::WhatsAppParser::parse(chatFile, {}, [](importers::ImportedMessage&&) {});
        whatsappParse = std::min(whatsappParse, seconds(timer));
        QFile smsFile(sms);
        smsFile.open(QIODevice::ReadOnly);
        smsSummary = importers::SmsBackupParser::parse(smsFile, {}, [](importers::ImportedMessage&&) {});
        smsParse = std::min(smsParse, seconds(timer));
    }
    std::printf("  parse WhatsApp:   %lld messages in %.3f s = %.0f messages/s (fastest of %d)\n",
                static_cast<long long>(whatsapp.messages), whatsappParse, whatsapp.messages / whatsappParse, kRuns);
    std::printf("  parse SMS backup: %lld messages in %.3f s = %.0f messages/s (fastest of %d)\n",
                static_cast<long long>(smsSummary.messages), smsParse, smsSummary.messages / smsParse, kRuns);

    const QString script = QStringLiteral(DAYMARK_BENCH_SOURCE_DIR "/ImportBenchmarkWhatsApp.mjs");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        std::printf("  whatsapp-chat-parser (npm): skipped, node is not installed\n");
    } else {
        QProcess js;
        js.start(node, {script, chat, QString::number(kRuns)});
        js.waitForFinished(600000);
        const QJsonObject o = QJsonDocument::fromJson(js.readAllStandardOutput()).object();
        if (o.contains(QStringLiteral("skipped"))) {
            std::printf("  whatsapp-chat-parser (npm): skipped, %s\n",
                        qPrintable(o.value(QStringLiteral("skipped")).toString()));
        } else {
            const double s = o.value(QStringLiteral("seconds")).toDouble();
            const double rate = o.value(QStringLiteral("messages")).toDouble() / s;
            std::printf("  whatsapp-chat-parser (npm, node): %d messages in %.3f s = %.0f messages/s (fastest of %d); "
                        "Daymark is %.1fx its speed\n",
                        o.value(QStringLiteral("messages")).toInt(), s, rate, kRuns,
                        (whatsapp.messages / whatsappParse) / rate);
        }
    }

    if (argc > 2 && QByteArray(argv[2]) == "--parse-only")
        return 0;
    qint64 added = 0;
    const CommitTime whatsappCommit =
        commit(dir.filePath(QStringLiteral("w.daymark")), importers::ImportFormat::WhatsApp, chat, added);
    std::printf("  commit WhatsApp:   %lld incidents in %.2f s (%.2f s CPU)\n", static_cast<long long>(added),
                whatsappCommit.wall, whatsappCommit.cpu);
    const CommitTime smsCommit =
        commit(dir.filePath(QStringLiteral("s.daymark")), importers::ImportFormat::SmsBackup, sms, added);
    std::printf("  commit SMS backup: %lld incidents in %.2f s (%.2f s CPU)\n", static_cast<long long>(added),
                smsCommit.wall, smsCommit.cpu);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("  CPU time of the whole run: %.1f s user, %.1f s system\n",
                usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
                usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
    std::printf("  peak resident memory: %.0f MiB\n", peakMiB());
    return whatsapp.messages == count && smsSummary.messages == count ? 0 : 1;
}
