// The time the RequestScheduler plans by: milliseconds on the monotonic clock. A test moves a clock of its
// own instead of waiting.
#pragma once

#include <QObject>

namespace DigestStudio {

class RequestClock : public QObject
{
    Q_OBJECT

public:
    explicit RequestClock(QObject *parent = nullptr);

    // Milliseconds since QElapsedTimer's reference (the system's monotonic clock): the same scale in every
    // object of the process, so the loopback test server's receive times compare with it.
    virtual qint64 nowMs() const;
    static qint64 monotonicMs();

Q_SIGNALS:
    // The time jumped (a test's clock): whatever waits for it is looked at again.
    void moved();
};

} // namespace DigestStudio
