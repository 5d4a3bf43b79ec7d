// Small helpers every option parser of the CLI uses: options declared from C strings, and bad input reported as
// one sentence (Error::Kind::InvalidInput, exit code 2).
#pragma once

#include "common/Error.h"

#include <QCommandLineOption>
#include <QString>

namespace daymark::cli {

[[noreturn]] inline void invalid(const QString& message)
{
    throw Error(Error::Kind::InvalidInput, message);
}

inline QCommandLineOption valued(const char* name, const QString& help, const char* valueName)
{
    return QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName));
}

inline QCommandLineOption flag(const char* name, const QString& help)
{
    return QCommandLineOption(QLatin1String(name), help);
}

} // namespace daymark::cli
