// What every daymark-cli command shares: output streams, argument parsing, password input and vault options.
#pragma once

#include "PasswordSource.h"
#include "vault/VaultOptions.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace daymark {
class Error;
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
    // --password-file, or DAYMARK_PASSWORD, or a prompt.
    crypto::SecureBytes password(const QCommandLineParser& parser, const QString& diary, bool confirm = false);
    static QCommandLineOption passwordFileOption();

    // Options for opening and creating diaries; DAYMARK_INSECURE_TEST_KDF=1 (tests only) allows tiny KDF settings.
    vault::VaultOptions vaultOptions() const;

    int fail(const Error& error);

private:
    QTextStream m_out;
    QTextStream m_err;
};

using Command = int (*)(CliContext&, const QStringList&);
int runCreate(CliContext& context, const QStringList& arguments);
int runCheck(CliContext& context, const QStringList& arguments);
int runPasswd(CliContext& context, const QStringList& arguments);

} // namespace daymark::cli
