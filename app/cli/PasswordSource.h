// Where daymark-cli gets a password: --password-file (first line), else an environment variable, else a no-echo
// prompt on the terminal.
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace daymark::cli {

struct PasswordSource
{
    QString file;         // --password-file / --new-password-file
    const char* envName;  // DAYMARK_PASSWORD / DAYMARK_NEW_PASSWORD
    QString prompt;       // shown on the terminal
    bool confirm = false; // ask twice when prompting (new passwords)
};

// Throws UsageError when there is no source, Error(InvalidInput) for an empty password or an unreadable file.
crypto::SecureBytes readPassword(const PasswordSource& source);

struct UsageError
{
    QString message;
};

} // namespace daymark::cli
