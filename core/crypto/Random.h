// Cryptographically secure random bytes from the system's generator.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace daymark::crypto {

void randomBytes(std::span<std::uint8_t> out);

} // namespace daymark::crypto
