// SHA-256 through Botan.
#include "crypto/Sha256.h"

#include "crypto/SecureBytes.h"

#include <botan/hash.h>

namespace daymark::crypto {

Sha256::Sha256() : m_hash(Botan::HashFunction::create_or_throw("SHA-256")) {}
Sha256::~Sha256() = default;

void Sha256::update(std::span<const std::uint8_t> bytes)
{
    m_hash->update(bytes.data(), bytes.size());
}

void Sha256::update(const QByteArray& bytes)
{
    m_hash->update(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
}

Digest Sha256::finish()
{
    Digest out{};
    m_hash->final(out.data());
    return out;
}

Digest Sha256::of(std::span<const std::uint8_t> bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.finish();
}

Digest Sha256::of(const QByteArray& bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.finish();
}

QByteArray Sha256::hexOf(const QByteArray& bytes)
{
    return toHex(of(bytes));
}

} // namespace daymark::crypto
