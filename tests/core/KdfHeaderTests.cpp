// Tests for vault/KdfHeader: the salt that carries the Argon2id settings without a plaintext marker.
#include "Catch.h"

#include "vault/KdfHeader.h"

using namespace daymark;
using namespace daymark::vault;

TEST_CASE("a generated header decodes back to the same settings")
{
    for (const auto params : {crypto::KdfParams::recommended(), crypto::KdfParams{65536, 1, 1},
                              crypto::KdfParams{8, 1, 1}, crypto::KdfParams{1024 * 1024, 16, 16}}) {
        const auto header = KdfHeader::generate(params);
        const auto decoded = KdfHeader::decode(header.salt);
        REQUIRE(decoded);
        CHECK(decoded->params == params);
        CHECK(decoded->salt == header.salt);
    }
}

TEST_CASE("two headers with the same settings differ in all their random bytes")
{
    const auto a = KdfHeader::generate(crypto::KdfParams::recommended());
    const auto b = KdfHeader::generate(crypto::KdfParams::recommended());
    CHECK(a.salt != b.salt);
    // The settings bytes are masked per file, so even they do not repeat as a recognisable marker.
    int sameTail = 0;
    for (int i = 0; i < 50; ++i) {
        const auto c = KdfHeader::generate(crypto::KdfParams::recommended());
        sameTail += (c.salt[12] == a.salt[12] && c.salt[13] == a.salt[13] && c.salt[14] == a.salt[14]);
    }
    CHECK(sameTail < 3);
}

TEST_CASE("settings that cannot be represented are refused")
{
    CHECK_THROWS(KdfHeader::generate({100000, 3, 1})); // not a power of two
    CHECK_THROWS(KdfHeader::generate({65536, 0, 1}));
    CHECK_THROWS(KdfHeader::generate({65536, 3, 0}));
    CHECK_THROWS(KdfHeader::generate({65536, 65, 1}));
}

TEST_CASE("random and plaintext-SQLite headers almost never decode")
{
    const FileSalt sqlite{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0};
    CHECK_FALSE(KdfHeader::decode(sqlite));
    FileSalt zeros{};
    CHECK_FALSE(KdfHeader::decode(zeros));
    int decoded = 0;
    std::uint32_t state = 12345;
    for (int i = 0; i < 20000; ++i) {
        FileSalt bytes{};
        for (auto& b : bytes) {
            state = state * 1664525u + 1013904223u;
            b = static_cast<std::uint8_t>(state >> 24);
        }
        decoded += KdfHeader::decode(bytes).has_value();
    }
    CHECK(decoded <= 2);
}
