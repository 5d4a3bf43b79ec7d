// Signal handling for cancellable work: the handler only sets a lock-free flag, which is async-signal-safe.
#include "InterruptCancel.h"

#include <csignal>

namespace daymark::cli {
namespace {

std::atomic<bool> g_cancel{false};
static_assert(std::atomic<bool>::is_always_lock_free);

using Handler = void (*)(int);
Handler g_previousInt = SIG_DFL;
Handler g_previousTerm = SIG_DFL;

void onSignal(int signal)
{
    g_cancel.store(true);
    std::signal(signal, SIG_DFL); // the next one ends the program
}

} // namespace

InterruptCancel::InterruptCancel()
{
    g_cancel.store(false);
    g_previousInt = std::signal(SIGINT, &onSignal);
    g_previousTerm = std::signal(SIGTERM, &onSignal);
}

InterruptCancel::~InterruptCancel()
{
    std::signal(SIGINT, g_previousInt == SIG_ERR ? SIG_DFL : g_previousInt);
    std::signal(SIGTERM, g_previousTerm == SIG_ERR ? SIG_DFL : g_previousTerm);
}

const std::atomic<bool>* InterruptCancel::flag() const
{
    return &g_cancel;
}

bool InterruptCancel::cancelled() const
{
    return g_cancel.load();
}

} // namespace daymark::cli
