// Argon2id settings for turning a password into a diary key, and the floor below which Daymark refuses them.
#pragma once

#include <cstdint>

namespace daymark::crypto {

struct KdfParams
{
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;

    // 128 MiB, 3 passes: about 0.75 s on a 2-core machine, 0.3-0.6 s on an ordinary laptop.
    static KdfParams recommended() { return {128 * 1024, 3, 1}; }
    // Tiny settings for tests only; a diary made with them is refused unless insecure test mode is on.
    static KdfParams insecureForTests() { return {8, 1, 1}; }

    static constexpr std::uint32_t kFloorMemoryKiB = 64 * 1024;
    static constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024; // 1 GiB: a damaged header cannot demand more
    static constexpr std::uint32_t kMaxIterations = 16;
    static constexpr std::uint32_t kMaxParallelism = 16;
    // Argon2 needs at least 8 KiB of memory per lane.
    bool valid() const
    {
        return memoryKiB >= 8 * parallelism && memoryKiB <= kMaxMemoryKiB && iterations >= 1 &&
               iterations <= kMaxIterations && parallelism >= 1 && parallelism <= kMaxParallelism;
    }

    bool meetsFloor() const { return memoryKiB >= kFloorMemoryKiB && iterations >= 1 && parallelism >= 1; }
    bool operator==(const KdfParams&) const = default;
};

} // namespace daymark::crypto
