// daymark-cli's exit codes, documented in --help and the man page; scripts rely on them.
#pragma once

#include "common/Error.h"

namespace daymark::cli {

enum ExitCode : int {
    kOk = 0,
    kFailure = 1,       // anything not listed below
    kUsage = 2,         // wrong arguments or bad input, incl. a record that does not exist; nothing written
    kWrongPassword = 3, // wrong password, or not a Daymark diary
    kDamaged = 4,       // the diary file is damaged (open failed, or check found problems), or verify failed
    kFileProblem = 5,   // missing file, existing file, read-only location, full disk, I/O error
    kSelfTest = 6,      // the crypto library failed its self-test
};

int exitCodeFor(Error::Kind kind);

} // namespace daymark::cli
