// Small helpers shared by the JSON conversions of the domain types.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace DigestStudio::JsonUtil {

inline QJsonArray fromStringList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// ISO 8601 in UTC with a `Z`, or an empty string for an invalid time.
inline QString fromDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

inline QDateTime toDateTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace DigestStudio::JsonUtil
