// daymark-cli: create, check and re-key encrypted diaries, and keep the incident diary, from the command line.
#include "BackupCommands.h"
#include "CliContext.h"
#include "ExitCodes.h"
#include "ExportCommands.h"
#include "ImportCommand.h"
#include "InsightsCommands.h"
#include "common/Error.h"
#include "common/Language.h"
#include "common/ProcessHardening.h"
#include "crypto/CryptoSelfTest.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <botan/version.h>
#include <map>
#include <memory>

using namespace daymark;
using namespace daymark::cli;

namespace {

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("create"), &runCreate},
        {QStringLiteral("check"), &runCheck},
        {QStringLiteral("passwd"), &runPasswd},
        {QStringLiteral("add"), &runAdd},
        {QStringLiteral("amend"), &runAmend},
        {QStringLiteral("delete"), &runDelete},
        {QStringLiteral("restore"), &runRestore},
        {QStringLiteral("show"), &runShow},
        {QStringLiteral("history"), &runHistory},
        {QStringLiteral("list"), &runList},
        {QStringLiteral("search"), &runSearch},
        {QStringLiteral("people"), &runPeople},
        {QStringLiteral("orders"), &runOrders},
        {QStringLiteral("fingerprint"), &runFingerprint},
        {QStringLiteral("demo"), &runDemo},
        {QStringLiteral("attach"), &runAttach},
        {QStringLiteral("link"), &runLink},
        {QStringLiteral("detach"), &runDetach},
        {QStringLiteral("exhibits"), &runExhibits},
        {QStringLiteral("exhibit"), &runExhibit},
        {QStringLiteral("exhibit-delete"), &runExhibitDelete},
        {QStringLiteral("extract"), &runExtract},
        {QStringLiteral("initials"), &runInitials},
        {QStringLiteral("import"), &runImport},
        {QStringLiteral("export-pdf"), &runExportPdf},
        {QStringLiteral("export-bundle"), &runExportBundle},
        {QStringLiteral("verify"), &runVerify},
        {QStringLiteral("insights"), &runInsights},
        {QStringLiteral("screening"), &runScreening},
        {QStringLiteral("backup"), &runBackup},
        {QStringLiteral("copy"), &runCopy},
    };
    return table;
}

QString usage()
{
    return QCoreApplication::translate(
        "daymark::cli",
        "Usage: daymark-cli COMMAND [OPTIONS] ARGUMENTS\n"
        "\n"
        "Commands:\n"
        "  create DIARY [--initials JS] create a new encrypted diary\n"
        "  check DIARY                  check the file, the journal chain and the data (exit 0 when sound)\n"
        "  passwd DIARY                 change a diary's password\n"
        "  add DIARY --type CODE --at TIME --summary TEXT [...]   record an incident; prints its id\n"
        "  amend DIARY ID [field options] --reason TEXT           save a new version of an incident\n"
        "  delete DIARY ID --reason TEXT                          delete an incident (it can be restored)\n"
        "  restore DIARY ID [--reason TEXT]                       undo a deletion\n"
        "  show DIARY ID                show one incident in full\n"
        "  history DIARY ID             every version of an incident, with reasons\n"
        "  list DIARY [filters]         incidents, newest first\n"
        "  search DIARY QUERY [filters] full-text search, newest first\n"
        "  people DIARY add|list|show|amend   the stalker(s), witnesses, officers, support workers\n"
        "  orders DIARY add|list|show|amend   protection orders, conditions and recorded breaches\n"
        "  fingerprint DIARY            the diary's fingerprint, to write down or send to someone\n"
        "  backup DIARY [--to FOLDER]   an encrypted backup now (same password), checked; keeps the newest 7\n"
        "  restore DIARY [BACKUP]       put back the newest good backup (or BACKUP); the replaced file is kept aside\n"
        "  copy DIARY NEWFILE           a copy under a different password, for someone you trust or a safe place\n"
        "  demo DIARY [--incidents N] [--seed S]   a new diary full of fictional data, for trying things\n"
        "\n"
        "Evidence files (exhibits, numbered like JS/1):\n"
        "  attach DIARY ID FILE... [--how KIND] [--description TEXT]   keep files as exhibits of an incident\n"
        "  exhibits DIARY [--incident ID] [--include-deleted]          the exhibits: number, size, type, name, "
        "incidents\n"
        "  exhibit DIARY EXHIBIT                                       one exhibit in full: SHA-256, camera data, "
        "incidents\n"
        "  extract DIARY EXHIBIT OUTFILE                               write its original bytes to a new file, "
        "verified\n"
        "  link DIARY EXHIBIT ID                                       an exhibit also belongs to another incident\n"
        "  detach DIARY EXHIBIT ID --reason TEXT                       it no longer belongs to that incident\n"
        "  exhibit-delete DIARY EXHIBIT --reason TEXT                  delete an exhibit that belongs to no incident\n"
        "  initials DIARY [NEW]                                        show or change the initials of new exhibit "
        "numbers\n"
        "\n"
        "Seeing the pattern:\n"
        "  insights DIARY [--from DATE] [--to DATE]   warning signs with their incidents, incidents per week and by "
        "hour\n"
        "  screening DIARY [--answer CODE=yes|no|dont-know] [--note TEXT] [--history CODE]   the risk screening "
        "questions\n"
        "\n"
        "Evidence for police:\n"
        "  export-pdf DIARY OUT.pdf [filters]      the PDF timeline of the chosen incidents\n"
        "  export-bundle DIARY OUT.zip [filters]   a signed zip: PDF, original exhibits, CSV, JSON, SHA256SUMS, "
        "README\n"
        "  verify BUNDLE.zip                       check a bundle's hashes, signature and file list (exit 0 when "
        "all hold)\n"
        "\n"
        "Messages and calls from phone exports (the export file is kept as an exhibit):\n"
        "  import DIARY --format FORMAT FILE [--from WHO] [--group day] [--dry-run]   a WhatsApp chat (whatsapp), "
        "SMS\n"
        "      Backup & Restore messages (sms-backup) or calls (calls): one incident per message or call\n"
        "\n"
        "ID is an incident's number from 'list' (12 or #12), its id, or the first 6+ characters of the id.\n"
        "EXHIBIT is an exhibit's number (JS/3 or 3), its id, or an id prefix.\n"
        "--json on commands that print records gives the stable JSON described in docs/cli-json.md.\n"
        "\n"
        "Passwords come from --password-file FILE (first line), else DAYMARK_PASSWORD, else a prompt.\n"
        "passwd takes the new one from --new-password-file FILE, else DAYMARK_NEW_PASSWORD, else a prompt.\n"
        "'daymark-cli COMMAND --help' describes a command.\n"
        "\n"
        "Exit codes: 0 success, 1 failure, 2 wrong usage or bad input (including a record that does not exist;\n"
        "nothing is written), 3 wrong password or not a diary, 4 diary damaged or bundle not verified, 5 file or\n"
        "disk problem, 6 crypto self-test failed.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    hardenProcess(); // no core dump of a process that may hold a password or diary text
    // Exports lay out text for the PDF, which needs a QGuiApplication; without a display it runs offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && needsGuiApplication(argv[1])) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("daymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAYMARK_VERSION));
    language::install(QString()); // the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), where translated
    CliContext context;
    const QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        context.out() << usage();
        return kOk;
    }
    if (first == QLatin1String("--version")) {
        context.out() << "daymark-cli " << QCoreApplication::applicationVersion() << " (Qt " << qVersion() << ", Botan "
                      << Botan::short_version_cstr() << ")\n";
        return kOk;
    }
    try {
        crypto::runCryptoSelfTest();
    } catch (const Error& e) {
        return context.fail(e);
    }
    const auto found = commands().find(first);
    if (found == commands().end()) {
        context.err()
            << (first.isEmpty()
                    ? QCoreApplication::translate("daymark::cli", "daymark-cli: no command given.")
                    : QCoreApplication::translate("daymark::cli", "daymark-cli: unknown command '%1'.").arg(first))
            << "\n\n"
            << usage();
        return kUsage;
    }
    try {
        return found->second(context, args.mid(1));
    } catch (const UsageError& e) {
        context.err()
            << "daymark-cli: " << e.message << '\n'
            << QCoreApplication::translate("daymark::cli", "Run 'daymark-cli %1 --help' for usage.").arg(first) << '\n';
        return kUsage;
    } catch (const Error& e) {
        return context.fail(e);
    } catch (const std::exception& e) {
        context.err() << "daymark-cli: " << QString::fromLocal8Bit(e.what()) << '\n';
        return kFailure;
    }
}
