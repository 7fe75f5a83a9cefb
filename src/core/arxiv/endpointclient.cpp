#include "arxiv/endpointclient.h"

#include "util/appinfo.h"
#include "util/requestscheduler.h"
#include "util/scheduledreply.h"

#include <QPointer>
#include <QTimer>

#include <atomic>

namespace DigestStudio {

EndpointClient::EndpointClient(RequestScheduler *scheduler, const QString &lane, const RequestLane &defaults,
                               QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_lane(lane)
    , m_userAgent(AppInfo::userAgent())
{
    if (!m_scheduler->hasLane(lane))
        m_scheduler->setLane(lane, defaults);
}

EndpointClient::~EndpointClient()
{
    const QList<ScheduledReply *> replies = m_replies.values();
    m_replies.clear();
    for (ScheduledReply *reply : replies) {
        reply->disconnect(this);
        delete reply; // drops its request
    }
}

quint64 EndpointClient::reserveOperation()
{
    static std::atomic<quint64> next{1};
    return next++;
}

quint64 EndpointClient::open()
{
    const quint64 operation = reserveOperation();
    m_open.insert(operation);
    return operation;
}

void EndpointClient::close(quint64 operation)
{
    m_open.remove(operation);
    const QList<ScheduledReply *> replies = m_replies.values(operation);
    m_replies.remove(operation);
    for (ScheduledReply *reply : replies) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
}

void EndpointClient::finishLater(quint64 operation, std::function<void()> done)
{
    QTimer::singleShot(0, this, [this, operation, done = std::move(done)] {
        if (isOpen(operation))
            done();
    });
}

void EndpointClient::cancel(quint64 operation)
{
    if (!isOpen(operation))
        return;
    close(operation);
    cancelled(operation);
}

void EndpointClient::cancelAll()
{
    const QList<quint64> operations = m_open.values();
    for (quint64 operation : operations)
        cancel(operation);
}

ScheduledReply *EndpointClient::send(quint64 operation, const QUrl &url, const QByteArray &accept,
                                     qint64 maxAnswerBytes)
{
    OutgoingRequest request;
    request.lane = m_lane;
    request.request.setUrl(url);
    request.request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.request.setRawHeader("Accept", accept);
    request.maxAnswerBytes = maxAnswerBytes;
    // Messages name the host only, as they always have: never a path with an id list or a query with a key.
    request.label = url.host().isEmpty() ? QString() : url.host();
    ScheduledReply *reply = m_scheduler->send(request);
    m_replies.insert(operation, reply);
    connect(reply, &ScheduledReply::finished, this,
            [this, operation, reply] { onFinished(operation, reply); });
    connect(reply, &ScheduledReply::retrying, this, [this, operation](const QString &reason, int delayMs) {
        Q_EMIT retrying(operation, redact(reason), delayMs);
    });
    return reply;
}

void EndpointClient::onFinished(quint64 operation, ScheduledReply *reply)
{
    // Out of the books while it is handled, so that pending() counts the others only.
    if (m_replies.remove(operation, reply) == 0)
        return;
    QPointer<ScheduledReply> guard(reply);
    handle(operation, reply);
    if (!guard)
        return;
    if (!reply->isFinished() && isOpen(operation)) {
        m_replies.insert(operation, reply); // asked again: it comes back here
        return;
    }
    reply->disconnect(this);
    reply->deleteLater();
}

} // namespace DigestStudio
