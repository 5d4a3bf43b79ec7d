// The background hasher gives the same digest as the plain one, whatever the chunk sizes and queue pressure.
#include "crypto/BackgroundSha256.h"
#include "crypto/Sha256.h"

#include "Catch.h"

#include <QRandomGenerator>

using daymark::crypto::BackgroundSha256;
using daymark::crypto::Sha256;

TEST_CASE("background SHA-256 equals SHA-256 of the same bytes in the same order", "[crypto]")
{
    QRandomGenerator random(42);
    for (const int chunks : {0, 1, 3, 50}) {
        BackgroundSha256 background;
        Sha256 plain;
        for (int i = 0; i < chunks; ++i) {
            QByteArray chunk(int(random.bounded(1, 200000)), '\0');
            for (char& c : chunk)
                c = char(random.bounded(256));
            background.update(chunk);
            plain.update(chunk);
        }
        INFO(chunks << " chunks");
        CHECK(background.finish() == plain.finish());
    }
}

TEST_CASE("background SHA-256 of nothing is the empty-string digest, and an unfinished one stops cleanly", "[crypto]")
{
    BackgroundSha256 empty;
    CHECK(empty.finish() == Sha256::of(QByteArray()));
    auto abandoned = std::make_unique<BackgroundSha256>();
    abandoned->update(QByteArray(1 << 20, 'x'));
    abandoned.reset(); // must not hang or crash
    SUCCEED();
}
