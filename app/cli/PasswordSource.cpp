// Password input for the command line; the terminal prompt turns echo off with termios.
#include "PasswordSource.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace daymark::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::cli", text);
}

crypto::SecureBytes firstLine(const char* data, size_t size)
{
    size_t end = 0;
    while (end < size && data[end] != '\n' && data[end] != '\r')
        ++end;
    return crypto::SecureBytes(data, data + end);
}

crypto::SecureBytes fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::InvalidInput,
                    tr("The password file %1 could not be read: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.read(64 * 1024);
    auto line = firstLine(bytes.constData(), static_cast<size_t>(bytes.size()));
    crypto::wipe(bytes);
    return line;
}

crypto::SecureBytes promptOnce(const QString& prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    crypto::SecureBytes buffer(1024);
    const bool got = std::fgets(reinterpret_cast<char*>(buffer.data()), static_cast<int>(buffer.size()), stdin);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    if (!got)
        return {};
    return firstLine(reinterpret_cast<const char*>(buffer.data()), std::strlen(reinterpret_cast<char*>(buffer.data())));
}

} // namespace

crypto::SecureBytes readPassword(const PasswordSource& source)
{
    crypto::SecureBytes password;
    if (!source.file.isEmpty()) {
        password = fromFile(source.file);
    } else if (const char* env = std::getenv(source.envName); env != nullptr) {
        password = crypto::SecureBytes(env, env + std::strlen(env));
    } else if (isatty(STDIN_FILENO)) {
        password = promptOnce(source.prompt);
        if (source.confirm && !password.empty() && promptOnce(tr("Type it again: ")) != password)
            throw Error(Error::Kind::InvalidInput, tr("The two passwords are different. Nothing was changed."));
    } else {
        throw UsageError{tr("No password given: use --password-file FILE or set %1, or run in a terminal to be "
                            "asked.")
                             .arg(QLatin1String(source.envName))};
    }
    if (password.empty())
        throw Error(Error::Kind::InvalidInput, tr("The password is empty. Nothing was changed."));
    return password;
}

} // namespace daymark::cli
