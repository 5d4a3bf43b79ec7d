// Applying and verifying the pinned SQLCipher settings.
#include "vault/CipherSettings.h"

#include "common/Error.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"

#include <QCoreApplication>
#include <botan/hex.h>
#include <string>

namespace daymark::vault {
namespace {

using SecureString = std::basic_string<char, std::char_traits<char>, Botan::secure_allocator<char>>;

[[noreturn]] void settingRefused(const QString& detail)
{
    throw Error(Error::Kind::Internal,
                QCoreApplication::translate("daymark::vault",
                                            "The SQLCipher library on this computer does not accept the settings "
                                            "Daymark diaries use, so the diary was not opened. Install a supported "
                                            "SQLCipher (3.4 or 4.x)."),
                detail);
}

void expect(SqlConnection& connection, const char* pragma, const QString& wanted)
{
    const QString got = connection.queryString(pragma).trimmed().toLower();
    if (got != wanted)
        settingRefused(QStringLiteral("%1 returned '%2', expected '%3'").arg(QLatin1String(pragma), got, wanted));
}

void pinAndVerify(SqlConnection& connection, int major, const char* schema)
{
    auto sql = [schema](const char* body) {
        return QStringLiteral("PRAGMA %1.%2").arg(QLatin1String(schema), QLatin1String(body));
    };
    auto check = [&](const char* name, const QString& wanted) {
        expect(connection, sql(name).toUtf8().constData(), wanted);
    };
    for (const char* pragma : CipherSettings::pinningPragmas(major))
        connection.exec(sql(pragma).toUtf8().constData());

    check("cipher_page_size", QString::number(CipherSettings::kPageSize));
    check("kdf_iter", QString::number(CipherSettings::kKdfIter));
    check("fast_kdf_iter", QString::number(CipherSettings::kFastKdfIter));
    check("cipher_hmac_pgno", QStringLiteral("le"));
    check("cipher_hmac_salt_mask", QStringLiteral("3a"));
    if (major >= 4) {
        check("cipher_hmac_algorithm", QStringLiteral("hmac_sha1"));
        check("cipher_kdf_algorithm", QStringLiteral("pbkdf2_hmac_sha1"));
    } else {
        check("cipher_use_hmac", QStringLiteral("1"));
    }
}

} // namespace

std::vector<const char*> CipherSettings::pinningPragmas(int major)
{
    std::vector<const char*> pragmas;
    if (major >= 4)
        pragmas = {"cipher_compatibility = 3", "cipher_hmac_algorithm = HMAC_SHA1",
                   "cipher_kdf_algorithm = PBKDF2_HMAC_SHA1", "cipher_plaintext_header_size = 0"};
    else
        pragmas = {"cipher_use_hmac = ON"};
    for (const char* common : {"cipher_page_size = 4096", "kdf_iter = 64000", "fast_kdf_iter = 2",
                               "cipher_hmac_pgno = le", "cipher_hmac_salt_mask = \"x'3a'\""})
        pragmas.push_back(common);
    return pragmas;
}

crypto::SecureBytes CipherSettings::rawKeySpec(const crypto::SecureBytes& key, const FileSalt& salt)
{
    if (key.size() != 32)
        settingRefused(QStringLiteral("key length %1").arg(key.size()));
    SecureString hex = "x'";
    hex += Botan::hex_encode(key.data(), key.size()).c_str();
    hex += Botan::hex_encode(salt.data(), salt.size()).c_str();
    hex += "'";
    return crypto::SecureBytes(hex.begin(), hex.end());
}

int CipherSettings::majorVersion(SqlConnection& connection)
{
    const QString version = connection.queryString("PRAGMA cipher_version");
    if (version.isEmpty())
        settingRefused(QStringLiteral("PRAGMA cipher_version returned nothing: not SQLCipher"));
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

void CipherSettings::apply(SqlConnection& connection, const crypto::SecureBytes& key, const FileSalt& salt)
{
    const int major = majorVersion(connection);
    const auto spec = rawKeySpec(key, salt);
    SecureString pragma = "PRAGMA key = \"";
    pragma.append(reinterpret_cast<const char*>(spec.data()), spec.size());
    pragma += "\"";
    connection.exec(pragma.c_str());
    pinAndVerify(connection, major, "main");
    // SQLCipher 4.6 and later write warnings (a failed page check on a damaged file) to stderr, which a desktop
    // session may keep in its log; Daymark reports every failure itself. Older versions ignore the unknown pragma.
    if (major >= 4)
        connection.exec("PRAGMA cipher_log_level = NONE");
}

void CipherSettings::attachNew(SqlConnection& connection, const QString& path, const crypto::SecureBytes& key,
                               const FileSalt& salt)
{
    const int major = majorVersion(connection);
    const auto spec = rawKeySpec(key, salt);
    auto attach = connection.prepare("ATTACH DATABASE ?1 AS rekey KEY ?2");
    attach.bind(1, path);
    // fromRawData: no unwiped copy of the key on our side; SQLite copies it into its own keyed context.
    attach.bind(
        2, QByteArray::fromRawData(reinterpret_cast<const char*>(spec.data()), static_cast<qsizetype>(spec.size())));
    attach.run();
    pinAndVerify(connection, major, "rekey");
}

} // namespace daymark::vault
