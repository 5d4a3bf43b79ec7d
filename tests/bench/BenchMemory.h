// Resident memory of the benchmark process, read from /proc/self/status (Linux): now (VmRSS) and at its peak
// (VmHWM), in MiB; resetPeak() starts a new peak measurement (Linux 4.0+). -1 where /proc cannot be read.
#pragma once

#include <QFile>
#include <utility>

namespace daymark::bench {

inline std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double now = -1, peak = -1;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const auto mib = [&] { return line.simplified().split(' ').value(1).toDouble() / 1024.0; };
            if (line.startsWith("VmRSS:"))
                now = mib();
            else if (line.startsWith("VmHWM:"))
                peak = mib();
        }
    }
    return {now, peak};
}

inline double peakMiB()
{
    return residentMiB().second;
}

inline void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

} // namespace daymark::bench
