// Every SQLCipher setting a diary depends on, set explicitly and read back, so a file never depends on a
// library version's defaults: SQLCipher 3.4.1 (Debian 12) and 4.x (compatibility 3) read and write the same bytes.
#pragma once

#include "crypto/SecureBytes.h"
#include "vault/KdfHeader.h"

#include <vector>

namespace daymark::vault {

class SqlConnection;

struct CipherSettings
{
    static constexpr int kPageSize = 4096;
    static constexpr int kKdfIter = 64000; // unused with a raw key, pinned anyway
    static constexpr int kFastKdfIter = 2; // derives the HMAC key from the raw key
    static constexpr int kHmacSaltMask = 0x3a;
    static constexpr int kReserveBytes = 48; // 16-byte IV + 20-byte HMAC-SHA1, rounded up to the AES block
    static constexpr int kHmacBytes = 20;
    static constexpr int kIvBytes = 16;

    // Keys the connection's `schema` with the raw 256-bit key and the file's salt, pins every setting and checks the
    // values that come back. Throws Error(Internal) when this SQLCipher does not accept them.
    static void apply(SqlConnection& connection, const crypto::SecureBytes& key, const FileSalt& salt);
    // Attaches a new, empty file as schema `rekey` with the same settings under a new key and salt.
    static void attachNew(SqlConnection& connection, const QString& path, const crypto::SecureBytes& key,
                          const FileSalt& salt);

    // "x'<64 hex key><32 hex salt>'", the raw-key form SQLCipher accepts, in wiped memory.
    static crypto::SecureBytes rawKeySpec(const crypto::SecureBytes& key, const FileSalt& salt);
    static int majorVersion(SqlConnection& connection);
    // The settings apply() pins after the key, as "name = value" for a PRAGMA, for SQLCipher of this major version
    // (also what the tests give the sqlcipher shell).
    static std::vector<const char*> pinningPragmas(int major);
};

} // namespace daymark::vault
