// One encrypted diary file, unlocked: owns the SQLCipher connection and the key, and knows how to create, open,
// lock, check and re-key the file safely.
#pragma once

#include "crypto/SecureBytes.h"
#include "vault/CheckReport.h"
#include "vault/KdfHeader.h"
#include "vault/VaultOptions.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>

namespace daymark::vault {

class SqlConnection;

class Vault
{
public:
    static constexpr std::int32_t kApplicationId = 0x44594d4b; // "DYMK", inside the encrypted header
    static constexpr auto kExtension = ".daymark";

    // Creates a new diary; never overwrites an existing file. Takes the KDF time. Throws Error.
    static std::unique_ptr<Vault> create(const QString& path, const crypto::SecureBytes& password,
                                         const VaultOptions& options = {});
    // Opens an existing diary, upgrading its schema if it is older. Takes the KDF time. Throws Error; a wrong
    // password or a file that is not a diary leaves the file untouched.
    static std::unique_ptr<Vault> open(const QString& path, const crypto::SecureBytes& password,
                                       const VaultOptions& options = {});
    // Reads the key-derivation settings from a file's first 16 bytes without the password.
    static crypto::KdfParams readKdfParams(const QString& path);
    // Opens a file encrypted under this diary's key and salt without deriving the key again: the diary itself (a
    // second, independent handle, e.g. for a backup on another thread) or a byte-for-byte backup of it. The handle
    // keeps its own copy of the key. Throws Error(WrongPassword) when the file has another salt (another diary, or a
    // copy made before a password change), Error(Corrupt) when its length is not whole pages.
    std::unique_ptr<Vault> openWithSameKey(const QString& path, bool readOnly = true) const;

    ~Vault(); // locks
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Closes every handle and wipes the key. Using the vault afterwards throws Error(Locked).
    void lock();
    bool isLocked() const;
    bool isReadOnly() const { return m_options.readOnly; }
    const QString& path() const { return m_path; }
    crypto::KdfParams kdfParams() const { return m_header.params; }
    QUuid diaryId();
    QDateTime createdAt(); // UTC
    int schemaVersion();

    // Re-encrypts the diary under a new password (and fresh salt) into a temporary file and renames it over the
    // original: after a crash at any point exactly one of the old and new passwords opens the diary.
    using StepHook = std::function<void(PasswordChangeStep)>;
    void changePassword(const crypto::SecureBytes& newPassword, const StepHook& hook = {});

    // Full check: every page's authentication code, the page count, SQLite's integrity and foreign keys.
    CheckReport check();

    SqlConnection& connection();
    static QString tempPathFor(const QString& path) { return path + QStringLiteral(".rekey"); }

private:
    Vault(QString path, KdfHeader header, crypto::SecureBytes key, VaultOptions options);
    void connect();
    void requireWritable() const;
    static void finishInterruptedWrite(const QString& path, const KdfHeader& header, const crypto::SecureBytes& key,
                                       const VaultOptions& options);

    QString m_path;
    KdfHeader m_header;
    crypto::SecureBytes m_key;
    VaultOptions m_options;
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace daymark::vault
