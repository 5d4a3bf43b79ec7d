// The first 16 bytes of a diary file: SQLCipher's salt, which also carries the Argon2id settings, masked so the
// file has no recognisable plaintext marker.
//
// Layout: bytes 0-11 random; bytes 12-15 = (format, log2 memory KiB, iterations, parallelism) XOR the first four
// bytes of SHA-256("Daymark KDF header v1" || bytes 0-11). All 16 bytes are both the Argon2id salt and the
// SQLCipher salt. Random data decodes to valid settings with a chance of about 1 in 200,000.
#pragma once

#include "crypto/KdfParams.h"

#include <array>
#include <cstdint>
#include <optional>

namespace daymark::vault {

using FileSalt = std::array<std::uint8_t, 16>;

struct KdfHeader
{
    FileSalt salt{};
    crypto::KdfParams params;

    // Fresh random salt carrying `params`; memory must be a power of two KiB.
    static KdfHeader generate(const crypto::KdfParams& params);
    // nullopt when the bytes do not carry settings Daymark could have written.
    static std::optional<KdfHeader> decode(const FileSalt& bytes);
};

} // namespace daymark::vault
