// An LD_PRELOAD library that simulates a full disk: once FAILWRITE_AFTER_BYTES bytes in total have been written to
// regular files, every further write to a regular file fails with ENOSPC (pipes and terminals are left alone).
// With FAILWRITE_REPORT=1 it prints the total written to regular files on stderr at exit, so a test can choose budgets.
// FAILWRITE_ERRNO=EIO makes the failing writes report an input/output error instead (a failing disk or USB stick).
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

namespace {

std::atomic<long long> g_written{0};

long long budget()
{
    static const long long value = [] {
        const char* text = std::getenv("FAILWRITE_AFTER_BYTES");
        return text && *text ? std::atoll(text) : -1; // -1: unlimited, only count
    }();
    return value;
}

// The error a write past the budget reports: ENOSPC, or EIO with FAILWRITE_ERRNO=EIO.
int failure()
{
    static const int value = [] {
        const char* text = std::getenv("FAILWRITE_ERRNO");
        return text && std::strcmp(text, "EIO") == 0 ? EIO : ENOSPC;
    }();
    return value;
}

template <typename Fn> Fn next(const char* name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

bool isRegular(int fd)
{
    struct stat st
    {};
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

// How many of `wanted` bytes may still be written to fd: all of them for non-regular files, else what is left of the
// budget. Reserves them, so concurrent writers cannot both spend the last bytes.
long long reserve(int fd, long long wanted)
{
    if (wanted <= 0 || !isRegular(fd))
        return wanted;
    const long long limit = budget();
    if (limit < 0) {
        g_written += wanted;
        return wanted;
    }
    long long used = g_written.load();
    long long granted = 0;
    do {
        granted = used >= limit ? 0 : (limit - used < wanted ? limit - used : wanted);
    } while (granted > 0 && !g_written.compare_exchange_weak(used, used + granted));
    return granted;
}

void giveBack(int fd, long long reserved, ssize_t written)
{
    if (isRegular(fd) && written < reserved)
        g_written -= reserved - (written < 0 ? 0 : written);
}

template <typename Write> ssize_t limitedWrite(int fd, size_t count, Write write)
{
    const long long granted = reserve(fd, static_cast<long long>(count));
    if (count > 0 && granted == 0) {
        errno = failure();
        return -1;
    }
    const ssize_t written = write(static_cast<size_t>(granted));
    giveBack(fd, granted, written);
    return written;
}

template <typename Writev> ssize_t limitedWritev(int fd, const struct iovec* iov, int count, Writev writev)
{
    long long total = 0;
    for (int i = 0; i < count; ++i)
        total += static_cast<long long>(iov[i].iov_len);
    const long long granted = reserve(fd, total);
    if (total > 0 && granted == 0) {
        errno = failure();
        return -1;
    }
    std::vector<struct iovec> cut;
    long long left = granted;
    for (int i = 0; i < count && left > 0; ++i) {
        struct iovec part = iov[i];
        if (static_cast<long long>(part.iov_len) > left)
            part.iov_len = static_cast<size_t>(left);
        left -= static_cast<long long>(part.iov_len);
        cut.push_back(part);
    }
    const ssize_t written = writev(cut.data(), static_cast<int>(cut.size()));
    giveBack(fd, granted, written);
    return written;
}

// Space reservations fail once the budget is spent; they do not count as written bytes.
bool allocationRefused(int fd, long long length)
{
    const long long limit = budget();
    return limit >= 0 && isRegular(fd) && g_written.load() + length > limit;
}

__attribute__((destructor)) void report()
{
    const char* flag = std::getenv("FAILWRITE_REPORT");
    if (!flag || *flag != '1')
        return;
    char line[96];
    const int size =
        std::snprintf(line, sizeof line, "failwrite: %lld bytes written to regular files\n", g_written.load());
    static const auto realWrite = next<ssize_t (*)(int, const void*, size_t)>("write");
    if (size > 0 && realWrite)
        realWrite(STDERR_FILENO, line, static_cast<size_t>(size));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void* buf, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    return limitedWrite(fd, count, [&](size_t n) { return real(fd, buf, n); });
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    return limitedWrite(fd, count, [&](size_t n) { return real(fd, buf, n, offset); });
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    return limitedWrite(fd, count, [&](size_t n) { return real(fd, buf, n, offset); });
}

ssize_t writev(int fd, const struct iovec* iov, int count)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec*, int)>("writev");
    return limitedWritev(fd, iov, count, [&](const struct iovec* v, int c) { return real(fd, v, c); });
}

ssize_t pwritev(int fd, const struct iovec* iov, int count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec*, int, off_t)>("pwritev");
    return limitedWritev(fd, iov, count, [&](const struct iovec* v, int c) { return real(fd, v, c, offset); });
}

ssize_t pwritev64(int fd, const struct iovec* iov, int count, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec*, int, off64_t)>("pwritev64");
    return limitedWritev(fd, iov, count, [&](const struct iovec* v, int c) { return real(fd, v, c, offset); });
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static const auto real = next<int (*)(int, int, off_t, off_t)>("fallocate");
    if (allocationRefused(fd, length)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, mode, offset, length);
}

int fallocate64(int fd, int mode, off64_t offset, off64_t length)
{
    static const auto real = next<int (*)(int, int, off64_t, off64_t)>("fallocate64");
    if (allocationRefused(fd, length)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, mode, offset, length);
}

// posix_fallocate reports errors by return value, not errno.
int posix_fallocate(int fd, off_t offset, off_t length)
{
    static const auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    return allocationRefused(fd, length) ? ENOSPC : real(fd, offset, length);
}

int posix_fallocate64(int fd, off64_t offset, off64_t length)
{
    static const auto real = next<int (*)(int, off64_t, off64_t)>("posix_fallocate64");
    return allocationRefused(fd, length) ? ENOSPC : real(fd, offset, length);
}

} // extern "C"
