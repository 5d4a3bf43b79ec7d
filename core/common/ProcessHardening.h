// Keeps decrypted diary text out of crash dumps: both executables call hardenProcess() first thing in main(), before
// any password or diary is in memory.
#pragma once

namespace daymark {

struct HardeningState
{
    bool coreDumpsOff = false; // RLIMIT_CORE is 0 (POSIX)
    bool notDumpable = false;  // PR_GET_DUMPABLE is 0 (Linux): no core, even through a core_pattern pipe, and no
                               // ptrace or /proc/PID/mem by other processes of the same user
};

// Sets the core-file size limit to 0 and, on Linux, marks the process not dumpable. On Windows it asks Windows
// Error Reporting not to show its dialog or collect a dump where the API allows. Never fails: what could not be
// set is simply left, and hardeningState() tells.
void hardenProcess();

// What is in force now, read back from the system.
HardeningState hardeningState();

} // namespace daymark
