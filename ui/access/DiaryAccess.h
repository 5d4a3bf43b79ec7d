// How the screens reach diary files: Diary's own create and open, with the options the app was started with.
// Tests put a stand-in in front of a function (one that waits, say) to watch the screens while it runs.
#pragma once

#include "crypto/SecureBytes.h"
#include "diary/Diary.h"
#include "vault/VaultOptions.h"

#include <QString>
#include <functional>
#include <memory>

namespace daymark::ui {

struct DiaryAccess
{
    // Called on a worker thread; throws daymark::Error.
    using Function = std::function<std::unique_ptr<diary::Diary>(
        const QString& path, const crypto::SecureBytes& password, const vault::VaultOptions& options)>;

    vault::VaultOptions options;
    Function create = [](const QString& path, const crypto::SecureBytes& password, const vault::VaultOptions& with) {
        return diary::Diary::create(path, password, with);
    };
    Function open = [](const QString& path, const crypto::SecureBytes& password, const vault::VaultOptions& with) {
        return diary::Diary::open(path, password, with);
    };
};

} // namespace daymark::ui
