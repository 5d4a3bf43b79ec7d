// Checks the HMAC of every page of a diary file directly, so damage anywhere in the file is found, including pages
// SQLite's own integrity check never reads (free pages).
#pragma once

#include "crypto/SecureBytes.h"
#include "vault/KdfHeader.h"

#include <QString>
#include <vector>

namespace daymark::vault {

struct PageScan
{
    qint64 pageCount = 0;
    std::vector<qint64> badPages; // 1-based page numbers whose HMAC does not match
    bool partialPage = false;     // the file ends part-way through a page
};

class PageAuthenticator
{
public:
    PageAuthenticator(const crypto::SecureBytes& key, const FileSalt& salt);
    ~PageAuthenticator();

    // Streams the file page by page, at most `maxPages` (0: all). Throws Error(Io) when it cannot be read.
    PageScan scan(const QString& path, qint64 maxPages = 0) const;

private:
    crypto::SecureBytes m_hmacKey;
};

} // namespace daymark::vault
