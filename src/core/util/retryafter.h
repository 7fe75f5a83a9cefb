// Reads an HTTP `Retry-After` value (seconds or an HTTP date) as milliseconds, for every client that retries.
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace DigestStudio {

class RetryAfter final
{
public:
    // -1 when the value says nothing usable. A wait too large for a qint64 (or infinite) is the largest
    // qint64, never an overflowed negative, so "too long a wait, give up" still catches it.
    static qint64 milliseconds(const QByteArray &value, const QDateTime &now);
};

} // namespace DigestStudio
