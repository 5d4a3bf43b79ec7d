// An Ed25519 signing key (the diary's signature identity) and signature verification.
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <memory>

namespace daymark::crypto {

class Ed25519Key
{
public:
    static Ed25519Key generate();
    static Ed25519Key fromSeed(const SecureBytes& seed32);
    ~Ed25519Key();
    Ed25519Key(Ed25519Key&&) noexcept;
    Ed25519Key& operator=(Ed25519Key&&) noexcept;

    SecureBytes seed() const;                         // 32 bytes: store only inside the encrypted diary
    QByteArray publicKey() const;                     // 32 raw bytes
    QByteArray publicKeyPem() const;                  // SubjectPublicKeyInfo, as `openssl pkeyutl -verify` reads it
    QByteArray sign(const QByteArray& message) const; // 64-byte raw signature

    static bool verify(const QByteArray& publicKey32, const QByteArray& message, const QByteArray& signature);

private:
    struct Impl;
    explicit Ed25519Key(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace daymark::crypto
