// The bytes of an Exiv2 buffer as a QByteArray, for Exiv2 0.27 (Debian 12) and 0.28 (Debian 13), whose DataBuf
// changed from public pData_/size_ to c_data()/size().
#pragma once

#include <QByteArray>
#include <exiv2/exiv2.hpp>

namespace daymark::evidence {

inline QByteArray exivBytes(const Exiv2::DataBuf& data)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return QByteArray(reinterpret_cast<const char*>(data.c_data()), static_cast<qsizetype>(data.size()));
#else
    return QByteArray(reinterpret_cast<const char*>(data.pData_), static_cast<qsizetype>(data.size_));
#endif
}

} // namespace daymark::evidence
