#include "util/requestscheduler.h"

#include "util/requestclock.h"
#include "util/scheduledreply.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>

namespace DigestStudio {

RequestScheduler::RequestScheduler(QNetworkAccessManager *network, RequestClock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock ? clock : new RequestClock(this))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestScheduler::schedule);
    connect(m_clock, &RequestClock::moved, this, &RequestScheduler::onClockMoved);
}

RequestScheduler::~RequestScheduler()
{
    // The replies outlive nothing of ours: they abort their transfers and forget the scheduler.
    const QList<ScheduledReply *> live = m_live;
    m_live.clear();
    m_queue.clear();
    for (ScheduledReply *reply : live)
        reply->m_scheduler.clear();
}

RequestScheduler *RequestScheduler::of(QNetworkAccessManager *network)
{
    if (auto *scheduler = network->findChild<RequestScheduler *>(QString(), Qt::FindDirectChildrenOnly))
        return scheduler;
    return new RequestScheduler(network, nullptr, network);
}

void RequestScheduler::setLane(const QString &name, const RequestLane &lane)
{
    m_lanes[name].lane = lane;
    schedule();
}

RequestLane RequestScheduler::lane(const QString &name) const
{
    return m_lanes.value(name).lane;
}

int RequestScheduler::running(const QString &name) const
{
    return m_lanes.value(name).running;
}

int RequestScheduler::waiting(const QString &name) const
{
    return static_cast<int>(
        std::count_if(m_queue.cbegin(), m_queue.cend(),
                      [&name](const ScheduledReply *reply) { return reply->request().lane == name; }));
}

ScheduledReply *RequestScheduler::send(const OutgoingRequest &request)
{
    const RequestPolicy policy = request.policy ? *request.policy : lane(request.lane).policy;
    auto *reply = new ScheduledReply(this, request, policy);
    m_live.append(reply);
    enqueue(reply);
    return reply;
}

QString RequestScheduler::tooLargeMessage(const QString &what, qint64 maxBytes)
{
    constexpr qint64 megabyte = 1024 * 1024;
    const QString size =
        maxBytes >= megabyte && maxBytes % megabyte == 0
            ? QCoreApplication::translate("DigestStudio::RequestScheduler", "%1 MB").arg(maxBytes / megabyte)
            : QCoreApplication::translate("DigestStudio::RequestScheduler", "%1 bytes").arg(maxBytes);
    return QCoreApplication::translate("DigestStudio::RequestScheduler", "%1 is larger than %2: refused")
        .arg(what, size);
}

void RequestScheduler::enqueue(ScheduledReply *reply)
{
    reply->m_queued = true;
    m_queue.append(reply);
    schedule();
}

void RequestScheduler::dequeue(ScheduledReply *reply)
{
    reply->m_queued = false;
    if (m_queue.removeAll(reply) > 0)
        schedule(); // it may have held its lane's turn
}

void RequestScheduler::released(ScheduledReply *reply)
{
    LaneState &state = m_lanes[reply->request().lane];
    state.running = qMax(0, state.running - 1);
    schedule();
}

void RequestScheduler::forget(ScheduledReply *reply)
{
    m_live.removeAll(reply);
}

// Starts every queued request its lane lets go now, in the order they came; a lane's turn (spacing, a free
// connection) is first come, first served, while a retry waiting out its own backoff lets the others pass.
void RequestScheduler::schedule()
{
    const qint64 now = m_clock->nowMs();
    qint64 wake = std::numeric_limits<qint64>::max();
    QSet<QString> blocked;
    for (int i = 0; i < m_queue.size();) {
        ScheduledReply *reply = m_queue.at(i);
        const QString &name = reply->request().lane;
        if (blocked.contains(name)) {
            ++i;
            continue;
        }
        LaneState &state = m_lanes[name];
        if (state.lane.maxConnections > 0 && state.running >= state.lane.maxConnections) {
            blocked.insert(name); // released() looks again
            ++i;
            continue;
        }
        const qint64 turn = state.lastStart == std::numeric_limits<qint64>::min()
                                ? now
                                : state.lastStart + qMax(0, state.lane.intervalMs);
        if (turn > now) {
            blocked.insert(name);
            wake = qMin(wake, turn);
            ++i;
            continue;
        }
        if (reply->notBefore() > now) {
            wake = qMin(wake, reply->notBefore());
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        ++state.running;
        state.lastStart = now;
        reply->startAttempt(m_network);
    }
    if (wake == std::numeric_limits<qint64>::max())
        m_wake.stop();
    else
        m_wake.start(
            static_cast<int>(qBound(qint64(0), wake - now, qint64(std::numeric_limits<int>::max()))));
}

void RequestScheduler::onClockMoved()
{
    const QList<ScheduledReply *> live = m_live;
    for (ScheduledReply *reply : live) {
        if (m_live.contains(reply))
            reply->watch();
    }
    schedule();
}

} // namespace DigestStudio
