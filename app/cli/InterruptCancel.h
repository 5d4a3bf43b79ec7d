// Ctrl-C during long work (attaching or extracting a big file) cancels it cleanly: core rolls back and keeps nothing
// half-written. A second Ctrl-C ends the program at once.
#pragma once

#include <atomic>

namespace daymark::cli {

class InterruptCancel
{
public:
    // Catches SIGINT and SIGTERM until destroyed; only one may exist at a time.
    InterruptCancel();
    ~InterruptCancel();
    InterruptCancel(const InterruptCancel&) = delete;
    InterruptCancel& operator=(const InterruptCancel&) = delete;

    // The flag core's long work polls.
    const std::atomic<bool>* flag() const;
    bool cancelled() const;
};

} // namespace daymark::cli
