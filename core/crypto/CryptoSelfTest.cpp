// Known-answer tests against the vectors in CryptoSelfTest.h.
#include "crypto/CryptoSelfTest.h"

#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "crypto/Ed25519Key.h"
#include "crypto/Sha256.h"

#include <QCoreApplication>
#include <exception>

namespace daymark::crypto {
namespace {

QByteArray unhex(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

[[noreturn]] void fail(const char* algorithm, const QString& detail = {})
{
    throw Error(Error::Kind::SelfTestFailed,
                QCoreApplication::translate("daymark::crypto",
                                            "The encryption library on this computer gave a wrong answer in its "
                                            "self-test (%1), so Daymark will not run. Reinstall Daymark and its "
                                            "libraries, or ask for help.")
                    .arg(QLatin1String(algorithm)),
                detail);
}

void testSha256(const KnownAnswers& expected)
{
    if (Sha256::hexOf(QByteArrayLiteral("abc")) != expected.sha256Abc)
        fail("SHA-256");
}

void testArgon2id(const KnownAnswers& expected)
{
    const QByteArray salt = QByteArrayLiteral("somesaltsomesalt");
    const auto key =
        deriveKey(secureUtf8(QStringLiteral("password")),
                  {reinterpret_cast<const std::uint8_t*>(salt.constData()), size_t(salt.size())}, KdfParams{64, 2, 1});
    if (toHex(key) != expected.argon2id)
        fail("Argon2id");
}

void testEd25519(const KnownAnswers& expected)
{
    const QByteArray seed = unhex(expected.ed25519Seed);
    const QByteArray pub = unhex(expected.ed25519Public);
    const QByteArray sig = unhex(expected.ed25519Signature);
    if (seed.size() != 32)
        fail("Ed25519");
    const auto key = Ed25519Key::fromSeed(secureBytes({reinterpret_cast<const std::uint8_t*>(seed.constData()), 32}));
    if (key.publicKey() != pub || key.sign(QByteArray()) != sig || !Ed25519Key::verify(pub, QByteArray(), sig))
        fail("Ed25519");
    QByteArray tampered = sig;
    tampered[0] = char(tampered[0] ^ 1);
    if (Ed25519Key::verify(pub, QByteArray(), tampered))
        fail("Ed25519");
}

} // namespace

void runCryptoSelfTest(const KnownAnswers& expected)
{
    try {
        testSha256(expected);
        testArgon2id(expected);
        testEd25519(expected);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        fail("library error", QString::fromUtf8(e.what()));
    }
}

} // namespace daymark::crypto
