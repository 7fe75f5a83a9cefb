#include "util/requestclock.h"

#include <QElapsedTimer>

namespace DigestStudio {

RequestClock::RequestClock(QObject *parent)
    : QObject(parent)
{}

qint64 RequestClock::nowMs() const
{
    return monotonicMs();
}

qint64 RequestClock::monotonicMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

} // namespace DigestStudio
