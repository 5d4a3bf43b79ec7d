// The reason given when an export's write fails.
#include "report/WriteFailure.h"

#include <QFileDevice>
#include <cstring>

namespace daymark::report {

QString writeFailureText(const QIODevice& device, int errnoAfterWrite)
{
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    if (file && file->error() != QFileDevice::NoError)
        return file->errorString();
    if (errnoAfterWrite != 0)
        return QString::fromLocal8Bit(std::strerror(errnoAfterWrite));
    return device.errorString();
}

} // namespace daymark::report
