// Tests for the crypto wrappers and the start-up self-test.
#include "Catch.h"

#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "crypto/CryptoSelfTest.h"
#include "crypto/Ed25519Key.h"
#include "crypto/Sha256.h"

using namespace daymark::crypto;

TEST_CASE("the crypto self-test passes on this system's libraries")
{
    CHECK_NOTHROW(runCryptoSelfTest());
}

TEST_CASE("a wrong known answer stops the self-test with a sentence naming the algorithm")
{
    const char* wrong = "0000000000000000000000000000000000000000000000000000000000000000";
    const std::pair<const char*, KnownAnswers> cases[] = {
        {"SHA-256", KnownAnswers{.sha256Abc = wrong}},
        {"Argon2id", KnownAnswers{.argon2id = wrong}},
        {"Ed25519", KnownAnswers{.ed25519Public = wrong}},
        {"Ed25519", KnownAnswers{.ed25519Signature = "00"}},
    };
    for (const auto& [algorithm, answers] : cases) {
        try {
            runCryptoSelfTest(answers);
            FAIL("the self-test accepted a wrong answer for " << algorithm);
        } catch (const daymark::Error& e) {
            CHECK(e.kind() == daymark::Error::Kind::SelfTestFailed);
            CHECK(e.message().contains(QLatin1String(algorithm)));
        }
    }
}

TEST_CASE("SHA-256 gives the same digest streamed and in one piece")
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data.append(char(i * 7));
    Sha256 streamed;
    for (qsizetype at = 0; at < data.size(); at += 4096)
        streamed.update(data.mid(at, 4096));
    CHECK(toHex(streamed.finish()) == toHex(Sha256::of(data)));
    CHECK(Sha256::hexOf(QByteArray()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("Argon2id depends on every input")
{
    const QByteArray salt1 = QByteArrayLiteral("0123456789abcdef");
    const QByteArray salt2 = QByteArrayLiteral("0123456789abcdeg");
    auto span = [](const QByteArray& b) {
        return std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(b.constData()), size_t(b.size()));
    };
    const KdfParams p{64, 1, 1};
    const auto base = deriveKey(secureUtf8(QStringLiteral("pw")), span(salt1), p);
    CHECK(base.size() == 32);
    CHECK(deriveKey(secureUtf8(QStringLiteral("pw")), span(salt1), p) == base);
    CHECK(deriveKey(secureUtf8(QStringLiteral("pW")), span(salt1), p) != base);
    CHECK(deriveKey(secureUtf8(QStringLiteral("pw")), span(salt2), p) != base);
    CHECK(deriveKey(secureUtf8(QStringLiteral("pw")), span(salt1), KdfParams{64, 2, 1}) != base);
    CHECK(deriveKey(secureUtf8(QStringLiteral("pw")), span(salt1), KdfParams{128, 1, 1}) != base);
    CHECK_THROWS(deriveKey(secureUtf8(QStringLiteral("pw")), span(salt1), KdfParams{8 * 1024 * 1024, 1, 1}));
}

TEST_CASE("an Ed25519 signature verifies only for its message and key")
{
    const auto key = Ed25519Key::generate();
    const QByteArray message = QByteArrayLiteral("manifest contents");
    const QByteArray signature = key.sign(message);
    CHECK(signature.size() == 64);
    CHECK(Ed25519Key::verify(key.publicKey(), message, signature));
    CHECK_FALSE(Ed25519Key::verify(key.publicKey(), QByteArrayLiteral("manifest contentz"), signature));
    CHECK_FALSE(Ed25519Key::verify(Ed25519Key::generate().publicKey(), message, signature));
    const auto again = Ed25519Key::fromSeed(key.seed());
    CHECK(again.publicKey() == key.publicKey());
    CHECK(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
}
