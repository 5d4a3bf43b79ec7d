// What every daymark-cli command shares: output streams, argument parsing, password input and vault options.
#pragma once

#include "PasswordSource.h"
#include "vault/VaultOptions.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace daymark {
class Error;
}
namespace daymark::diary {
class Diary;
}

namespace daymark::cli {

class CliContext
{
public:
    CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Parses a command's arguments (`arguments` starts with the command name). Throws UsageError when they are
    // wrong, and when there are not exactly `positionals` positional arguments.
    void parse(QCommandLineParser& parser, const QStringList& arguments, int positionals);
    // The same for commands that take a varying number of positional arguments (`most` < 0: no upper limit).
    void parse(QCommandLineParser& parser, const QStringList& arguments, int least, int most);
    // --password-file, or DAYMARK_PASSWORD, or a prompt.
    crypto::SecureBytes password(const QCommandLineParser& parser, const QString& diary, bool confirm = false);
    static QCommandLineOption passwordFileOption();
    // The parser's help, its usage line naming "daymark-cli COMMAND" rather than the program's path.
    static QString helpText(const QCommandLineParser& parser, const QString& command);

    // Options for opening and creating diaries; DAYMARK_INSECURE_TEST_KDF=1 (tests only) allows tiny KDF settings.
    vault::VaultOptions vaultOptions() const;
    // Opens DIARY with the password from --password-file, DAYMARK_PASSWORD or a prompt. Commands that only read
    // open it read-only, so they never change the file.
    std::unique_ptr<diary::Diary> openDiary(const QCommandLineParser& parser, const QString& path, bool readOnly);

    // --json, shared by every command that prints records.
    static QCommandLineOption jsonOption();
    // Prints an object or array as indented UTF-8 JSON followed by a newline.
    void printJson(const QJsonValue& value);

    int fail(const Error& error);

private:
    QTextStream m_out;
    QTextStream m_err;
};

using Command = int (*)(CliContext&, const QStringList&);
int runCreate(CliContext& context, const QStringList& arguments);
int runCheck(CliContext& context, const QStringList& arguments);
int runPasswd(CliContext& context, const QStringList& arguments);
int runAdd(CliContext& context, const QStringList& arguments);
int runAmend(CliContext& context, const QStringList& arguments);
int runDelete(CliContext& context, const QStringList& arguments);
int runRestore(CliContext& context, const QStringList& arguments);
int runShow(CliContext& context, const QStringList& arguments);
int runHistory(CliContext& context, const QStringList& arguments);
int runList(CliContext& context, const QStringList& arguments);
int runSearch(CliContext& context, const QStringList& arguments);
int runPeople(CliContext& context, const QStringList& arguments);
int runOrders(CliContext& context, const QStringList& arguments);
int runFingerprint(CliContext& context, const QStringList& arguments);
int runDemo(CliContext& context, const QStringList& arguments);
int runAttach(CliContext& context, const QStringList& arguments);
int runLink(CliContext& context, const QStringList& arguments);
int runDetach(CliContext& context, const QStringList& arguments);
int runExhibits(CliContext& context, const QStringList& arguments);
int runExhibit(CliContext& context, const QStringList& arguments);
int runExhibitDelete(CliContext& context, const QStringList& arguments);
int runExtract(CliContext& context, const QStringList& arguments);
int runInitials(CliContext& context, const QStringList& arguments);

} // namespace daymark::cli
