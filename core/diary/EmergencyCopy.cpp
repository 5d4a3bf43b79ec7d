// sqlcipher_export re-encrypts every page into an attached file keyed with the new key and salt (SQLCipher 3.4's
// export only writes from "main" to an attached database, so the source handle must be writable; it only reads).
#include "diary/EmergencyCopy.h"

#include "common/Error.h"
#include "crypto/Argon2Kdf.h"
#include "diary/Diary.h"
#include "vault/CipherSettings.h"
#include "vault/DurableFile.h"
#include "vault/KdfHeader.h"
#include "vault/SqlConnection.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace daymark::diary {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("daymark::diary", text);
}

} // namespace

EmergencyCopy::EmergencyCopy(vault::Vault& diary) : m_source(diary.openWithSameKey(diary.path(), false)) {}

EmergencyCopy::~EmergencyCopy() = default;

DiaryCheckReport EmergencyCopy::save(const QString& target, const crypto::SecureBytes& newPassword,
                                     const vault::VaultOptions& options)
{
    if (newPassword.empty())
        throw Error(Error::Kind::InvalidInput, tr("The new password is empty. Choose a password for the copy."));
    if (!options.kdf.meetsFloor() && options.kdfFloor != vault::KdfFloor::AllowInsecureForTestsOnly)
        throw Error(Error::Kind::InsecureSettings,
                    tr("These password-protection settings are weaker than Daymark allows, so no copy was made."));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_source->path()).absoluteFilePath() ||
        QFileInfo::exists(target))
        throw Error(Error::Kind::AlreadyExists,
                    tr("A file with that name already exists. Choose another name; Daymark never overwrites a file."),
                    target);
    const vault::KdfHeader header = vault::KdfHeader::generate(options.kdf);
    const auto key = crypto::deriveKey(newPassword, header.salt, header.params);
    const QString temp = target + QStringLiteral(".part");
    vault::DurableFile::createPrivate(temp);
    auto& db = m_source->connection();
    bool attached = false;
    try {
        vault::CipherSettings::attachNew(db, temp, key, header.salt);
        attached = true;
        db.exec("PRAGMA rekey.synchronous = OFF"); // flushed once below, before it is checked
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("SELECT sqlcipher_export('rekey')");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec(QStringLiteral("PRAGMA rekey.user_version = %1").arg(m_source->schemaVersion()).toUtf8().constData());
        db.exec(
            QStringLiteral("PRAGMA rekey.application_id = %1").arg(vault::Vault::kApplicationId).toUtf8().constData());
        db.exec("DETACH DATABASE rekey");
        attached = false;
        vault::DurableFile::sync(temp);
        vault::VaultOptions readOnly = options;
        readOnly.readOnly = true;
        DiaryCheckReport report;
        {
            const auto copy = Diary::open(temp, newPassword, readOnly);
            report = copy->check();
            if (copy->vault().diaryId() != m_source->diaryId())
                report.consistency << tr("The copy is not of this diary.");
        }
        if (!report.ok())
            throw Error(Error::Kind::Io,
                        tr("The copy did not pass the diary check, so it was not kept. The diary itself is unchanged; "
                           "check it, then try again."),
                        report.problems().join(QStringLiteral("; ")));
        if (QFileInfo::exists(target))
            throw Error(Error::Kind::AlreadyExists,
                        tr("A file with that name appeared meanwhile. Choose another name; Daymark never overwrites "
                           "a file."),
                        target);
        vault::DurableFile::replace(temp, target);
        return report;
    } catch (...) {
        if (attached) {
            try {
                db.exec("DETACH DATABASE rekey");
            } catch (const Error&) {
                // the handle is closed with this object anyway
            }
        }
        QFile::remove(temp);
        throw;
    }
}

} // namespace daymark::diary
