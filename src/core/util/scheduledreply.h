// One request given to the RequestScheduler, through all its attempts: its answer (whole or as it streams),
// or why there is none, in words that never hold a query's secrets. Deleting it drops the request.
#pragma once

#include "util/outgoingrequest.h"
#include "util/requestpolicy.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

class QNetworkAccessManager;

namespace DigestStudio {

class RequestScheduler;

class ScheduledReply final : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,        // a 2xx answer arrived whole
        Cancelled,   // cancel()
        HttpStatus,  // the server answered something else than 2xx (status(), body())
        TooLarge,    // the answer passed the size cap
        Silence,     // nothing moved for the transfer timeout
        Deadline,    // the request's overall deadline passed
        Network,     // refused, unknown host, reset (networkError())
        CutShort,    // a 2xx answer broke off
        Redirect,    // to another origin, or more than RequestScheduler::MaxRedirects
        WaitTooLong, // the server asked to wait longer than the policy allows
        Unusable     // the client found the answer unusable (retry()) and no attempt was left
    };
    Q_ENUM(Failure)

    ~ScheduledReply() override;

    QUrl url() const { return m_request.request.url(); }
    QString label() const { return m_label; }
    const OutgoingRequest &request() const { return m_request; }
    const RequestPolicy &policy() const { return m_policy; }

    bool isStarted() const { return m_attempts > 0; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    // When each attempt started, on the scheduler's clock (RequestClock::nowMs()).
    QVector<qint64> attemptStarts() const { return m_starts; }

    Failure failure() const { return m_failure; }
    bool ok() const { return m_finished && m_failure == Failure::None; }
    // What went wrong, in words, naming the server by label(); empty when ok().
    QString errorText() const { return m_errorText; }
    // The last attempt's answer: its status (0 when none came), headers and body. A streamed request keeps
    // only an error answer's first MaxErrorBodyBytes here.
    int status() const { return m_status; }
    QString reasonPhrase() const { return m_reasonPhrase; }
    QByteArray rawHeader(const QByteArray &name) const;
    QByteArray body() const { return m_body; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    // networkError() in words (`Connection refused`); Qt's own text may hold the whole URL, query and all.
    QString networkErrorText() const;
    // The last 429 or 5xx answer's Retry-After in milliseconds (saturating); -1 when it named none.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    // False only when the request certainly never reached the server (refused, unknown host).
    bool delivered() const { return m_delivered; }

    // From a finished() handler: the 2xx answer is unusable (broken, an empty page); sends the request again
    // within its retries and deadline. False when it will not be sent again: errorText() then says why,
    // `reason` first, and finished() does not come again.
    bool retry(const QString &reason);
    // Stops the request; finished() follows at once with Failure::Cancelled.
    void cancel();

Q_SIGNALS:
    void chunk(const QByteArray &bytes); // a streamed 2xx answer, as it arrives
    void progress(qint64 received, qint64 total);
    // An attempt failed and another comes after `delayMs`; `reason` in words.
    void retrying(const QString &reason, int delayMs);
    void finished();

private:
    friend class RequestScheduler;

    ScheduledReply(RequestScheduler *scheduler, const OutgoingRequest &request, const RequestPolicy &policy);

    qint64 now() const;
    qint64 cap() const;
    qint64 notBefore() const { return m_notBefore; }
    // Called by the scheduler when the lane lets it go.
    void startAttempt(QNetworkAccessManager *network);
    // The watchdog: the silence timeout and the deadline, as the clock tells them.
    void watch();
    void armWatchdog();
    void onMetaData();
    void onReadyRead();
    void onNetworkFinished();
    void take(const QByteArray &bytes);
    void abortAttempt(Failure failure, const QString &reason);
    void endAttempt(Failure failure, const QString &reason, bool retryable, qint64 retryAfterMs = -1);
    void releaseNetworkReply();
    // Queues another attempt, or sets the failure and its words and returns false.
    bool planRetry(Failure failure, const QString &reason, qint64 retryAfterMs);
    void setFailure(Failure failure, const QString &text);
    void finish(Failure failure, const QString &text);
    bool resendAllowed(Failure failure) const;

    QPointer<RequestScheduler> m_scheduler;
    OutgoingRequest m_request;
    RequestPolicy m_policy;
    QString m_label;
    QPointer<QNetworkReply> m_reply;
    QTimer m_watchdog;

    int m_attempts = 0;
    QVector<qint64> m_starts;
    qint64 m_notBefore = 0;
    qint64 m_retryAfterMs = -1;
    qint64 m_deadlineAt = -1;
    qint64 m_lastActivity = 0;
    qint64 m_received = 0;
    bool m_queued = false;
    bool m_running = false;
    bool m_streaming = false; // chunks of this attempt have gone out
    bool m_finished = false;

    Failure m_failure = Failure::None;
    QString m_errorText;
    int m_status = 0;
    QString m_reasonPhrase;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QByteArray m_body;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    bool m_delivered = true;
};

} // namespace DigestStudio
