// Helpers for secret byte buffers.
#include "crypto/SecureBytes.h"

#include <botan/mem_ops.h>

namespace daymark::crypto {

SecureBytes secureUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8.begin(), utf8.end());
    wipe(utf8);
    return out;
}

SecureBytes secureBytes(std::span<const std::uint8_t> bytes)
{
    return SecureBytes(bytes.begin(), bytes.end());
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes.clear(); // shared with another owner: we cannot reach its copy, only drop ours
        return;
    }
    Botan::secure_scrub_memory(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        Botan::secure_scrub_memory(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

QByteArray toHex(std::span<const std::uint8_t> bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex();
}

} // namespace daymark::crypto
