// Mapping core's error kinds onto exit codes.
#include "ExitCodes.h"

namespace daymark::cli {

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::WrongPassword:
        return kWrongPassword;
    case Error::Kind::Corrupt:
        return kDamaged;
    case Error::Kind::NotFound:
    case Error::Kind::AlreadyExists:
    case Error::Kind::ReadOnly:
    case Error::Kind::DiskFull:
    case Error::Kind::Io:
        return kFileProblem;
    case Error::Kind::SelfTestFailed:
        return kSelfTest;
    case Error::Kind::InvalidInput:
        return kUsage;
    case Error::Kind::Cancelled:
    case Error::Kind::InsecureSettings:
    case Error::Kind::TooNew:
    case Error::Kind::Locked:
    case Error::Kind::Internal:
        return kFailure;
    }
    return kFailure;
}

} // namespace daymark::cli
