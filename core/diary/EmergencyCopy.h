// "Save a copy with a different password": a complete, independent copy of the diary under a second password, with
// its own salt and key, for a trusted person or a safe place, so a forgotten password need not mean a lost diary.
#pragma once

#include "crypto/SecureBytes.h"
#include "diary/DiaryCheckReport.h"
#include "vault/VaultOptions.h"

#include <memory>

namespace daymark::vault {
class Vault;
}

namespace daymark::diary {

class EmergencyCopy
{
public:
    // Takes a second handle on the diary's file under its key (no key derivation), so save() may run on another
    // thread while the diary stays in use. Construct it on the thread that uses the diary.
    explicit EmergencyCopy(vault::Vault& diary);
    ~EmergencyCopy();
    EmergencyCopy(const EmergencyCopy&) = delete;
    EmergencyCopy& operator=(const EmergencyCopy&) = delete;

    // Writes the copy to `target` (never replacing a file) under `newPassword`, with key-derivation settings from
    // `options`. The copy is re-encrypted (fresh salt and key), flushed, and opened with the new password and fully
    // checked before it gets its name. The diary is not changed. Takes two key derivations. Throws Error.
    DiaryCheckReport save(const QString& target, const crypto::SecureBytes& newPassword,
                          const vault::VaultOptions& options);

private:
    std::unique_ptr<vault::Vault> m_source;
};

} // namespace daymark::diary
