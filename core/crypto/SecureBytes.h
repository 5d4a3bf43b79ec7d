// Byte buffers for secrets: wiped when freed (Botan's secure_vector) and helpers to move text into them.
#pragma once

#include <QByteArray>
#include <QString>
#include <botan/secmem.h>
#include <cstdint>
#include <span>

namespace daymark::crypto {

using SecureBytes = Botan::secure_vector<std::uint8_t>;

// UTF-8 bytes of a password typed by a person; the caller should clear the QString soon after.
SecureBytes secureUtf8(const QString& text);
SecureBytes secureBytes(std::span<const std::uint8_t> bytes);
// Overwrite a QByteArray's contents before it is released.
void wipe(QByteArray& bytes);
void wipe(QString& text);

QByteArray toHex(std::span<const std::uint8_t> bytes);

} // namespace daymark::crypto
