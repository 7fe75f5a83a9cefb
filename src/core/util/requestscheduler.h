// The one way out of the program: every request to an outside service goes through a RequestScheduler, which
// spaces the starts of each lane's requests, keeps to the lane's number of connections, retries (Retry-After
// first, then a doubling backoff), bounds the answer (size cap, identity encoding, same-origin redirects, at
// most MaxRedirects), and ends each request at its silence timeout and its overall deadline.
#pragma once

#include "util/outgoingrequest.h"
#include "util/requestlane.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <limits>

class QNetworkAccessManager;

namespace DigestStudio {

class RequestClock;
class ScheduledReply;

class RequestScheduler final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 5;
    // What a streamed request keeps of an error answer (its message).
    static constexpr int MaxErrorBodyBytes = 64 * 1024;

    // `network` is not owned; `clock` neither (the real monotonic clock when null).
    explicit RequestScheduler(QNetworkAccessManager *network, RequestClock *clock = nullptr,
                              QObject *parent = nullptr);
    ~RequestScheduler() override;

    // The scheduler that sends through `network`, made (as its child) on first use: every client handed the
    // same network manager shares the lanes' spacing and connection limits.
    static RequestScheduler *of(QNetworkAccessManager *network);

    QNetworkAccessManager *network() const { return m_network; }
    RequestClock *clock() const { return m_clock; }

    // A lane's spacing, connections and default policy; an unknown lane has none of these limits and the
    // default RequestPolicy.
    void setLane(const QString &name, const RequestLane &lane);
    bool hasLane(const QString &name) const { return m_lanes.contains(name); }
    RequestLane lane(const QString &name) const;
    // Requests of the lane under way now, and waiting for their turn (or a retry's time).
    int running(const QString &name) const;
    int waiting(const QString &name) const;

    // Queues `request`; it starts when its lane lets it. The reply is the caller's to delete (deleteLater()
    // once finished() came; deleting it earlier drops the request).
    ScheduledReply *send(const OutgoingRequest &request);

    // `"… is larger than 32 MB: refused"`, for the cap `maxBytes`.
    static QString tooLargeMessage(const QString &what, qint64 maxBytes);

private:
    friend class ScheduledReply;

    struct LaneState
    {
        RequestLane lane;
        int running = 0;
        qint64 lastStart = std::numeric_limits<qint64>::min();
    };

    void enqueue(ScheduledReply *reply);
    void dequeue(ScheduledReply *reply);
    void released(ScheduledReply *reply);
    void forget(ScheduledReply *reply);
    void schedule();
    void onClockMoved();

    QNetworkAccessManager *m_network;
    RequestClock *m_clock;
    QHash<QString, LaneState> m_lanes;
    QList<ScheduledReply *> m_queue; // waiting, in the order they came
    QList<ScheduledReply *> m_live;  // every reply not yet deleted
    QTimer m_wake;
};

} // namespace DigestStudio
