// Shared plumbing for daymark-cli commands.
#include "CliContext.h"

#include "BackupCommands.h"
#include "ExitCodes.h"
#include "common/Error.h"
#include "diary/Diary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>

namespace daymark::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

void CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, int positionals)
{
    parse(parser, arguments, positionals, positionals);
}

void CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, int least, int most)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("daymark::cli", "Show help for this command."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        throw UsageError{parser.errorText()};
    if (parser.isSet(help)) {
        m_out << helpText(parser, arguments.value(0));
        m_out.flush();
        std::exit(kOk);
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < least || (most >= 0 && given > most))
        throw UsageError{
            QCoreApplication::translate("daymark::cli", "Wrong number of arguments for '%1'.").arg(arguments.value(0))};
}

QString CliContext::helpText(const QCommandLineParser& parser, const QString& command)
{
    // Qt names the program by the path it was started with; people type "daymark-cli COMMAND".
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), QStringLiteral("daymark-cli ") + command);
    return text;
}

QCommandLineOption CliContext::passwordFileOption()
{
    return QCommandLineOption(
        QStringLiteral("password-file"),
        QCoreApplication::translate("daymark::cli", "Read the password from the first line of FILE."),
        QStringLiteral("FILE"));
}

crypto::SecureBytes CliContext::password(const QCommandLineParser& parser, const QString& diary, bool confirm)
{
    return readPassword({parser.value(QStringLiteral("password-file")), "DAYMARK_PASSWORD",
                         QCoreApplication::translate("daymark::cli", "Password for %1: ").arg(diary), confirm});
}

vault::VaultOptions CliContext::vaultOptions() const
{
    vault::VaultOptions options;
    if (qEnvironmentVariableIntValue("DAYMARK_INSECURE_TEST_KDF") == 1) {
        options.kdf = crypto::KdfParams::insecureForTests();
        options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    }
    return options;
}

std::unique_ptr<diary::Diary> CliContext::openDiary(const QCommandLineParser& parser, const QString& path,
                                                    bool readOnly)
{
    const auto secret = password(parser, path);
    auto options = vaultOptions();
    options.readOnly = readOnly;
    try {
        return diary::Diary::open(path, secret, options);
    } catch (const Error& error) {
        throw withRestoreHint(error, path);
    }
}

QCommandLineOption CliContext::jsonOption()
{
    return QCommandLineOption(
        QStringLiteral("json"),
        QCoreApplication::translate("daymark::cli", "Print JSON (the stable schema in docs/cli-json.md)."));
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const Error& error)
{
    m_err << QCoreApplication::applicationName() << ": " << error.message() << '\n';
    if (qEnvironmentVariableIsSet("DAYMARK_VERBOSE") && !error.detail().isEmpty())
        m_err << "  (" << error.detail() << ")\n";
    m_err.flush();
    return exitCodeFor(error.kind());
}

} // namespace daymark::cli
