// The outcome of checking a whole diary: the file, the journal chain, and the data against the journal.
#pragma once

#include "evidence/Journal.h"
#include "vault/CheckReport.h"

namespace daymark::diary {

struct DiaryCheckReport
{
    vault::CheckReport file;
    evidence::ChainVerification chain;
    QStringList consistency; // current data that does not match the journal, one sentence each
    QString fingerprint;

    bool ok() const { return file.ok() && chain.ok() && consistency.isEmpty(); }
    QStringList problems() const
    {
        QStringList all = file.problems;
        if (!chain.ok())
            all << chain.problem;
        return all + consistency;
    }
};

} // namespace daymark::diary
