// How a diary file is created or opened.
#pragma once

#include "crypto/KdfParams.h"

namespace daymark::vault {

// Key-derivation settings below the floor (64 MiB) are refused, unless a test explicitly asks for insecure ones.
// Production code never sets AllowInsecureForTestsOnly; every use prints a warning.
enum class KdfFloor { Enforce, AllowInsecureForTestsOnly };

struct VaultOptions
{
    crypto::KdfParams kdf = crypto::KdfParams::recommended(); // for create and password change
    KdfFloor kdfFloor = KdfFloor::Enforce;
    bool readOnly = false; // open without ever writing to the file (check, verify, read-only media)
};

// Steps of a password change, reported to a test hook so crash tests can stop the process at each one.
enum class PasswordChangeStep { NewKeyDerived, TempCreated, Exported, Synced, Verified, Replaced };

} // namespace daymark::vault
