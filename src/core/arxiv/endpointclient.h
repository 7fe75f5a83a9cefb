// What the clients of arXiv's endpoints and of OpenAlex share: numbered operations whose requests go through
// the RequestScheduler in the client's lane, progress and retry reports, and cancel.
#pragma once

#include "util/requestlane.h"

#include <QByteArray>
#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

namespace DigestStudio {

class RequestScheduler;
class ScheduledReply;

class EndpointClient : public QObject
{
    Q_OBJECT

public:
    ~EndpointClient() override;

    RequestScheduler *scheduler() const { return m_scheduler; }
    QString lane() const { return m_lane; }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }

    // Unique in the process, across every client, so that one number names one operation wherever it is
    // reported; a service that answers without a request takes one here.
    static quint64 reserveOperation();

    // The operation ends at once with `cancelled` set; its requests are dropped.
    void cancel(quint64 operation);
    void cancelAll();
    bool isBusy() const { return !m_open.isEmpty(); }

Q_SIGNALS:
    // Ids (or feeds) finished so far out of the total.
    void progress(quint64 operation, int done, int total);
    // A request is waiting to be sent again (for the progress text).
    void retrying(quint64 operation, const QString &reason, int delayMs);

protected:
    // Sets `defaults` as the lane when the scheduler has none of that name yet.
    EndpointClient(RequestScheduler *scheduler, const QString &lane, const RequestLane &defaults,
                   QObject *parent);

    quint64 open();
    bool isOpen(quint64 operation) const { return m_open.contains(operation); }
    // Forgets the operation: its result has gone out.
    void close(quint64 operation);
    // Ends the operation on the next turn of the event loop (no request needed), through `done` if it is
    // still open then.
    void finishLater(quint64 operation, std::function<void()> done);
    // A GET in the client's lane; handle() gets its reply when it finished.
    ScheduledReply *send(quint64 operation, const QUrl &url, const QByteArray &accept, qint64 maxAnswerBytes);
    // Requests of the operation still under way.
    int pending(quint64 operation) const { return static_cast<int>(m_replies.count(operation)); }

    // A reply of `operation` finished (pending() no longer counts it); a reply asked to retry() stays, every
    // other is deleted afterwards.
    virtual void handle(quint64 operation, ScheduledReply *reply) = 0;
    // `operation` was cancelled: the result goes out with `cancelled` set.
    virtual void cancelled(quint64 operation) = 0;
    // `text` fit to show: a client whose requests carry a secret masks it (Qt's error texts may quote a URL).
    virtual QString redact(const QString &text) const { return text; }

private:
    void onFinished(quint64 operation, ScheduledReply *reply);

    RequestScheduler *m_scheduler;
    QString m_lane;
    QString m_userAgent;
    QSet<quint64> m_open;
    QMultiHash<quint64, ScheduledReply *> m_replies;
};

} // namespace DigestStudio
