// Known-answer vectors: SHA-256 (FIPS 180-2 "abc"), Argon2id (reference implementation's CLI), Ed25519 (RFC 8032).
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

void testSha256()
{
    if (Sha256::hexOf(QByteArrayLiteral("abc")) !=
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        fail("SHA-256");
}

void testArgon2id()
{
    // echo -n password | argon2 somesaltsomesalt -id -t 2 -k 64 -p 1 -l 32 -r
    const QByteArray salt = QByteArrayLiteral("somesaltsomesalt");
    const auto key = deriveKey(secureUtf8(QStringLiteral("password")),
                               {reinterpret_cast<const std::uint8_t*>(salt.constData()), size_t(salt.size())},
                               KdfParams{64, 2, 1});
    if (toHex(key) != "1a98fba8e6394425c9bdc333a9c750aaf811df070f5fb4a5788e1cf4db5793a1")
        fail("Argon2id");
}

void testEd25519()
{
    // RFC 8032, section 7.1, TEST 1 (empty message).
    const QByteArray seed = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray pub = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray sig = unhex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
                                 "39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    const auto key =
        Ed25519Key::fromSeed(secureBytes({reinterpret_cast<const std::uint8_t*>(seed.constData()), 32}));
    if (key.publicKey() != pub || key.sign(QByteArray()) != sig || !Ed25519Key::verify(pub, QByteArray(), sig))
        fail("Ed25519");
    QByteArray tampered = sig;
    tampered[0] = char(tampered[0] ^ 1);
    if (Ed25519Key::verify(pub, QByteArray(), tampered))
        fail("Ed25519");
}

} // namespace

void runCryptoSelfTest()
{
    try {
        testSha256();
        testArgon2id();
        testEd25519();
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        fail("library error", QString::fromUtf8(e.what()));
    }
}

} // namespace daymark::crypto
