// Why a write to an export's file came up short. Qt reports a short write (the disk filling part of the way through
// a block) without an error of its own, so its text is "Unknown error"; the system's errno, taken straight after
// the write, still says "No space left on device" or "Input/output error".
#pragma once

#include <QString>

class QIODevice;

namespace daymark::report {

// Call straight after the failed write, passing errno as it was then.
QString writeFailureText(const QIODevice& device, int errnoAfterWrite);

} // namespace daymark::report
