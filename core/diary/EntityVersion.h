// One journalled version of a person or protection order (incidents have IncidentVersion).
#pragma once

#include <QDateTime>
#include <QString>

namespace daymark::diary {

template <typename T> struct EntityVersion
{
    int version = 1;
    qint64 seq = 0;
    QString action;
    QDateTime at;
    QString reason;
    T value;
};

} // namespace daymark::diary
