// POSIX resource limits, Linux prctl; Windows Error Reporting. A core_pattern that pipes to systemd-coredump or apport
// ignores RLIMIT_CORE 0, which is why Linux also needs the dumpable flag off.
#include "common/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_WIN)
#include <werapi.h>
#include <windows.h>
#endif

namespace daymark {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    rlimit none{};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#if defined(Q_OS_WIN)
    // No "stopped working" dialog offering to send a report; Windows Error Reporting leaves the heap (where diary
    // text lives) out of any report, and this executable is excluded from its reports for the current user.
    // Not built or tested on Windows yet.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP);
    wchar_t path[MAX_PATH] = {};
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    if (length > 0 && length < MAX_PATH)
        WerAddExcludedApplication(path, FALSE);
#endif
}

HardeningState hardeningState()
{
    HardeningState state;
#if defined(Q_OS_UNIX)
    rlimit limit{};
    state.coreDumpsOff = getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
#endif
#if defined(Q_OS_LINUX)
    state.notDumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return state;
}

} // namespace daymark
