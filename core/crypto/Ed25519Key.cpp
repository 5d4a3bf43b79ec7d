// Ed25519 through Botan ("Pure" Ed25519, as RFC 8032 and OpenSSL use it).
#include "crypto/Ed25519Key.h"

#include "crypto/Random.h"

#include <botan/ed25519.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>
#include <botan/x509_key.h>

namespace daymark::crypto {

struct Ed25519Key::Impl
{
    explicit Impl(const SecureBytes& seed) : key(seed) {}
    Botan::Ed25519_PrivateKey key;
};

Ed25519Key::Ed25519Key(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key&&) noexcept = default;
Ed25519Key& Ed25519Key::operator=(Ed25519Key&&) noexcept = default;

Ed25519Key Ed25519Key::generate()
{
    SecureBytes seed(32);
    randomBytes(seed);
    return fromSeed(seed);
}

Ed25519Key Ed25519Key::fromSeed(const SecureBytes& seed32)
{
    return Ed25519Key(std::make_unique<Impl>(seed32));
}

SecureBytes Ed25519Key::seed() const
{
#if BOTAN_VERSION_MAJOR >= 3
    const auto full = m_impl->key.raw_private_key_bits(); // seed || public key
#else
    const auto& full = m_impl->key.get_private_key(); // seed || public key; Botan 3 deprecates it
#endif
    return SecureBytes(full.begin(), full.begin() + 32);
}

QByteArray Ed25519Key::publicKey() const
{
    const auto& pub = m_impl->key.get_public_key();
    return QByteArray(reinterpret_cast<const char*>(pub.data()), static_cast<qsizetype>(pub.size()));
}

QByteArray Ed25519Key::publicKeyPem() const
{
    return QByteArray::fromStdString(Botan::X509::PEM_encode(m_impl->key));
}

QByteArray Ed25519Key::sign(const QByteArray& message) const
{
    Botan::PK_Signer signer(m_impl->key, Botan::system_rng(), "Pure");
    auto sig = signer.sign_message(reinterpret_cast<const std::uint8_t*>(message.constData()),
                                   static_cast<size_t>(message.size()), Botan::system_rng());
    return QByteArray(reinterpret_cast<const char*>(sig.data()), static_cast<qsizetype>(sig.size()));
}

bool Ed25519Key::verify(const QByteArray& publicKey32, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey32.size() != 32 || signature.size() != 64)
        return false;
    std::vector<std::uint8_t> pub(publicKey32.begin(), publicKey32.end());
    Botan::Ed25519_PublicKey key(pub);
    Botan::PK_Verifier verifier(key, "Pure");
    return verifier.verify_message(
        reinterpret_cast<const std::uint8_t*>(message.constData()), static_cast<size_t>(message.size()),
        reinterpret_cast<const std::uint8_t*>(signature.constData()), static_cast<size_t>(signature.size()));
}

} // namespace daymark::crypto
