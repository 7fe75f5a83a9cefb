// A RequestClock that stands still until the test moves it: spacing, backoff, silence and deadlines decided
// by the RequestScheduler are tested without waiting and without bounds on the wall clock.
#pragma once

#include "util/requestclock.h"

namespace DigestStudio::Test {

class ManualClock final : public RequestClock
{
public:
    explicit ManualClock(qint64 start = 1000000, QObject *parent = nullptr)
        : RequestClock(parent)
        , m_now(start)
    {}

    qint64 nowMs() const override { return m_now; }
    // Moves the time on; the scheduler looks at what waited for it at once, before this returns.
    void advance(qint64 ms)
    {
        m_now += ms;
        Q_EMIT moved();
    }

private:
    qint64 m_now;
};

} // namespace DigestStudio::Test
