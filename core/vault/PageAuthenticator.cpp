// SQLCipher 3-format page authentication: HMAC-SHA1 over (ciphertext || IV || page number, little-endian), keyed by
// PBKDF2-HMAC-SHA1(raw key, salt XOR 0x3a, 2 iterations). Page 1's first 16 bytes are the salt and not covered.
#include "vault/PageAuthenticator.h"

#include "common/Error.h"
#include "vault/CipherSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <botan/mac.h>
#include <botan/mem_ops.h>
#include <botan/pwdhash.h>

namespace daymark::vault {

PageAuthenticator::PageAuthenticator(const crypto::SecureBytes& key, const FileSalt& salt) : m_hmacKey(32)
{
    FileSalt hmacSalt = salt;
    for (auto& b : hmacSalt)
        b ^= CipherSettings::kHmacSaltMask;
    auto pbkdf2 =
        Botan::PasswordHashFamily::create_or_throw("PBKDF2(SHA-1)")->from_iterations(CipherSettings::kFastKdfIter);
    pbkdf2->derive_key(m_hmacKey.data(), m_hmacKey.size(), reinterpret_cast<const char*>(key.data()), key.size(),
                       hmacSalt.data(), hmacSalt.size());
}

PageAuthenticator::~PageAuthenticator() = default;

PageScan PageAuthenticator::scan(const QString& path, qint64 maxPages) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("daymark::vault", "The diary file could not be read: %1.")
                        .arg(file.errorString()));
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-1)");
    mac->set_key(m_hmacKey);
    constexpr int kPage = CipherSettings::kPageSize;
    constexpr int kUsable = kPage - CipherSettings::kReserveBytes;
    crypto::SecureBytes page(kPage);
    PageScan result;
    for (qint64 pgno = 1; maxPages == 0 || pgno <= maxPages; ++pgno) {
        const qint64 got = file.read(reinterpret_cast<char*>(page.data()), kPage);
        if (got < 0)
            throw Error(Error::Kind::Io,
                        QCoreApplication::translate("daymark::vault", "The diary file could not be read: %1.")
                            .arg(file.errorString()));
        if (got == 0)
            break;
        if (got < kPage) {
            result.partialPage = true;
            break;
        }
        result.pageCount = pgno;
        const int offset = pgno == 1 ? 16 : 0;
        mac->update(page.data() + offset, kUsable + CipherSettings::kIvBytes - offset);
        const std::uint32_t number = static_cast<std::uint32_t>(pgno);
        const std::uint8_t le[4] = {std::uint8_t(number), std::uint8_t(number >> 8), std::uint8_t(number >> 16),
                                    std::uint8_t(number >> 24)};
        mac->update(le, sizeof le);
        const auto tag = mac->final();
        if (!Botan::constant_time_compare(tag.data(), page.data() + kUsable + CipherSettings::kIvBytes,
                                          CipherSettings::kHmacBytes))
            result.badPages.push_back(pgno);
    }
    return result;
}

} // namespace daymark::vault
