// SHA-256, incremental for streamed files and one-shot for small buffers.
#pragma once

#include <QByteArray>
#include <array>
#include <cstdint>
#include <memory>
#include <span>

namespace Botan {
class HashFunction;
}

namespace daymark::crypto {

using Digest = std::array<std::uint8_t, 32>;

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::span<const std::uint8_t> bytes);
    void update(const QByteArray& bytes);
    Digest finish(); // resets, ready for new input

    static Digest of(std::span<const std::uint8_t> bytes);
    static Digest of(const QByteArray& bytes);
    static QByteArray hexOf(const QByteArray& bytes);

private:
    std::unique_ptr<Botan::HashFunction> m_hash;
};

} // namespace daymark::crypto
