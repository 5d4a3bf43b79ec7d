// Argon2id key derivation (Botan): password + salt + settings -> 256-bit key.
#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"

namespace daymark::crypto {

// Throws Error(InvalidInput) for settings outside the supported range. Takes ~KDF time; call off the UI thread.
SecureBytes deriveKey(const SecureBytes& password, std::span<const std::uint8_t> salt, const KdfParams& params,
                      std::size_t keyLength = 32);

} // namespace daymark::crypto
