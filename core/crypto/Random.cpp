// Random bytes through Botan's system RNG (getrandom on Linux).
#include "crypto/Random.h"

#include <botan/system_rng.h>

namespace daymark::crypto {

void randomBytes(std::span<std::uint8_t> out)
{
    Botan::system_rng().randomize(out.data(), out.size());
}

} // namespace daymark::crypto
