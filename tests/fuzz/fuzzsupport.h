// What every fuzz target shares: the input as Qt bytes, and a crash that names the broken promise.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace DigestStudio::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<int>(size));
}

// A property the code promises did not hold: libFuzzer records the input as a crash.
[[noreturn]] inline void broken(const char *promise, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz: broken promise: %s\n%s\n", promise, detail.toLocal8Bit().constData());
    std::abort();
}

} // namespace DigestStudio::Fuzz
