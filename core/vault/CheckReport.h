// The outcome of a full integrity check of a diary file.
#pragma once

#include <QStringList>

namespace daymark::vault {

struct CheckReport
{
    QStringList problems; // one sentence each; empty when the diary is sound
    qint64 pageCount = 0;
    qint64 fileSize = 0;
    int schemaVersion = 0;

    bool ok() const { return problems.isEmpty(); }
};

} // namespace daymark::vault
