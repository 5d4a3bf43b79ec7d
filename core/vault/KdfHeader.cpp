// Encoding of the Argon2id settings into the file salt; see KdfHeader.h.
#include "vault/KdfHeader.h"

#include "common/Error.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <QCoreApplication>
#include <bit>

namespace daymark::vault {
namespace {

constexpr std::uint8_t kFormatVersion = 1;
constexpr std::size_t kRandomPart = 12;

std::array<std::uint8_t, 4> maskFor(const FileSalt& salt)
{
    crypto::Sha256 h;
    h.update(QByteArrayLiteral("Daymark KDF header v1"));
    h.update(std::span<const std::uint8_t>(salt.data(), kRandomPart));
    const auto digest = h.finish();
    return {digest[0], digest[1], digest[2], digest[3]};
}

} // namespace

KdfHeader KdfHeader::generate(const crypto::KdfParams& params)
{
    const bool representable = std::has_single_bit(params.memoryKiB) && params.valid();
    if (!representable)
        throw Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("daymark::vault",
                                                "These key-derivation settings cannot be stored in a diary."));
    KdfHeader header;
    header.params = params;
    crypto::randomBytes(std::span<std::uint8_t>(header.salt.data(), kRandomPart));
    const auto mask = maskFor(header.salt);
    header.salt[12] = kFormatVersion ^ mask[0];
    header.salt[13] = static_cast<std::uint8_t>(std::countr_zero(params.memoryKiB)) ^ mask[1];
    header.salt[14] = static_cast<std::uint8_t>(params.iterations) ^ mask[2];
    header.salt[15] = static_cast<std::uint8_t>(params.parallelism) ^ mask[3];
    return header;
}

std::optional<KdfHeader> KdfHeader::decode(const FileSalt& bytes)
{
    const auto mask = maskFor(bytes);
    const unsigned version = bytes[12] ^ mask[0];
    const unsigned log2Memory = bytes[13] ^ mask[1];
    const unsigned iterations = bytes[14] ^ mask[2];
    const unsigned parallelism = bytes[15] ^ mask[3];
    if (version != kFormatVersion || log2Memory < 3 || log2Memory > 20)
        return std::nullopt;
    KdfHeader header;
    header.salt = bytes;
    header.params = {1u << log2Memory, iterations, parallelism};
    if (!header.params.valid())
        return std::nullopt;
    return header;
}

} // namespace daymark::vault
