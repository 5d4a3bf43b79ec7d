// Helpers for tests that need diary files: a temporary folder and fast (insecure, test-only) key derivation.
#pragma once

#include "crypto/SecureBytes.h"
#include "vault/VaultOptions.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace daymark::test {

// Tiny Argon2id settings; Vault prints a warning each time they are used. Never used outside tests.
inline vault::VaultOptions fastOptions()
{
    vault::VaultOptions options;
    options.kdf = crypto::KdfParams::insecureForTests();
    options.kdfFloor = vault::KdfFloor::AllowInsecureForTestsOnly;
    return options;
}

inline crypto::SecureBytes pw(const char* text)
{
    return crypto::secureUtf8(QString::fromUtf8(text));
}

// Runs SQL on a diary through the standard sqlcipher shell with the key derived from the password: the way someone
// who knows the password could edit the file behind Daymark's back. Returns the shell's standard output.
QString sqlcipherShell(const QString& path, const char* password, const QByteArray& sql);

QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace daymark::test
