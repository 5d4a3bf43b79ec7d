// Argon2id through Botan's PasswordHash interface (available in Botan 2.19 and 3).
#include "crypto/Argon2Kdf.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <botan/pwdhash.h>

namespace daymark::crypto {

SecureBytes deriveKey(const SecureBytes& password, std::span<const std::uint8_t> salt, const KdfParams& params,
                      std::size_t keyLength)
{
    if (!params.valid())
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::crypto", "The key-derivation settings are out of range."));
    SecureBytes key(keyLength);
    try {
        auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
        auto hash = family->from_params(params.memoryKiB, params.iterations, params.parallelism);
        hash->derive_key(key.data(), key.size(), reinterpret_cast<const char*>(password.data()), password.size(),
                         salt.data(), salt.size());
    } catch (const std::bad_alloc&) {
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("daymark::crypto", "There is not enough free memory to unlock the "
                                                                   "diary. Close other programs and try again."));
    } catch (const std::exception& e) {
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::crypto", "The key-derivation settings are out of range."),
                    QString::fromUtf8(e.what()));
    }
    return key;
}

} // namespace daymark::crypto
