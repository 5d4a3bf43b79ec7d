// Argon2id through Botan's PasswordHash interface (available in Botan 2.19 and 3).
#include "crypto/Argon2Kdf.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <botan/pwdhash.h>

namespace daymark::crypto {

SecureBytes deriveKey(const SecureBytes& password, std::span<const std::uint8_t> salt, const KdfParams& params,
                      std::size_t keyLength)
{
    if (params.memoryKiB < 8 || params.memoryKiB > KdfParams::kMaxMemoryKiB || params.iterations < 1 ||
        params.iterations > KdfParams::kMaxIterations || params.parallelism < 1 ||
        params.parallelism > KdfParams::kMaxParallelism)
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::crypto", "The key-derivation settings are out of range."));
    auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    auto hash = family->from_params(params.memoryKiB, params.iterations, params.parallelism);
    SecureBytes key(keyLength);
    hash->derive_key(key.data(), key.size(), reinterpret_cast<const char*>(password.data()), password.size(),
                     salt.data(), salt.size());
    return key;
}

} // namespace daymark::crypto
