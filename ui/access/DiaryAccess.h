// How the screens reach diary files: Vault's own create and open, with the options the app was started with.
// Tests put a stand-in in front of a function (one that waits, say) to watch the screens while it runs.
#pragma once

#include "crypto/SecureBytes.h"
#include "vault/Vault.h"
#include "vault/VaultOptions.h"

#include <QString>
#include <functional>
#include <memory>

namespace daymark::ui {

struct VaultAccess
{
    // Called on a worker thread; throws daymark::Error.
    using Function = std::function<std::unique_ptr<vault::Vault>(
        const QString& path, const crypto::SecureBytes& password, const vault::VaultOptions& options)>;

    vault::VaultOptions options;
    Function create = &vault::Vault::create;
    Function open = &vault::Vault::open;
};

} // namespace daymark::ui
