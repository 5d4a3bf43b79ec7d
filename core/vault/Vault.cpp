// Creating, opening, locking, checking and re-keying a diary file.
#include "vault/Vault.h"

#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "vault/CipherSettings.h"
#include "vault/DurableFile.h"
#include "vault/PageAuthenticator.h"
#include "vault/SchemaMigrations.h"
#include "vault/SqlConnection.h"
#include "vault/SqlStatement.h"
#include "vault/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace daymark::vault {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::vault", text);
}

void enforceFloor(const crypto::KdfParams& params, KdfFloor floor, bool creating)
{
    if (params.meetsFloor())
        return;
    if (floor == KdfFloor::AllowInsecureForTestsOnly) {
        std::fprintf(stderr,
                     "WARNING: insecure test-only key-derivation settings (%u KiB) are in use. "
                     "Never use them for a real diary.\n",
                     params.memoryKiB);
        return;
    }
    throw Error(Error::Kind::InsecureSettings,
                creating ? tr("These password-protection settings are weaker than Daymark allows (at least 64 MiB of "
                              "memory), so no diary was created.")
                         : tr("This diary's password protection is weaker than Daymark allows (less than 64 MiB of "
                              "memory), so it was not opened. It was not made by a normal Daymark; ask for help."),
                QStringLiteral("Argon2id memory %1 KiB").arg(params.memoryKiB));
}

KdfHeader readHeader(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Error::Kind::NotFound, tr("There is no diary file at that location. Check the name and folder."),
                    path);
    if (info.isDir())
        throw Error(Error::Kind::InvalidInput, tr("That is a folder, not a diary file. Choose the diary file itself."),
                    path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("The diary file could not be read. Check that you may open it."),
                    file.errorString());
    FileSalt salt{};
    const qint64 got = file.read(reinterpret_cast<char*>(salt.data()), salt.size());
    const auto header = got == qint64(salt.size()) ? KdfHeader::decode(salt) : std::nullopt;
    if (!header)
        throw Error(Error::Kind::WrongPassword,
                    tr("This file is not a Daymark diary (or its beginning is damaged). Choose a .daymark file, or "
                       "restore the diary from a backup copy."),
                    path);
    return *header;
}

void configureConnection(SqlConnection& connection, bool readOnly)
{
    connection.exec("PRAGMA busy_timeout = 5000");
    // Runs before any read, so a wrong key shows up here as SQLITE_NOTADB.
    connection.queryInt("SELECT count(*) FROM sqlite_master");
    if (!readOnly) {
        if (connection.queryString("PRAGMA journal_mode = DELETE").toLower() != QLatin1String("delete"))
            throw Error(Error::Kind::Internal, tr("The diary could not be set up for safe writing."),
                        QStringLiteral("journal_mode"));
    }
    connection.exec("PRAGMA synchronous = FULL");
    connection.exec("PRAGMA foreign_keys = ON");
    connection.exec("PRAGMA temp_store = MEMORY"); // never a temporary file, even an encrypted one
    if (connection.queryInt("PRAGMA synchronous") != 2 || connection.queryInt("PRAGMA temp_store") != 2)
        throw Error(Error::Kind::Internal, tr("The diary could not be set up for safe writing."),
                    QStringLiteral("synchronous/temp_store"));
}

void writeMeta(SqlConnection& connection, const QString& key, const QString& value)
{
    auto stmt = connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    stmt.bind(1, key).bind(2, value).run();
}

void removeLeftovers(const QString& tempPath)
{
    QFile::remove(tempPath + QStringLiteral("-journal"));
    QFile::remove(tempPath);
}

} // namespace

Vault::Vault(QString path, KdfHeader header, crypto::SecureBytes key, VaultOptions options)
    : m_path(std::move(path)), m_header(header), m_key(std::move(key)), m_options(options)
{}

Vault::~Vault()
{
    lock();
}

void Vault::connect()
{
    m_connection = std::make_unique<SqlConnection>(m_path, m_options.readOnly ? SqlConnection::Mode::ReadOnly
                                                                              : SqlConnection::Mode::ReadWrite);
    CipherSettings::apply(*m_connection, m_key, m_header.salt);
    configureConnection(*m_connection, m_options.readOnly);
}

std::unique_ptr<Vault> Vault::create(const QString& path, const crypto::SecureBytes& password,
                                     const VaultOptions& options)
{
    enforceFloor(options.kdf, options.kdfFloor, true);
    if (password.empty())
        throw Error(Error::Kind::InvalidInput, tr("The password is empty. Choose a password to protect the diary."));
    if (options.readOnly)
        throw Error(Error::Kind::Internal, tr("A new diary cannot be created read-only."));
    if (QFileInfo::exists(path))
        throw Error(Error::Kind::AlreadyExists,
                    tr("A file with that name already exists. Choose another name; Daymark never overwrites a file."),
                    path);
    const KdfHeader header = KdfHeader::generate(options.kdf);
    auto key = crypto::deriveKey(password, header.salt, header.params);
    DurableFile::createPrivate(path);
    std::unique_ptr<Vault> vault(new Vault(path, header, std::move(key), options));
    try {
        vault->connect();
        auto& db = *vault->m_connection;
        Transaction transaction(db);
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId).toUtf8().constData());
        SchemaMigrations::migrate(db);
        writeMeta(db, QStringLiteral("diary_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        writeMeta(db, QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        writeMeta(db, QStringLiteral("created_with"), QStringLiteral("Daymark " DAYMARK_VERSION));
        transaction.commit();
        DurableFile::syncFolderOf(path);
    } catch (...) {
        vault->lock();
        vault.reset();
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(path); // ours: created exclusively above
        throw;
    }
    return vault;
}

crypto::KdfParams Vault::readKdfParams(const QString& path)
{
    return readHeader(path).params;
}

std::unique_ptr<Vault> Vault::open(const QString& path, const crypto::SecureBytes& password,
                                   const VaultOptions& options)
{
    const KdfHeader header = readHeader(path);
    enforceFloor(header.params, options.kdfFloor, false);
    if (!options.readOnly) {
        const QFileInfo info(path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            throw Error(Error::Kind::ReadOnly,
                        tr("The diary or its folder is read-only, so changes could not be saved. Copy it to a folder "
                           "you can write to, or open it read-only."),
                        path);
    }
    // A write that stopped half-way can leave a partial page at the end; playing back its journal puts it right.
    const bool interrupted = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    const qint64 size = QFileInfo(path).size();
    if (!interrupted && (size < CipherSettings::kPageSize || size % CipherSettings::kPageSize != 0))
        throw Error(Error::Kind::Corrupt,
                    tr("The diary file is damaged: it is not the length a diary file has (it may have been cut "
                       "short while copying). Restore it from a backup copy."),
                    QStringLiteral("%1 bytes").arg(size));
    auto key = crypto::deriveKey(password, header.salt, header.params);
    // Check page 1's authentication code ourselves before SQLite sees the file, so a wrong password never leads
    // SQLite to touch it. With a leftover journal (a crash mid-write) SQLite must roll back first, so defer to it.
    if (!QFileInfo::exists(path + QStringLiteral("-journal"))) {
        const PageScan first = PageAuthenticator(key, header.salt).scan(path, 1);
        if (!first.badPages.empty())
            throw Error(Error::Kind::WrongPassword,
                        tr("The password is wrong, or the file is not a Daymark diary (or it is damaged)."), path);
    }
    if (options.readOnly && interrupted)
        finishInterruptedWrite(path, header, key, options);
    std::unique_ptr<Vault> vault(new Vault(path, header, std::move(key), options));
    vault->connect();
    auto& db = *vault->m_connection;
    if (db.queryInt("PRAGMA application_id") != kApplicationId)
        throw Error(Error::Kind::WrongPassword,
                    tr("This file is encrypted but is not a Daymark diary. Choose a .daymark file."), path);
    const int version = SchemaMigrations::currentVersion(db);
    if (version > SchemaMigrations::latestVersion() ||
        (version < SchemaMigrations::latestVersion() && !options.readOnly))
        SchemaMigrations::migrate(db);
    if (!options.readOnly)
        removeLeftovers(tempPathFor(path)); // an interrupted password change; the diary itself was never replaced
    return vault;
}

std::unique_ptr<Vault> Vault::openWithSameKey(const QString& path, bool readOnly) const
{
    if (isLocked())
        throw Error(Error::Kind::Locked, tr("The diary is locked. Unlock it with its password first."));
    const KdfHeader header = readHeader(path);
    if (header.salt != m_header.salt)
        throw Error(Error::Kind::WrongPassword, tr("That file is not a copy of this diary under its current password."),
                    path);
    const qint64 size = QFileInfo(path).size();
    if (size < CipherSettings::kPageSize || size % CipherSettings::kPageSize != 0)
        throw Error(Error::Kind::Corrupt,
                    tr("The diary file is damaged: it is not the length a diary file has (it may have been cut "
                       "short while copying). Restore it from a backup copy."),
                    QStringLiteral("%1 bytes").arg(size));
    if (!PageAuthenticator(m_key, header.salt).scan(path, 1).badPages.empty())
        throw Error(Error::Kind::Corrupt, tr("The beginning of the file is damaged."), path);
    VaultOptions options = m_options;
    options.readOnly = readOnly;
    std::unique_ptr<Vault> other(new Vault(path, header, m_key, options));
    other->connect();
    if (other->m_connection->queryInt("PRAGMA application_id") != kApplicationId)
        throw Error(Error::Kind::WrongPassword,
                    tr("This file is encrypted but is not a Daymark diary. Choose a .daymark file."), path);
    return other;
}

// A write that stopped half-way (a crash, a full disk) leaves a rollback journal that only a writer can play back;
// a read-only connection would refuse the file. Playing it back restores the diary as last committed.
void Vault::finishInterruptedWrite(const QString& path, const KdfHeader& header, const crypto::SecureBytes& key,
                                   const VaultOptions& options)
{
    VaultOptions writer = options;
    writer.readOnly = false;
    Vault recovering(path, header, key, writer);
    try {
        recovering.connect();
        recovering.m_connection->queryInt("SELECT count(*) FROM sqlite_master");
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::ReadOnly || error.kind() == Error::Kind::Io)
            throw Error(Error::Kind::ReadOnly,
                        tr("The diary holds a change that was interrupted (the program stopped or the disk was full "
                           "while saving), and undoing it needs write access. Copy the diary and the file beside it "
                           "ending in '-journal' to a folder you can write to, and open the copy."),
                        path);
        throw;
    }
}

void Vault::lock()
{
    m_connection.reset();
    Botan::zeroise(m_key);
    m_key.clear();
}

bool Vault::isLocked() const
{
    return !m_connection;
}

SqlConnection& Vault::connection()
{
    if (!m_connection)
        throw Error(Error::Kind::Locked, tr("The diary is locked. Unlock it with its password first."));
    return *m_connection;
}

void Vault::requireWritable() const
{
    if (m_options.readOnly)
        throw Error(Error::Kind::ReadOnly, tr("The diary is open read-only, so it cannot be changed."));
}

QUuid Vault::diaryId()
{
    auto stmt = connection().prepare("SELECT value FROM meta WHERE key = 'diary_id'");
    return stmt.step() ? QUuid::fromString(stmt.columnText(0)) : QUuid();
}

QDateTime Vault::createdAt()
{
    auto stmt = connection().prepare("SELECT value FROM meta WHERE key = 'created_at'");
    return stmt.step() ? QDateTime::fromString(stmt.columnText(0), Qt::ISODateWithMs).toUTC() : QDateTime();
}

int Vault::schemaVersion()
{
    return SchemaMigrations::currentVersion(connection());
}

void Vault::changePassword(const crypto::SecureBytes& newPassword, const StepHook& hook)
{
    auto& db = connection();
    requireWritable();
    if (newPassword.empty())
        throw Error(Error::Kind::InvalidInput, tr("The new password is empty. Choose a password."));
    enforceFloor(m_options.kdf, m_options.kdfFloor, true);
    const auto report = [&hook](PasswordChangeStep step) {
        if (hook)
            hook(step);
    };
    const KdfHeader newHeader = KdfHeader::generate(m_options.kdf);
    auto newKey = crypto::deriveKey(newPassword, newHeader.salt, newHeader.params);
    report(PasswordChangeStep::NewKeyDerived);

    const QString temp = tempPathFor(m_path);
    removeLeftovers(temp);
    DurableFile::createPrivate(temp);
    bool attached = false;
    try {
        report(PasswordChangeStep::TempCreated);
        CipherSettings::attachNew(db, temp, newKey, newHeader.salt);
        attached = true;
        // The copy is fsynced and verified before it replaces anything, so syncing each step is wasted time.
        db.exec("PRAGMA rekey.synchronous = OFF");
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("SELECT sqlcipher_export('rekey')");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec(QStringLiteral("PRAGMA rekey.user_version = %1").arg(schemaVersion()).toUtf8().constData());
        db.exec(QStringLiteral("PRAGMA rekey.application_id = %1").arg(kApplicationId).toUtf8().constData());
        db.exec("DETACH DATABASE rekey");
        attached = false;
        report(PasswordChangeStep::Exported);
        DurableFile::sync(temp);
        report(PasswordChangeStep::Synced);
        {
            // The copy must open with the new key and be sound before it replaces anything.
            SqlConnection probe(temp, SqlConnection::Mode::ReadOnly);
            CipherSettings::apply(probe, newKey, newHeader.salt);
            if (probe.queryString("PRAGMA integrity_check") != QLatin1String("ok") ||
                probe.queryInt("PRAGMA application_id") != kApplicationId)
                throw Error(Error::Kind::Io, tr("The re-encrypted copy of the diary did not check out, so the "
                                                "password was not changed. The diary is unchanged."));
        }
        report(PasswordChangeStep::Verified);
    } catch (...) {
        if (attached) {
            // SQLCipher 4 can leave the failed export's transaction open, and then refuses to detach until it ends.
            try {
                if (db.inTransaction())
                    db.exec("ROLLBACK");
                db.exec("DETACH DATABASE rekey");
            } catch (const Error&) {
                // Still attached: the copy's files go all the same, and its handle with the connection.
            }
        }
        removeLeftovers(temp);
        throw;
    }
    m_connection.reset();
    try {
        DurableFile::replace(temp, m_path);
    } catch (...) {
        removeLeftovers(temp);
        connect(); // still the old file and the old key
        throw;
    }
    report(PasswordChangeStep::Replaced);
    Botan::zeroise(m_key);
    m_key = std::move(newKey);
    m_header = newHeader;
    connect();
}

CheckReport Vault::check()
{
    auto& db = connection();
    CheckReport report;
    report.fileSize = QFileInfo(m_path).size();
    report.schemaVersion = SchemaMigrations::currentVersion(db);
    const PageScan scan = PageAuthenticator(m_key, m_header.salt).scan(m_path);
    report.pageCount = scan.pageCount;
    if (scan.partialPage)
        report.problems << tr("The file ends part-way through a page: it was cut short or something was added.");
    for (const qint64 page : scan.badPages)
        report.problems << tr("Page %1 of %2 fails its authentication check: those bytes were changed or damaged.")
                               .arg(page)
                               .arg(scan.pageCount);
    try {
        const qint64 declared = db.queryInt("PRAGMA page_count");
        if (declared != scan.pageCount)
            report.problems
                << tr("The diary says it has %1 pages but the file holds %2.").arg(declared).arg(scan.pageCount);
        auto integrity = db.prepare("PRAGMA integrity_check");
        while (integrity.step()) {
            const QString row = integrity.columnText(0);
            if (row != QLatin1String("ok"))
                report.problems << tr("Database structure: %1").arg(row);
        }
        auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
        while (foreignKeys.step())
            report.problems
                << tr("A record in %1 refers to something that does not exist.").arg(foreignKeys.columnText(0));
        if (db.queryInt("PRAGMA application_id") != kApplicationId)
            report.problems << tr("The file does not carry Daymark's identifier.");
        if (diaryId().isNull())
            report.problems << tr("The diary's identity record is missing.");
    } catch (const Error& e) {
        report.problems << e.message();
    }
    return report;
}

} // namespace daymark::vault
