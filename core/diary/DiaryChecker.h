// Checks that the current data (incidents, people, orders and their indexes) is exactly what the journal says,
// so a row edited behind Daymark's back is found.
#pragma once

#include "evidence/Journal.h"

#include <QStringList>

namespace daymark::vault {
class SqlConnection;
}

namespace daymark::diary {

class DiaryChecker
{
public:
    DiaryChecker(vault::SqlConnection& db, evidence::Journal& journal);
    // Verifies the chain and, if it holds, the projection. Problems go to `consistency`.
    evidence::ChainVerification run(QStringList& consistency);

private:
    vault::SqlConnection& m_db;
    evidence::Journal& m_journal;
};

} // namespace daymark::diary
