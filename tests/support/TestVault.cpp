// File helpers for tests.
#include "TestVault.h"

#include "crypto/Argon2Kdf.h"
#include "vault/CipherSettings.h"
#include "vault/Vault.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <stdexcept>

namespace daymark::test {

QString sqlcipherShell(const QString& path, const char* password, const QByteArray& sql)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        throw std::runtime_error("the sqlcipher shell is not installed (scripts/setup.sh installs it)");
    vault::FileSalt salt{};
    const QByteArray head = readAll(path).left(16);
    std::copy(head.begin(), head.end(), salt.begin());
    const auto key = crypto::deriveKey(pw(password), salt, vault::Vault::readKdfParams(path));
    const auto spec = vault::CipherSettings::rawKeySpec(key, salt);
    // The shell's SQLCipher is the library the tests link: its major version picks the settings Daymark pins.
    QProcess version;
    version.start(shell,
                  {QStringLiteral("-batch"), QStringLiteral(":memory:"), QStringLiteral("PRAGMA cipher_version;")});
    if (!version.waitForFinished(30000))
        throw std::runtime_error("the sqlcipher shell did not finish");
    const int major = QString::fromUtf8(version.readAllStandardOutput()).trimmed().section(u'.', 0, 0).toInt();
    QByteArray script =
        "PRAGMA key = \"" + QByteArray(reinterpret_cast<const char*>(spec.data()), qsizetype(spec.size())) + "\";\n";
    for (const char* pragma : vault::CipherSettings::pinningPragmas(major))
        script += "PRAGMA " + QByteArray(pragma) + ";\n";
    script += sql + "\n";
    QProcess process;
    process.start(shell, {QStringLiteral("-batch"), path});
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        throw std::runtime_error("the sqlcipher shell did not finish");
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

} // namespace daymark::test
